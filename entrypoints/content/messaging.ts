import type { Envelope, Request, ResponseOf } from '@/lib/messages';

/**
 * Asks the background. Its answers were validated there, against the request type's schema,
 * before they were sent: the content script trusts them and so carries no zod into pages.
 */
export async function ask<T extends Request['type']>(request: Extract<Request, { type: T }>): Promise<ResponseOf<T>> {
  const envelope = (await browser.runtime.sendMessage(request)) as Envelope | undefined;
  if (!envelope?.ok) throw new Error(envelope?.error ?? 'no answer from the background');
  return envelope.data as ResponseOf<T>;
}
