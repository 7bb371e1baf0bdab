import { searchKey } from '../base/search';
import { TASK_KINDS, type TaskKind } from './reference';

// A post written in words (« manutentionnaire », « Agent de nettoyage ») read as one of the task
// kinds of the placements, so that an economic layoff's post and a placement's task can be
// compared (L5132-7). Used where a post arrives as text: the update of the posts typed before
// they were chosen from the list, and the clients' spreadsheet.

/**
 * The beginnings of the words that name each task (accents and case removed). `autre` has
 * none: a post is never read as « Autre ».
 */
const STEMS: Record<Exclude<TaskKind, 'autre'>, readonly string[]> = {
  menage: ['menag'],
  repassage: ['repass'],
  jardinage: ['jardin'],
  espaces_verts: ['paysag', 'espaces verts', 'espace vert'],
  manutention: ['manut'],
  demenagement: ['demenag'],
  bricolage: ['bricol'],
  nettoyage_locaux: ['nettoy'],
  plonge: ['plong', 'restaura'],
  second_oeuvre: ['second oeuvre', 'peint', 'platr', 'plaquis', 'carrel', 'plomb', 'electricien', 'menuis'],
  garde_enfants: ['garde d enfant', 'enfant'],
  aide_courses: ['course'],
};

/** Whether `key` (searchKey'd) has a word, or a run of words, that starts with `stem`. */
function hasStem(key: string, stem: string): boolean {
  return ` ${key}`.includes(` ${stem}`);
}

/**
 * The task a post names, when it clearly names one: its label (« Nettoyage de locaux »), its
 * code, or words of exactly one task (« manutentionnaire » → manutention). Null when it names
 * none or several (« agent polyvalent », « ménage et jardinage »): the office chooses.
 */
export function taskOfPost(text: string | null | undefined): TaskKind | null {
  const key = searchKey(text);
  if (key === '') return null;
  const exact = TASK_KINDS.find((t) => searchKey(t.label) === key || searchKey(t.code) === key);
  if (exact) return exact.code;
  const found = (Object.entries(STEMS) as [TaskKind, readonly string[]][]).filter(([, stems]) => stems.some((s) => hasStem(key, s)));
  return found.length === 1 ? found[0]![0] : null;
}
