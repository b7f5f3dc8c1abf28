import { useDeferredValue, useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Clause, Level, PolicyDocument } from '@/lib/corpus/schema';
import { buildSearchIndex, search, type SearchResult, type Snippet, type ValidityFilter } from '@/lib/search';
import { todayIso, validityOf } from '@/lib/validity';
import type { MessageKey } from '../i18n';
import './search.css';

export interface SearchViewProps {
  documents: readonly PolicyDocument[];
  clauses: readonly Clause[];
  onOpen: (clauseId: string) => void;
  t: (key: MessageKey, substitutions?: string | string[]) => string;
  /** The reader's calendar day (YYYY-MM-DD) for validity; today by default. */
  today?: string;
}

const LEVELS: readonly Level[] = ['national', 'provincial', 'municipal'];
const LEVEL_KEY = { national: 'levelNational', provincial: 'levelProvincial', municipal: 'levelMunicipal' } as const;
const VALIDITY_KEY = { any: 'searchValidityAny', 'in-force': 'searchValidityInForce', expired: 'searchValidityExpired' } as const;

/** Search box, filters and a listbox of results driven from the input (aria-activedescendant). */
export function SearchView({ documents, clauses, onOpen, t, today = todayIso() }: SearchViewProps) {
  // Documents and clauses come from two live queries: while a document is being added or
  // deleted one may be a step ahead of the other, and a clause without its document is skipped.
  const index = useMemo(() => {
    const held = new Set(documents.map((d) => d.id));
    return buildSearchIndex(documents, clauses.filter((c) => held.has(c.documentId)));
  }, [documents, clauses]);
  const documentById = useMemo(() => new Map(documents.map((d) => [d.id, d])), [documents]);
  const clauseById = useMemo(() => new Map(clauses.map((c) => [c.id, c])), [clauses]);

  const [query, setQuery] = useState('');
  const [levels, setLevels] = useState<readonly Level[]>(LEVELS);
  const [documentId, setDocumentId] = useState('');
  const [validity, setValidity] = useState<ValidityFilter>('any');
  // Typing stays responsive on a large library: results follow when React has time.
  const deferredQuery = useDeferredValue(query);
  const results = useMemo(
    () =>
      search(index, deferredQuery, {
        levels: [...levels],
        documentIds: documentId ? [documentId] : undefined,
        validity,
        today,
      }),
    [index, deferredQuery, levels, documentId, validity, today],
  );
  // The active option belongs to the results it was chosen in: new results start at the first.
  const [cursor, setCursor] = useState({ results, at: 0 });
  const active = cursor.results === results ? cursor.at : 0;
  const setActive = (at: number) => setCursor({ results, at });

  const id = useId();
  const optionId = (i: number) => `${id}-option-${i}`;
  const listId = `${id}-results`;
  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  });

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.min(results.length - 1, Math.max(0, active + step)));
    } else if (event.key === 'Enter') {
      const chosen = results[active];
      if (chosen) {
        event.preventDefault();
        onOpen(chosen.clauseId);
      }
    }
  }

  const hasQuery = deferredQuery.trim() !== '';
  return (
    <div className="pl-search">
      <input
        type="search"
        className="pl-search-input"
        autoFocus
        // Keeps its implicit searchbox role; aria-activedescendant is valid on it and points
        // at the listbox option that Enter opens.
        aria-label={t('searchLabel')}
        aria-autocomplete="list"
        aria-controls={listId}
        aria-activedescendant={results.length > 0 ? optionId(active) : undefined}
        placeholder={t('searchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <fieldset className="pl-search-filters">
        <legend>{t('searchFilters')}</legend>
        <span role="group" aria-label={t('searchFilterLevel')}>
          {LEVELS.map((level) => (
            <label key={level}>
              <input
                type="checkbox"
                checked={levels.includes(level)}
                onChange={(e) =>
                  setLevels((current) => (e.target.checked ? LEVELS.filter((l) => l === level || current.includes(l)) : current.filter((l) => l !== level)))
                }
              />
              {t(LEVEL_KEY[level])}
            </label>
          ))}
        </span>
        <label>
          {t('searchFilterDocument')}
          <select value={documentId} onChange={(e) => setDocumentId(e.target.value)}>
            <option value="">{t('searchAllDocuments')}</option>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('searchFilterValidity')}
          <select value={validity} onChange={(e) => setValidity(e.target.value as ValidityFilter)}>
            {(['any', 'in-force', 'expired'] as const).map((v) => (
              <option key={v} value={v}>
                {t(VALIDITY_KEY[v])}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <p className="pl-muted" role="status">
        {!hasQuery ? t('searchHint') : results.length === 0 ? t('searchNoResults') : t('searchResultCount', String(results.length))}
      </p>
      {/* Driven from the search box: a scrolling list would otherwise be a Tab stop that does nothing. */}
      <ul className="pl-search-results" role="listbox" id={listId} aria-label={t('searchResults')} tabIndex={-1}>
        {results.map((result, i) => {
          const doc = documentById.get(result.documentId);
          const clause = clauseById.get(result.clauseId);
          if (!doc || !clause) return null;
          return (
            <ResultOption
              key={result.clauseId}
              id={optionId(i)}
              selected={i === active}
              result={result}
              doc={doc}
              clause={clause}
              expired={validityOf(doc, today) === 'expired'}
              t={t}
              onPoint={() => setActive(i)}
              onOpen={() => onOpen(result.clauseId)}
            />
          );
        })}
      </ul>
    </div>
  );
}

function ResultOption(props: {
  id: string;
  selected: boolean;
  result: SearchResult;
  doc: PolicyDocument;
  clause: Clause;
  expired: boolean;
  t: SearchViewProps['t'];
  onPoint: () => void;
  onOpen: () => void;
}) {
  const { id, selected, result, doc, clause, expired, t } = props;
  return (
    // The input keeps focus and drives the list; a click is the pointer's way to choose.
    <li id={id} role="option" aria-selected={selected} className="pl-search-option" onMouseMove={props.onPoint} onClick={props.onOpen}>
      <div className="pl-search-doc">
        <span className="pl-search-title">{doc.title}</span> <span className={`pl-level pl-level-${doc.level}`}>{t(LEVEL_KEY[doc.level])}</span>
        {expired && <span className="pl-badge pl-search-expired">{t('validityExpired')}</span>}
        {result.jump && <span className="pl-badge">{t('searchDirectHit')}</span>}
      </div>
      <div className="pl-search-clause">
        {clause.path.join(' ')}
        {clause.heading ? ` ${clause.heading}` : ''}
      </div>
      <SnippetText snippet={result.snippet} />
    </li>
  );
}

/** Snippet with its matched characters in <mark>, as text nodes only. */
export function SnippetText({ snippet }: { snippet: Snippet }) {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of snippet.marks) {
    if (start > at) parts.push({ text: snippet.text.slice(at, start), marked: false });
    parts.push({ text: snippet.text.slice(start, end), marked: true });
    at = end;
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), marked: false });
  return (
    <div className="pl-search-snippet">
      {parts.map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </div>
  );
}
