import { FORBIDDEN_WORK } from '../../../db/contract/rule-settings';
import { CheckboxField } from '../../components/Choice';
import { useList } from '../../components/useList';

// The placement form's question on the works of article D4154-1 (the settings' list): does this
// work expose the worker to one of them? Ticked, the rules refuse the placement. With the whole
// list unticked in the settings (derogations), there is nothing to ask.

export function ForbiddenWorkQuestion({ checked, onChange, error }: { checked: boolean; onChange(v: boolean): void; error?: string | undefined }) {
  const rules = useList('settings.getRules', {});
  const refused = rules.data?.forbiddenWork ?? [];
  if (refused.length === 0) return null;
  const works = FORBIDDEN_WORK.filter((w) => refused.includes(w.code));
  return (
    <div className="wide forbidden-work-question">
      <CheckboxField
        name="exposesForbiddenWork"
        label="La mission expose le salarié à l'un des travaux interdits aux salariés en contrat à durée déterminée (article D4154-1)"
        checked={checked}
        onChange={onChange}
        error={error}
        help="Amiante, certains agents chimiques, poussières de métaux durs, rayonnements ionisants, désinsectisation des bois… Si c'est le cas, la mise à disposition est refusée."
      />
      <details className="forbidden-work-list">
        <summary>Voir la liste des {works.length} travaux interdits</summary>
        <ul>
          {works.map((w) => (
            <li key={w.code}>
              {w.label} <span className="muted">({w.article})</span>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
