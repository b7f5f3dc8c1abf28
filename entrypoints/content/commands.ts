import type { PageReferenceCommand } from '@/lib/page-references';

/**
 * The background's commands to this tab, read without zod: callers have checked that this
 * extension sent them (sender.id), and anything else is ignored. Their schemas (for the
 * senders) are in lib/page-references.ts and lib/store/document-messages.ts.
 */
export function pageReferenceCommand(message: unknown): PageReferenceCommand | null {
  const command = message as Partial<PageReferenceCommand> | null | undefined;
  switch (command?.type) {
    case 'list-references':
    case 'next-reference':
      return { type: command.type };
    case 'show-reference': {
      const index = (command as { index?: unknown }).index;
      return typeof index === 'number' && Number.isInteger(index) && index >= 0 ? { type: 'show-reference', index } : null;
    }
    default:
      return null;
  }
}

export function isMainTextCommand(message: unknown): boolean {
  return (message as { type?: unknown } | null | undefined)?.type === 'extract-main-text';
}
