import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../db/contract/search';
import { send } from '../api/client';
import { useRouter } from '../router';

// The search box above every page: Ctrl+K from anywhere, type a name, ↑/↓ then Entrée opens the
// record. Workers, clients and placements at once, accent- and case-insensitive.

const KIND_LABEL: Record<SearchHit['kind'], string> = { worker: 'Salarié', client: 'Utilisateur', placement: 'Mission' };

export function GlobalSearch() {
  const { navigate } = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<SearchHit[]>([]);
  /** An empty box shows nothing, whatever an earlier search found. */
  const hits = query.trim() === '' ? [] : found;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const ticket = useRef(0);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const mine = ++ticket.current;
    if (query.trim() === '') return;
    const timer = window.setTimeout(async () => {
      const r = await send('search.global', { query });
      if (mine !== ticket.current) return;
      setFound(r.ok ? r.value : []);
      setActive(0);
      setOpen(true);
    }, 100);
    return () => window.clearTimeout(timer);
  }, [query]);

  const go = (hit: SearchHit) => {
    setOpen(false);
    setQuery('');
    navigate(hit.to);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(hits.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits[active];
      if (hit) go(hit);
    } else if (e.key === 'Escape') {
      e.stopPropagation();
      setOpen(false);
      setQuery('');
      input.current?.blur();
    }
  };

  const showList = open && query.trim() !== '';
  return (
    <div className="global-search">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label="Rechercher partout (Ctrl+K)"
        aria-expanded={showList}
        aria-controls="global-search-results"
        aria-activedescendant={showList && hits[active] ? `gs-${hits[active].kind}-${hits[active].id}` : undefined}
        aria-autocomplete="list"
        placeholder="Rechercher un salarié, un utilisateur, une mission… (Ctrl+K)"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
      />
      {showList && (
        <ul id="global-search-results" role="listbox" aria-label="Résultats de la recherche" className="global-search-results">
          {hits.length === 0 ? (
            <li className="muted global-search-empty" role="presentation">
              Aucun résultat.
            </li>
          ) : (
            hits.map((h, i) => (
              <li
                key={`${h.kind}-${h.id}`}
                id={`gs-${h.kind}-${h.id}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : ''}
                onMouseDown={(e) => {
                  e.preventDefault();
                  go(h);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <span className="gs-kind">{KIND_LABEL[h.kind]}</span>
                <span className="gs-label">{h.label}</span>
                <span className="gs-detail muted">{h.detail}</span>
              </li>
            ))
          )}
        </ul>
      )}
    </div>
  );
}
