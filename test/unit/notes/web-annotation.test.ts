import { describe, expect, it } from 'vitest';
import { TextPositionSelectorSchema, TextQuoteSelectorSchema } from '../../../lib/notes/schema';
import { exportWebAnnotation } from '../../../lib/notes/web-annotation';
import { sampleNotes } from './sample-notes';

type Annotation = {
  id: string;
  type: string;
  motivation: string;
  body?: { type: string; purpose: string; value: string }[];
  target: { source: string; selector: unknown[] };
};

function collection() {
  return JSON.parse(exportWebAnnotation(sampleNotes())) as {
    '@context': string;
    type: string;
    total: number;
    first: { type: string; items: Annotation[] };
  };
}

describe('exportWebAnnotation', () => {
  it('is a W3C annotation collection holding every note', () => {
    const c = collection();
    expect(c['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(c.type).toBe('AnnotationCollection');
    expect(c.total).toBe(3);
    expect(c.first.type).toBe('AnnotationPage');
    expect(c.first.items.map((a) => a.type)).toEqual(['Annotation', 'Annotation', 'Annotation']);
  });

  it('carries the comment and tags as textual bodies', () => {
    const [first] = collection().first.items;
    expect(first!.id).toBe('urn:uuid:5f0c2a9e-1b7d-4c36-9e2a-7d1f3b8c4a01');
    expect(first!.motivation).toBe('commenting');
    expect(first!.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: '企业主体地位,对比苏州措施第三条。', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: '创新' },
      { type: 'TextualBody', purpose: 'tagging', value: '企业' },
      { type: 'SpecificResource', purpose: 'linking', source: `urn:policy-lens:clause:${encodeURIComponent('004:一')}` },
      { type: 'SpecificResource', purpose: 'linking', source: `urn:policy-lens:clause:${encodeURIComponent('002-3:第一章/第三条')}` },
    ]);
  });

  it('targets the page with a quote and a position selector', () => {
    const [first] = collection().first.items;
    expect(first!.target.source).toBe(sampleNotes()[0]!.url);
    const [quote, position] = first!.target.selector;
    expect(TextQuoteSelectorSchema.parse(quote)).toEqual(sampleNotes()[0]!.quote);
    expect(TextPositionSelectorSchema.parse(position)).toEqual(sampleNotes()[0]!.position);
  });

  it('makes a highlight without comment a highlighting annotation whose only bodies are its links', () => {
    const second = collection().first.items[1]!;
    expect(second.motivation).toBe('highlighting');
    expect(second.body).toEqual([{ type: 'SpecificResource', purpose: 'linking', source: 'urn:policy-lens:clause:002-3%3Aunknown' }]);
  });

  it('gives notes whose ids are not UUIDs an IRI all the same', () => {
    expect(collection().first.items[2]!.id).toBe('urn:policy-lens:note:local-note-3');
  });
});
