import type { PolicyDocument, QualityItem } from './schema';
import type { PublishedSummary } from './summary';

/** A quality item whose clause is found after clauses are built: the one whose text contains `within`. */
export type PendingQualityItem = QualityItem & { within?: string };

/** One document as read from its seed, before it is cut into clauses and linked. */
export interface DocumentDraft {
  document: PolicyDocument;
  /** Paragraphs of the body, in reading order, as printed (after repairs). */
  paragraphs: string[];
  /** Text that belongs to the document but to no clause (an issuing notice); cited documents are read from it too. */
  frontMatter: string;
  quality: PendingQualityItem[];
  /** Summary groups still to be mapped onto the document's sections. */
  summaryGroups?: PublishedSummary['groups'];
}
