/**
 * Page URL as notes key it: the fragment is navigation, not a different page. Kept apart
 * from messages.ts so content scripts can use it without loading zod.
 */
export function pageKey(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}
