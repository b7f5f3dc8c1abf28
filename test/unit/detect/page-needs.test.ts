import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/detect';
import { buildMatcher } from '../../../lib/detect/matcher';
import { buildLibraryIndex, NeedsReader, sourceForNeeds } from '../../../lib/detect/page-needs';
import { goldSource } from '../../gold/detection/library';
import { goldPages } from '../../gold/detection/pages';
import { mergeSources, syntheticLibrary } from '../../gold/detection/synthetic-library';

// The gold library among 1,000 look-alike documents: a page's part must leave most of them out
// and still find exactly what the whole library finds.
const library = mergeSources(goldSource(), syntheticLibrary(1_000));
const index = buildLibraryIndex(library);
const whole = buildMatcher(library);

function partFor(text: string) {
  const reader = new NeedsReader(index.digest);
  reader.read(text);
  return { reader, source: sourceForNeeds(index, reader.needs()) };
}

describe('what a page needs of the library', () => {
  it('finds on every labelled page exactly what the whole library finds, from a part of it', () => {
    for (const page of goldPages) {
      const { source } = partFor(page.text);
      const options = { pageDocumentId: page.pageDocumentId };
      expect(detect(buildMatcher(source), page.text, options), page.name).toEqual(detect(whole, page.text, options));
      // Stock headings (加强组织领导) that hundreds of synthetic documents share bring those in.
      expect(source.documents.length, page.name).toBeLessThan(library.documents.length * 0.7);
    }
    const court = goldPages.find((page) => page.name.startsWith('court'))!;
    expect(partFor(court.text).source.documents.length).toBeLessThanOrEqual(2);
  }, 60_000);

  it('asks for nothing on ordinary prose, numbered paragraphs, book titles and dates', () => {
    const prose = Array.from({ length: 300 }, (_, i) => `${i + 1}. 今天早上天气晴朗，公园里有很多人在散步。他在读《红楼梦》和《三体》，2024年3月5日。`).join('\n');
    const { reader } = partFor(prose);
    expect(reader.empty).toBe(true);
  });

  it('asks for a 文号 the library does not hold, since it is still a reference', () => {
    const { reader, source } = partFor('依据浙政发〔2019〕37号文件');
    expect(reader.empty).toBe(false);
    expect(detect(buildMatcher(source), '依据浙政发〔2019〕37号文件').map((r) => r.text)).toEqual(['浙政发〔2019〕37号']);
  });

  it('sends a digest much smaller than the library', () => {
    expect(JSON.stringify(index.digest).length).toBeLessThan(JSON.stringify(library).length / 5);
  });
});
