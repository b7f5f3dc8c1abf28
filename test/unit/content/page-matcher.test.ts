// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { buildLibraryIndex, sourceForNeeds } from '../../../lib/detect/page-needs';
import { PageNeedsSchema } from '../../../lib/detect/page-needs-schema';
import { matcherSourceFromCorpus } from '../../../lib/detect/source';
import { detect } from '../../../lib/detect/detect';
import { forgetLibraryDigest, PageMatcher } from '../../../entrypoints/content/page-matcher';
import { buildCorpus } from '../../../lib/corpus/build';
import { readSeeds } from '../../../scripts/seeds';

// The corpus built from the seeds, answered as the background answers (lib/messages.ts, router.ts).
const index = buildLibraryIndex(matcherSourceFromCorpus(buildCorpus(readSeeds())));
let asked: string[];
beforeEach(() => {
  asked = [];
  forgetLibraryDigest();
  (globalThis as { browser?: unknown }).browser = {
    runtime: {
      sendMessage: async (request: { type: string; needs?: unknown }) => {
        asked.push(request.type);
        if (request.type === 'library-digest') return { ok: true, data: index.digest };
        if (request.type === 'page-matcher-source') return { ok: true, data: sourceForNeeds(index, PageNeedsSchema.parse(request.needs)) };
        return { ok: false, error: 'not in this test' };
      },
    },
  };
});

const body = (html: string) => {
  document.body.innerHTML = html;
  return document.body;
};

describe("a page's part of the library", () => {
  it('is never asked for by a page that names nothing the library holds', async () => {
    const matcher = new PageMatcher();
    await matcher.prepare();
    const page = body('<p>1. 今天早上天气晴朗，公园里有很多人在散步。</p><p>他在读《红楼梦》，住在3号楼。</p>'.repeat(50));
    expect(matcher.namesNothing(page)).toBe(true);
    matcher.read(page.textContent!);
    expect(await matcher.current()).toBeNull();
    expect(asked).toEqual(['library-digest']);
  });

  it('is asked for once the page names a document, and finds it', async () => {
    const matcher = new PageMatcher();
    await matcher.prepare();
    const text = '近日，江苏省人民政府印发苏政发〔2018〕144号文件。';
    expect(matcher.namesNothing(body(`<p>${text}</p>`))).toBe(false);
    matcher.read(text);
    const found = detect((await matcher.current())!, text);
    expect(found.map((r) => r.text)).toEqual(['苏政发〔2018〕144号']);
    expect(found[0]!.documentId).toBeDefined();
    // Nothing new read: the same part, not asked for again.
    await matcher.current();
    expect(asked).toEqual(['library-digest', 'page-matcher-source']);
  });

  it('does not settle a page from its text content when an open shadow root holds more', async () => {
    const matcher = new PageMatcher();
    await matcher.prepare();
    const page = body('<p>今天天气很好。</p><div id="host"></div>');
    page.querySelector('#host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>苏政发〔2018〕144号</p>';
    expect(matcher.namesNothing(page)).toBe(false);
  });
});
