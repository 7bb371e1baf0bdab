// Names and places for the bench data: French, with the accents, apostrophes, hyphens and
// particles that search, sorting and printing must handle (N'DIAYE, D'ALMEIDA,
// Dupont-Lefèvre, Le Goff, Hélène, Éloïse, Maëlys…).

export const SURNAMES = [
  'Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent',
  'Simon', 'Michel', 'Lefèvre', 'Leroy', 'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard',
  'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller', 'Lefebvre', 'Faure', 'André',
  'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'François', 'Legrand', 'Gauthier', 'Garcia',
  'Perrin', 'Robin', 'Clément', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu', 'Gautier', 'Masson',
  'Marchand', 'Duval', 'Denis', 'Dumont', 'Lemaire', 'Noël', 'Meyer', 'Dufour', 'Meunier', 'Brun',
  'Blanchard', 'Giraud', 'Joly', 'Rivière', 'Lucas', 'Brunet', 'Gaillard', 'Barbier', 'Arnaud', 'Martinez',
  'Gérard', 'Roche', 'Renard', 'Schmitt', 'Roy', 'Leroux', 'Colin', 'Vidal', 'Caron', 'Picard',
  'Fabre', 'Aubert', 'Lemoine', 'Renaud', 'Dumas', 'Lacroix', 'Olivier', 'Bourgeois', 'Benoît', 'Rey',
  'Leclerc', 'Payet', 'Rolland', 'Guillaume', 'Lecomte', 'Lopez', 'Dupuy', 'Guillot', 'Hubert', 'Berger',
  'Carpentier', 'Sanchez', 'Dupuis', 'Moulin', 'Deschamps', 'Huet', 'Vasseur', 'Perez', 'Boucher', 'Fleury',
  'Klein', 'Jacquet', 'Adam', 'Poirier', 'Marty', 'Aubry', 'Guyot', 'Carré', 'Renault', 'Charpentier',
  'Ménard', 'Maillard', 'Baron', 'Bertin', 'Bailly', 'Hervé', 'Schneider', 'Fernandez', 'Le Gall', 'Collet',
  'Léger', 'Bouvier', 'Prévost', 'Millet', 'Perrot', 'Le Roux', 'Cousin', 'Germain', 'Breton', 'Besson',
  'Langlois', 'Rémy', 'Le Goff', 'Pelletier', 'Lévêque', 'Perrier', 'Leblanc', 'Barré', 'Lebrun', 'Marchal',
  'Weber', 'Mallet', 'Hamon', 'Boulanger', 'Monnier', 'Michaud', 'Rodriguez', 'Étienne', 'Grondin', 'Tessier',
  'Chauvin', 'Da Silva', 'Bouchet', 'Lemaître', 'Bénard', 'Maréchal', 'Humbert', 'Reynaud', 'Hoarau', 'Barthélemy',
  'Cordier', 'Lejeune', 'Delaunay', 'Pasquier', 'Laporte',
  // Families of the workers and clients from elsewhere, spelled as French registers write them.
  "N'Diaye", 'Diallo', 'Traoré', 'Koné', 'Camara', 'Cissé', 'Sow', 'Diop', 'Fofana', 'Keïta',
  'Touré', 'Sylla', 'Benali', 'Benaïssa', 'Haddad', 'Mansouri', 'Bouazza', 'Chérif', 'Belkacem', 'Khelifi',
  'Amrani', 'El Idrissi', 'Ben Ahmed', 'Aït Ouali', 'Nguyen', 'Tran', 'Pham', 'Yilmaz', 'Kaya', 'Öztürk',
  'Dos Santos', 'Da Costa', 'Pereira', 'Ferreira', 'Rodrigues', "D'Almeida", "D'Angelo", 'De Oliveira', 'Kowalski', 'Popescu',
  'Mendy', 'Gomis', 'Sarr', 'Gueye', 'Fall', "N'Guessan", "N'Goran", 'Kouassi', 'Ouattara', 'Coulibaly',
  'Dembélé', 'Sissoko', "M'Barek", "M'Bemba", "L'Hermite", "L'Huillier", "D'Souza", 'Le Bihan', 'Saint-Martin', 'De La Roche',
  // Double names, as people give them.
  'Dupont-Lefèvre', 'Martin-Guérin', 'Girard-Moreau', 'Benali-Roux', 'Delacroix-Roussel', 'Léger-Faure', 'Roux-Chevalier', 'Diallo-Martin',
];

export const WOMEN_FIRST_NAMES = [
  'Hélène', 'Éloïse', 'Zoé', 'Chloé', 'Léa', 'Manon', 'Camille', 'Inès', 'Sarah', 'Emma',
  'Anaïs', 'Noémie', 'Maëlys', 'Maëlle', 'Océane', 'Clémence', 'Mélanie', 'Céline', 'Sandrine', 'Nathalie',
  'Isabelle', 'Sylvie', 'Valérie', 'Véronique', 'Françoise', 'Brigitte', 'Josiane', 'Ghislaine', 'Christelle', 'Stéphanie',
  'Aurélie', 'Émilie', 'Élodie', 'Jessica', 'Laëtitia', 'Fatou', 'Aminata', 'Aïcha', 'Fatima', 'Khadija',
  'Nadia', 'Samira', 'Yasmina', 'Leïla', 'Salimata', 'Mariam', 'Awa', 'Kadiatou', 'Nour', 'Thi Lan',
  'Ana', 'Maria', 'Marie-Claude', 'Marie-Thérèse', 'Anne-Sophie', 'Jeanne', 'Agnès', 'Béatrice', 'Bérénice', 'Gaëlle',
  'Joëlle', 'Noëlle', 'Danièle', 'Mireille', 'Odile', 'Renée', 'Solène', 'Capucine', 'Dominique', 'Claude',
];

export const MEN_FIRST_NAMES = [
  'Karim', 'Paul', 'Jean-Luc', 'Mamadou', 'Ibrahim', 'Théo', 'Lucas', 'Hugo', 'Louis', 'Nathan',
  'Enzo', 'Mathéo', 'Raphaël', 'Gaël', 'Loïc', 'Jérôme', 'François', 'Benoît', 'Stéphane', 'Frédéric',
  'Sébastien', 'Cédric', 'Jérémy', 'Grégory', 'Rémi', 'Hervé', 'Thierry', 'Pascal', 'Didier', 'Patrick',
  'Joël', 'Noël', 'Gérard', 'René', 'André', 'Michel', 'Jean-Pierre', 'Jean-François', 'Pierre-Yves', 'Moussa',
  'Ousmane', 'Abdoulaye', 'Sékou', 'Boubacar', 'Youssef', 'Mohamed', 'Mehdi', 'Rachid', 'Bilal', 'Nabil',
  'Samir', 'Hamza', 'Ilyès', 'Anis', 'Adrien', 'Bastien', 'Timothée', 'Aurélien', 'Mickaël', 'Yannick',
  'Régis', 'Gilles', 'Éric', 'Étienne', 'Jacques', 'Ali', 'Kévin', 'Dylan', 'Quentin', 'Maxime',
  'Valentin', 'Florian', 'Ahmed', 'Duc', 'Dominique', 'Claude',
];

/** Communes of the territory (a Rhône-Alpes federation), with their postal codes. */
export const COMMUNES: readonly { postalCode: string; city: string }[] = [
  { postalCode: '69001', city: 'Lyon' }, { postalCode: '69003', city: 'Lyon' }, { postalCode: '69007', city: 'Lyon' },
  { postalCode: '69008', city: 'Lyon' }, { postalCode: '69009', city: 'Lyon' }, { postalCode: '69100', city: 'Villeurbanne' },
  { postalCode: '69200', city: 'Vénissieux' }, { postalCode: '69120', city: 'Vaulx-en-Velin' }, { postalCode: '69500', city: 'Bron' },
  { postalCode: '69800', city: 'Saint-Priest' }, { postalCode: '69190', city: 'Saint-Fons' }, { postalCode: '69600', city: 'Oullins-Pierre-Bénite' },
  { postalCode: '69700', city: 'Givors' }, { postalCode: '69140', city: 'Rillieux-la-Pape' }, { postalCode: '69150', city: 'Décines-Charpieu' },
  { postalCode: '69330', city: 'Meyzieu' }, { postalCode: '69300', city: 'Caluire-et-Cuire' }, { postalCode: '69130', city: 'Écully' },
  { postalCode: '69160', city: 'Tassin-la-Demi-Lune' }, { postalCode: '69110', city: 'Sainte-Foy-lès-Lyon' }, { postalCode: '69230', city: 'Saint-Genis-Laval' },
  { postalCode: '69400', city: 'Villefranche-sur-Saône' }, { postalCode: '69170', city: 'Tarare' }, { postalCode: '69210', city: "L'Arbresle" },
  { postalCode: '69220', city: 'Belleville-en-Beaujolais' }, { postalCode: '69360', city: "Saint-Symphorien-d'Ozon" }, { postalCode: '69780', city: 'Mions' },
  { postalCode: '69960', city: 'Corbas' }, { postalCode: '69320', city: 'Feyzin' }, { postalCode: '69680', city: 'Chassieu' },
  { postalCode: '69740', city: 'Genas' }, { postalCode: '69250', city: 'Neuville-sur-Saône' }, { postalCode: '38200', city: 'Vienne' },
  { postalCode: '38300', city: 'Bourgoin-Jallieu' }, { postalCode: '38090', city: 'Villefontaine' }, { postalCode: '38080', city: "L'Isle-d'Abeau" },
  { postalCode: '38070', city: 'Saint-Quentin-Fallavier' }, { postalCode: '38230', city: 'Pont-de-Chéruy' }, { postalCode: '01700', city: 'Miribel' },
  { postalCode: '01120', city: 'Montluel' }, { postalCode: '01600', city: 'Trévoux' }, { postalCode: '01800', city: 'Meximieux' },
];

export const STREETS = [
  'rue Victor-Hugo', 'avenue Jean-Jaurès', 'rue de la République', 'boulevard des États-Unis', 'rue Paul-Bert',
  'chemin des Églantiers', 'allée des Érables', "place de l'Église", 'rue du 8-Mai-1945', 'impasse des Lilas',
  'rue Pasteur', 'route de Vienne', "rue d'Alsace", 'cours Émile-Zola', 'rue Anatole-France',
  'avenue Marcel-Cachin', 'rue Jules-Ferry', 'montée de la Grande-Côte', 'rue Édouard-Herriot', 'chemin du Moulin',
  'rue de la Gare', 'avenue Général-de-Gaulle', 'rue des Écoles', 'rue Saint-Exupéry', 'rue de Bourgogne',
];

export const TRADES = [
  'Boulangerie', 'Menuiserie', 'Garage', 'Transports', 'Pâtisserie', 'Plomberie', 'Électricité', 'Maçonnerie',
  'Imprimerie', 'Fromagerie', 'Boucherie', 'Pressing', 'Traiteur', 'Paysages', 'Nettoyage', 'Déménagements',
];
export const COMPANY_NAMES = [
  'Logistique du Rhône', 'Entrepôts Rhodaniens', 'Hôtel-Restaurant Le Relais', "Restaurant L'Escale", 'Brasserie du Parc',
  'Services Propreté Plus', 'Espaces Verts du Lyonnais', 'Bâtiment Sud-Est', 'Recyclage & Cie', 'Jardinerie des Monts-d’Or',
];
export const ASSOCIATIONS = [
  'Restos du Cœur', 'Secours populaire', 'Comité des fêtes', 'Amicale laïque', 'MJC', 'Centre social',
  'Club de football', 'Foyer des jeunes travailleurs', 'Emmaüs', 'Épicerie solidaire', 'Maison des familles',
];
export const PUBLIC_BODIES = ['Mairie', 'CCAS', 'Syndicat intercommunal des eaux', 'Régie de quartier'];
export const SCHOOLS = ['Collège Jean-Moulin', 'Collège Louis-Aragon', 'Lycée Marie-Curie', "École élémentaire Jules-Ferry", 'Collège Hélène-Boucher'];
export const LANDLORDS = [
  'Lyon Métropole Habitat', 'Alliade Habitat', 'Est Métropole Habitat', 'Grand Lyon Habitat', 'SEMCODA', 'Dynacité', 'Opac 38', 'Pluralis',
];

/** The association's referents (CIP): a federation has a few per member association. */
export const REFERENTS = [
  'Sophie Martin', 'Karim Haddad', 'Élise Bonnet', 'Julien Roche', 'Nadia Benali', 'Claire Dufour', 'Marc Lefèvre', 'Aïcha Traoré',
  'Hélène Giraud', 'Thomas Vidal', 'Inès Mercier', 'Paul Garnier', 'Fatou Sow', 'Léa Fontaine', 'Rémi Chevalier', 'Anne Lambert',
  'Yannick Perrin', 'Chloé Rousseau', 'Samir Amrani', 'Odile Barbier', 'Jérôme Caron', 'Maëlle Joly', 'Sékou Camara', 'Agnès Morel',
  'Benoît Laurent', 'Zoé Faure', 'Mehdi Mansouri', 'Valérie Henry', 'Noël Guérin', 'Céline Marchand',
];

export const TASK_DETAILS: Record<string, readonly string[]> = {
  entreprise: [
    'Renfort inventaire annuel',
    'Nettoyage de fin de chantier',
    'Préparation de commandes (pic saisonnier)',
    'Manutention lors du déménagement des bureaux',
    'Plonge pendant la saison des mariages',
    'Entretien des espaces verts du site avant l’été',
    'Remplacement d’un agent d’entretien en congé',
  ],
  bailleur_social: ['Nettoyage des parties communes (remplacement)', 'Débarras des caves', 'Entretien des abords des résidences'],
  other: ['Entretien des locaux', 'Aide au service de cantine', 'Tonte et taille des haies', 'Repassage hebdomadaire', 'Ménage du logement'],
};
