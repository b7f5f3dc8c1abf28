import { linkSegments, type LinkTarget } from '@/lib/reference-links';
import type { Reference } from '@/lib/detect/reference';

/**
 * A library text with its own citations as links inside the extension (lib/reference-links.ts);
 * without a detector from the host it is plain text, and so are citations of documents the
 * library only cites where the host has no view for them (no `onOpenCited`).
 */
export function LinkedText({
  text,
  findReferences,
  onOpenClause,
  onOpenDocument,
  onOpenCited,
}: {
  text: string;
  findReferences?: (text: string) => Reference[];
  onOpenClause: (clauseId: string) => void;
  onOpenDocument: (documentId: string) => void;
  onOpenCited?: (citedId: string) => void;
}) {
  if (!findReferences) return <>{text}</>;
  const open = (target: LinkTarget) => (target.kind === 'clause' ? onOpenClause : target.kind === 'document' ? onOpenDocument : onOpenCited);
  return (
    <>
      {linkSegments(text, findReferences(text)).map((segment, i) => {
        const onOpen = segment.target && open(segment.target);
        return onOpen ? (
          <button key={i} type="button" className="pl-link pl-inline-ref" onClick={() => onOpen(segment.target!.id)}>
            {segment.text}
          </button>
        ) : (
          segment.text
        );
      })}
    </>
  );
}
