// The large library the related and library-add benches measure against: deterministic, and
// made of real clause sentences, so that matching and scoring behave as on real text.
import type { Clause, Corpus } from '../../lib/corpus/schema';

/** `size` clauses, each recombining two to five sentences of the corpus's real clauses. */
export function syntheticCorpus(corpus: Corpus, size: number): Corpus {
  const sentences = corpus.clauses.flatMap((c) => c.text.split(/(?<=[。；;])/).filter((s) => s.trim().length > 4));
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const clauses: Clause[] = [];
  for (let i = 0; i < size; i++) {
    const template = corpus.clauses[i % corpus.clauses.length]!;
    const count = 2 + Math.floor(random() * 4);
    const text = Array.from({ length: count }, () => sentences[Math.floor(random() * sentences.length)]!).join('');
    clauses.push({ ...template, id: `${template.documentId}:synthetic/${i}`, path: ['synthetic', String(i)], text, order: i, related: [] });
  }
  return { ...corpus, clauses };
}
