import { parseDocNumber as parsePrinted } from '../refs/docNumber';

/** The parts of a 文号 typed in a query, such as 苏政发〔2018〕144号; the agency and year may be left out (144号文). */
export interface DocNumberQuery {
  agency: string | null;
  year: string | null;
  serial: number;
}

// Pages and people write the year brackets as 〔〕, [], 【】, () or none at all.
const FULL = /(\p{Script=Han}{1,8})?\s*[〔[【(]?\s*(\d{4})\s*[〕\]】)]\s*第?\s*(\d+)\s*号/u;
// Only a whole query this short means "the document numbered N" (144号, 144号文).
const SERIAL_ONLY = /^第?\s*(\d+)\s*号文?$/u;

/** Reads a 文号 out of a query that has been folded (简体, half-width), more loosely than one printed on a page. */
export function parseDocNumber(folded: string): DocNumberQuery | null {
  const full = FULL.exec(folded);
  if (full) return { agency: full[1] ?? null, year: full[2]!, serial: Number(full[3]) };
  const serial = SERIAL_ONLY.exec(folded.trim());
  return serial ? { agency: null, year: null, serial: Number(serial[1]) } : null;
}

/** Whether a query's 文号 names the document numbered `docNumber` (as printed, read as detection reads it). */
export function docNumberMatches(query: DocNumberQuery, docNumber: string): boolean {
  const held = parsePrinted(docNumber);
  if (!held || held.serial !== query.serial) return false;
  if (query.year !== null && Number(query.year) !== held.year) return false;
  // A query agency may carry words before it (江苏苏政发…); the held one must end it.
  return query.agency === null || query.agency.endsWith(held.issuer);
}
