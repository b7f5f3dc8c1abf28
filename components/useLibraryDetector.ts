import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { detect } from '@/lib/detect/detect';
import { buildMatcher } from '@/lib/detect/matcher';
import type { Reference } from '@/lib/detect/reference';
import type { LibraryDb } from '@/lib/store/db';
import { matcherSourceFromDb } from '@/lib/store/matcher-source';

/**
 * The detector web pages get, for the extension's own pages (the popup's clause view, the
 * library reader), which read the library directly: the clause texts they show link their own
 * citations. Built from the library as it is now, so a citation of a document the user added
 * later links to it (links stored with the texts would go stale), and built again only when the
 * library changes (a few tens of ms for the bundled corpus); each text is read once per build.
 * `enabled` false (a list with no text to link) builds nothing.
 */
export function useLibraryDetector(db: LibraryDb, enabled = true): ((text: string) => Reference[]) | undefined {
  const source = useLiveQuery(() => (enabled ? matcherSourceFromDb(db) : undefined), [db, enabled]);
  return useMemo(() => {
    if (!source) return undefined;
    const matcher = buildMatcher(source);
    const read = new Map<string, Reference[]>();
    return (text: string) => {
      let found = read.get(text);
      if (!found) read.set(text, (found = detect(matcher, text)));
      return found;
    };
  }, [source]);
}
