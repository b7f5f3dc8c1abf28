import { useEffect, useState } from 'react';
import { t } from '../i18n';

/** How a linked id reads to people: 《title》(文号) and the clause label, or the id when unknown. */
export type Cite = (id: string) => Promise<string>;

/** The clauses a note is linked to, shown as ids until the library has answered with citations. */
export function LinkedClauses({ ids, cite }: { ids: readonly string[]; cite: Cite }) {
  const key = ids.join('\n');
  const [labels, setLabels] = useState<readonly string[]>(ids);
  useEffect(() => {
    let live = true;
    void Promise.all(ids.map((id) => cite(id).catch(() => id))).then((resolved) => live && setLabels(resolved));
    return () => {
      live = false;
    };
    // `ids` is compared by content: callers rebuild the array on every render.
  }, [key, cite]);
  if (ids.length === 0) return null;
  return (
    <p className="pl-muted">
      {t('noteLinked')}: {labels.join('; ')}
    </p>
  );
}
