import { linkSegments } from '@/lib/reference-links';
import type { Reference } from '@/lib/detect/reference';

/**
 * A library text with its own citations as links inside the extension (lib/reference-links.ts);
 * without a detector from the host it is plain text.
 */
export function LinkedText({
  text,
  findReferences,
  onOpenClause,
  onOpenDocument,
}: {
  text: string;
  findReferences?: (text: string) => Reference[];
  onOpenClause: (clauseId: string) => void;
  onOpenDocument: (documentId: string) => void;
}) {
  if (!findReferences) return <>{text}</>;
  return (
    <>
      {linkSegments(text, findReferences(text)).map((segment, i) =>
        segment.target ? (
          <button
            key={i}
            type="button"
            className="pl-link pl-inline-ref"
            onClick={() => (segment.target!.kind === 'clause' ? onOpenClause : onOpenDocument)(segment.target!.id)}
          >
            {segment.text}
          </button>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
