import { FORBIDDEN_WORK, MODES_480, RULE_SETTINGS_LABELS, type RuleSettings } from '../../../db/contract/rule-settings';
import { formatDate } from '../../../db/base/format';
import { Field } from '../../components/Field';
import { CheckboxGroup, SelectField, TextAreaField } from '../../components/Choice';
import { LoadState } from '../../components/Loading';
import { useList } from '../../components/useList';
import { ErrorSummary, Form, FormActions, FormSection, useForm, type Values } from '../../components/form';
import { readAgain } from '../../components/stale';

// The rules the placements are checked against: the convention's territory, the works forbidden
// to fixed-term workers (article D4154-1), how the 480 hours are counted and the prefectoral
// waivers to them.

const WORK_OPTIONS = FORBIDDEN_WORK.map((w) => ({ code: w.code, label: w.label, hint: w.article }));


function toValues(r: RuleSettings): Values {
  const v: Values = {
    territory: r.territory.map((t) => `${t.postalCode} ${t.city}`).join('\n'),
    forbiddenWork: r.forbiddenWork.join(','),
    waiverCount: String(r.waivers.length),
    mode480: r.mode480,
  };
  r.waivers.forEach((w, i) => {
    v[`waivers.${i}.reference`] = w.reference;
    v[`waivers.${i}.startDate`] = formatDate(w.startDate);
    v[`waivers.${i}.endDate`] = formatDate(w.endDate);
  });
  return v;
}

/** "69001 Lyon" per line → communes; a line that does not start with 5 digits is kept for the schema to refuse. */
function territoryLines(text: string) {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => {
      const m = /^(\S+)\s+(.+)$/.exec(l);
      return m ? { postalCode: m[1]!, city: m[2]!.trim() } : { postalCode: l, city: '' };
    });
}

export function RulesSettings() {
  const { data: rules, error } = useList('settings.getRules', {});
  if (error || !rules) return <LoadState error={error} />;
  return <RulesForm rules={rules} />;
}

function RulesForm({ rules }: { rules: RuleSettings }) {
  const form = useForm({
    call: 'settings.saveRules',
    initial: toValues(rules),
    version: rules.version,
    latest: readAgain('settings.getRules', {}, (r) => ({ values: toValues(r), version: r.version })),
    toInput: (v, _extra, version) => ({
      version,
      territory: territoryLines(v.territory ?? ''),
      forbiddenWork: (v.forbiddenWork ?? '').split(',').filter(Boolean) as RuleSettings['forbiddenWork'],
      waivers: Array.from({ length: Number(v.waiverCount ?? '0') }, (_, i) => ({
        reference: v[`waivers.${i}.reference`] ?? '',
        startDate: v[`waivers.${i}.startDate`] ?? '',
        endDate: v[`waivers.${i}.endDate`] ?? '',
      })),
      mode480: (v.mode480 ?? 'fenetre') as RuleSettings['mode480'],
    }),
    onSaved: (r) => form.reset(toValues(r), r.version),
    savedMessage: 'Règles enregistrées',
    labels: RULE_SETTINGS_LABELS,
  });
  const v = form.values;
  const count = Number(v.waiverCount ?? '0');
  // Territory errors come per line (territory.3.postalCode): shown together under the box.
  const territoryErrors = Object.entries(form.errors)
    .filter(([k]) => k.startsWith('territory.'))
    .map(([k, msg]) => `Ligne ${Number(k.split('.')[1]) + 1} : ${msg}`);
  return (
    <Form form={form} label="Règles">
      <ErrorSummary form={form} />
      <FormSection title="Territoire de la convention">
        <TextAreaField
          {...form.field('territory')}
          error={territoryErrors.join(' ') || undefined}
          className="wide"
          help="Une commune par ligne : code postal puis nom (par exemple « 69001 Lyon »). Vide : aucun contrôle. Une mission hors de ces communes demande confirmation."
        />
      </FormSection>
      <FormSection title="Travaux interdits (article D4154-1 du Code du travail)">
        <CheckboxGroup
          name="forbiddenWork"
          label="Travaux auxquels une mission ne peut pas exposer le salarié"
          values={(v.forbiddenWork ?? '').split(',').filter(Boolean)}
          onChange={(x) => form.setValue('forbiddenWork', x.join(','))}
          options={WORK_OPTIONS}
          error={form.errors.forbiddenWork}
          className="wide forbidden-work"
          help={
            <>
              À vérifier : la liste de l'article D4154-1, qui interdit ces travaux aux salariés en contrat à durée déterminée et aux
              intérimaires, donc aux salariés mis à disposition. Tout est coché par défaut ; ne décochez un travail que si la DREETS a
              accordé une dérogation (articles D4154-2 à D4154-6). Le formulaire de mission demande si la mission expose le salarié à
              l'un des travaux cochés : si oui, elle est refusée.
            </>
          }
        />
      </FormSection>
      <FormSection title="Décompte des 480 heures">
        <SelectField
          {...form.field('mode480')}
          options={MODES_480}
          className="wide"
          help={
            <>
              À vérifier avec votre DDETS : la façon de compter les 24 mois des 480 heures en entreprise (articles L5132-9 et R5132-18)
              est une interprétation ; choisissez celle que votre DDETS applique. Par défaut, la période s'ouvre à la première mission ou heure en entreprise et la suivante à la
              première après sa fin ; en 24 mois glissants, chaque jour compte les heures des 24 mois qui le précèdent, ce qui est plus
              strict. Un changement de décompte est refusé si des heures déjà saisies dépassaient alors 480 heures sans dérogation.
            </>
          }
        />
      </FormSection>
      <FormSection title="Dérogations préfectorales aux 480 heures">
        <div className="wide">
          {count === 0 && <p className="muted">Aucune dérogation : au-delà de 480 heures en entreprise sur 24 mois, les heures sont refusées.</p>}
          {Array.from({ length: count }, (_, i) => (
            <div key={i} className="period-row waiver-row" role="group" aria-label={`Dérogation ${i + 1}`}>
              <Field {...form.field(`waivers.${i}.reference`, `Dérogation ${i + 1} : référence de l'arrêté`)} />
              <Field {...form.field(`waivers.${i}.startDate`, `Dérogation ${i + 1} : début`)} kind="date" placeholder="JJ/MM/AAAA" />
              <Field {...form.field(`waivers.${i}.endDate`, `Dérogation ${i + 1} : fin`)} kind="date" placeholder="JJ/MM/AAAA" />
              <button
                type="button"
                className="button"
                onClick={() => {
                  for (let j = i; j < count - 1; j++) {
                    for (const f of ['reference', 'startDate', 'endDate']) form.setValue(`waivers.${j}.${f}`, v[`waivers.${j + 1}.${f}`] ?? '');
                  }
                  form.setValue('waiverCount', String(count - 1));
                }}
              >
                Retirer la dérogation {i + 1}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button"
            onClick={() => {
              for (const f of ['reference', 'startDate', 'endDate']) form.setValue(`waivers.${count}.${f}`, '');
              form.setValue('waiverCount', String(count + 1));
            }}
          >
            Ajouter une dérogation
          </button>
          <p className="field-help">Une dérogation dure au plus 3 ans ; elle est renouvelable. Les règles exactes sont à vérifier avec votre DDETS.</p>
        </div>
      </FormSection>
      <FormActions form={form} saveLabel="Enregistrer les règles" />
    </Form>
  );
}
