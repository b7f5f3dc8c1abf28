import { describe, expect, it } from 'vitest';
import { parseNotesImport } from '../../../lib/notes/json';
import { exportWebAnnotation } from '../../../lib/notes/web-annotation';
import { sampleNotes } from './sample-notes';

describe('importing W3C Web Annotation', () => {
  it('reads back what it exported: comments, tags, selectors and linked clauses', () => {
    const result = parseNotesImport(exportWebAnnotation(sampleNotes()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.notes).toEqual(sampleNotes().map((note) => ({ ...note, pageTitle: '' })));
  });

  it('reads another tool’s annotation: selectors in any order, a comment body without purpose', () => {
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://annotations.example/a/1',
      type: 'Annotation',
      created: '2026-11-01T08:00:00Z',
      body: { type: 'TextualBody', value: '对照省级意见' },
      target: {
        source: 'https://www.jiangsu.gov.cn/art/2018/12/5/art_46143_7893512.html#top',
        selector: [
          { type: 'TextPositionSelector', start: 10, end: 20 },
          { type: 'CssSelector', value: '#p4' },
          { type: 'TextQuoteSelector', exact: '推动生物医药产业高质量发展', prefix: '关于', suffix: '的意见' },
        ],
      },
    };
    const result = parseNotesImport(JSON.stringify(annotation));
    expect(result).toEqual({
      ok: true,
      notes: [
        {
          id: 'https://annotations.example/a/1',
          url: 'https://www.jiangsu.gov.cn/art/2018/12/5/art_46143_7893512.html',
          pageTitle: '',
          quote: { type: 'TextQuoteSelector', exact: '推动生物医药产业高质量发展', prefix: '关于', suffix: '的意见' },
          position: { type: 'TextPositionSelector', start: 10, end: 20 },
          comment: '对照省级意见',
          tags: [],
          clauseIds: [],
          created: '2026-11-01T08:00:00Z',
          updated: '2026-11-01T08:00:00Z',
        },
      ],
    });
  });

  it('says why a file is refused, with the path of the problem', () => {
    const broken = JSON.parse(exportWebAnnotation(sampleNotes()));
    broken.first.items[1].target.source = 'not a url';
    const result = parseNotesImport(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.kind).toBe('not-notes');
    expect(result.error).toContain('target.source');
    expect(parseNotesImport('{ oops')).toMatchObject({ ok: false, kind: 'not-json' });
  });

  it('refuses a W3C file whose page address would run script or reveal a local file, as for its own export', () => {
    for (const source of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'chrome://settings/']) {
      const file = JSON.parse(exportWebAnnotation(sampleNotes()));
      file.first.items[0].target.source = source;
      const result = parseNotesImport(JSON.stringify(file));
      expect(result, source).toMatchObject({ ok: false, kind: 'not-notes' });
      if (!result.ok) expect(result.error, source).toContain('http(s)');
    }
  });
});
