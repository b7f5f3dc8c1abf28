import type { Corpus } from './schema';

/** The report `npm run corpus` prints: per document its clause count, then every quality item. */
export function qualityReport(corpus: Corpus): string {
  const lines = ['Documents:'];
  for (const doc of corpus.documents) {
    const count = corpus.clauses.filter((c) => c.documentId === doc.id).length;
    lines.push(`  ${doc.id.padEnd(6)} ${doc.level.padEnd(10)} ${String(count).padStart(3)} clauses  ${doc.titleSimplified}${doc.titleSource === 'text' ? '' : ` [title from ${doc.titleSource}]`}`);
  }
  lines.push(`Cited documents: ${corpus.cited.length} (${corpus.cited.filter((c) => c.heldDocumentId).length} held)`, `Quality (${corpus.quality.length}):`);
  for (const item of corpus.quality) {
    const where = item.clauseId ?? item.documentId ?? 'corpus';
    lines.push(`  [${item.kind}] ${where}: ${item.message}`);
    if (item.before !== undefined) lines.push(`      before: ${item.before.replace(/\n/g, '⏎')}`);
    if (item.after !== undefined) lines.push(`      after:  ${item.after.replace(/\n/g, '⏎')}`);
  }
  return lines.join('\n');
}
