import type { PolicyDocument } from './corpus/schema';

export type ValidityStatus = 'in-force' | 'expired' | 'not-yet-in-force' | 'unknown';

/** Today as YYYY-MM-DD in local time: validity is judged on the reader's calendar day. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Computed on every read from the dates stated in the text, never stored. */
export function validityOf(
  doc: Pick<PolicyDocument, 'effectiveFrom' | 'effectiveTo'>,
  today: string,
): ValidityStatus {
  if (doc.effectiveTo && today > doc.effectiveTo) return 'expired';
  if (doc.effectiveFrom && today < doc.effectiveFrom) return 'not-yet-in-force';
  if (doc.effectiveFrom || doc.effectiveTo) return 'in-force';
  return 'unknown';
}
