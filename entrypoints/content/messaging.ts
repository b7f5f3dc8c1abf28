import { EnvelopeSchema, ResponseSchemas, type Request, type ResponseOf } from '@/lib/messages';

/** Asks the background and validates the answer against the request type's schema. */
export async function ask<T extends Request['type']>(request: Extract<Request, { type: T }>): Promise<ResponseOf<T>> {
  const envelope = EnvelopeSchema.parse(await browser.runtime.sendMessage(request));
  if (!envelope.ok) throw new Error(envelope.error);
  return ResponseSchemas[request.type].parse(envelope.data) as ResponseOf<T>;
}
