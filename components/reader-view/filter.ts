import type { Level } from '@/lib/corpus/schema';
import type { LibraryEntry } from '@/lib/store/views';
import { validityOf, type ValidityStatus } from '@/lib/validity';
import { simplify } from '@/lib/text/simplify';

/** The library page's document filters: words of the title or 文号 (简/繁 alike), level, validity. */
export type DocumentFilter = { text: string; level: Level | 'all'; validity: ValidityStatus | 'all' };

export function filterDocuments(entries: LibraryEntry[], filter: DocumentFilter, today: string): LibraryEntry[] {
  const needle = simplify(filter.text.trim()).toLowerCase();
  return entries.filter(({ document }) => {
    if (filter.level !== 'all' && document.level !== filter.level) return false;
    if (filter.validity !== 'all' && validityOf(document, today) !== filter.validity) return false;
    if (!needle) return true;
    const haystack = simplify([document.title, document.titleSimplified, document.docNumber ?? '', ...document.aliases, ...document.issuers].join('\n')).toLowerCase();
    return haystack.includes(needle);
  });
}
