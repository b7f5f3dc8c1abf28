import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../lib/corpus/build';
import { parsePolicyText } from '../../../lib/corpus/parse-text';
import { readSeeds } from '../../../scripts/seeds';

const seeds = readSeeds();
const corpus = buildCorpus(seeds);
const doc = (id: string) => corpus.documents.find((d) => d.id === id)!;

describe("a document's front matter (text that belongs to no clause)", () => {
  it("keeps 000's issuing notice, which names the State Council's approval, without its signature or date", () => {
    const notice = doc('000').frontMatter!;
    expect(notice).toContain('請按照《國務院關于<中國(江蘇)自由貿易試驗區生物醫藥全產業鏈開放創新發展方案>的批復》(國函〔2025〕80號)有關要求');
    expect(notice).not.toContain('2025年8月25日');
    // It is not repeated as a clause.
    expect(corpus.clauses.some((c) => c.documentId === '000' && c.text.includes('國函〔2025〕80號'))).toBe(false);
  });

  it("keeps 004's addressees and is absent where the text has none", () => {
    expect(doc('004').frontMatter).toMatch(/^各市、县（市、区）人民政府/);
    for (const id of ['002-1', '002-2', '002-3', '003']) expect(doc(id).frontMatter).toBeUndefined();
  });

  it('is kept for a document a user adds, so its links are read there too', () => {
    const text = ['关于印发《某市生物医药产业发展实施方案》的通知', '某政发〔2024〕9号', '各区人民政府：', '现将《某市生物医药产业发展实施方案》印发给你们，请按照苏政发〔2018〕144号要求认真贯彻执行。', '某市人民政府', '2024年3月1日', '某市生物医药产业发展实施方案', '一、总体要求', '加快发展。', '二、主要任务', '做强产业。'].join('\n');
    const parsed = parsePolicyText(text, { id: 'u1', source: 'fixture.txt', kind: 'text' });
    expect(parsed.document.frontMatter).toContain('请按照苏政发〔2018〕144号要求');
    expect(parsed.clauses.some((c) => c.text.includes('苏政发〔2018〕144号'))).toBe(false);
  });
});
