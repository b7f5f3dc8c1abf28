import { useEffect, useState } from 'react';
import { distinctLinks } from '@/lib/citation';
import { t } from '../i18n';

/** How a linked id reads to people: 《title》(文号) and the clause label, or the id when unknown. */
export type Cite = (id: string) => Promise<string>;

/** The clauses a note is linked to, shown as ids until the library has answered with citations. */
export function LinkedClauses({ ids: linked, cite }: { ids: readonly string[]; cite: Cite }) {
  const ids = distinctLinks(linked);
  // `ids` is compared by content: callers rebuild the array on every render.
  const key = ids.join('\n');
  // Citations are kept with the ids they are for: when another note's ids come in, its ids
  // show until its own citations arrive, never the previous note's.
  const [cited, setCited] = useState<{ key: string; labels: readonly string[] } | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all(ids.map((id) => cite(id).catch(() => id))).then((labels) => live && setCited({ key, labels }));
    return () => {
      live = false;
    };
  }, [key, cite]);
  if (ids.length === 0) return null;
  return (
    <p className="pl-muted">
      {t('noteLinked')}: {(cited?.key === key ? cited.labels : ids).join('; ')}
    </p>
  );
}
