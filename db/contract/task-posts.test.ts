import { describe, expect, it } from 'vitest';
import { taskOfPost } from './task-posts';

describe('taskOfPost: a post in words as one of the tasks', () => {
  it('reads the words of a task whatever the accents, case and ending', () => {
    expect(taskOfPost('manutentionnaire')).toBe('manutention');
    expect(taskOfPost('MANUTENTIONNAIRE')).toBe('manutention');
    expect(taskOfPost('Agent de nettoyage')).toBe('nettoyage_locaux');
    expect(taskOfPost('Déménageur')).toBe('demenagement');
    expect(taskOfPost('femme de ménage')).toBe('menage');
    expect(taskOfPost('Jardinier')).toBe('jardinage');
    expect(taskOfPost('plongeur')).toBe('plonge');
    expect(taskOfPost('Peintre en bâtiment')).toBe('second_oeuvre');
  });
  it("reads a task's label or code as it is", () => {
    expect(taskOfPost('Nettoyage de locaux')).toBe('nettoyage_locaux');
    expect(taskOfPost("garde d'enfants (plus de 3 ans)")).toBe('garde_enfants');
    expect(taskOfPost('espaces_verts')).toBe('espaces_verts');
  });
  it('does not take « déménageur » for « ménage »', () => {
    expect(taskOfPost('déménageur')).not.toBe('menage');
  });
  it('reads nothing when the words name no task, or several', () => {
    expect(taskOfPost('agent polyvalent')).toBeNull();
    expect(taskOfPost("Agent d'entretien")).toBeNull();
    expect(taskOfPost('Vendeur')).toBeNull();
    expect(taskOfPost('ménage et jardinage')).toBeNull();
    expect(taskOfPost('  ')).toBeNull();
    expect(taskOfPost(null)).toBeNull();
  });
});
