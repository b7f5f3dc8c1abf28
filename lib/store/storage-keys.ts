/**
 * storage.local key bumped after every change to user documents; content scripts reload their
 * matcher. Apart from document-messages.ts so that content scripts read it without loading zod.
 */
export const LIBRARY_CHANGED_KEY = 'libraryChangedAt';
