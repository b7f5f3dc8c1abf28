import { buildCorpus } from '../../../lib/corpus/build';
import { matcherSourceFromCorpus, type MatcherSource } from '../../../lib/detect/source';
import { readSeeds } from '../../../scripts/seeds';

/**
 * The library the labelled pages are read against: the real corpus built from seeds/, plus
 * three documents that share one title (苏州, 无锡 and 常州 each publish a
 * 关于促进生物医药产业高质量发展的若干措施), so that pages can test look-alikes. Their 文号 and
 * clauses are made up for the benchmark and exist nowhere else.
 */
export const LOOKALIKE_TITLE = '关于促进生物医药产业高质量发展的若干措施';

const ARTICLES = ['第一条', '第二条', '第三条', '第四条', '第五条', '第六条', '第七条', '第八条'];

function lookalike(id: string, region: string, docNumber: string | null, articles: number) {
  return {
    document: { id, title: LOOKALIKE_TITLE, titleSimplified: LOOKALIKE_TITLE, aliases: [], docNumber, issuers: [`${region}市人民政府`], region },
    clauses: ARTICLES.slice(0, articles).map((label) => ({ id: `${id}:${label}`, documentId: id, path: [label], label, heading: null })),
  };
}

const LOOKALIKES = [lookalike('gold-sz', '苏州', '苏府〔2021〕88号', 8), lookalike('gold-wx', '无锡', '锡政发〔2021〕5号', 8), lookalike('gold-cz', '常州', null, 5)];

let cached: MatcherSource | undefined;
export function goldSource(): MatcherSource {
  if (cached) return cached;
  const real = matcherSourceFromCorpus(buildCorpus(readSeeds()));
  cached = {
    documents: [...real.documents, ...LOOKALIKES.map((l) => l.document)],
    cited: real.cited,
    clauses: [...real.clauses, ...LOOKALIKES.flatMap((l) => l.clauses)],
  };
  return cached;
}
