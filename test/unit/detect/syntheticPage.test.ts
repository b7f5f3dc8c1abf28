import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/detect';
import { syntheticPage, utf8Length } from '../../../lib/detect/syntheticPage';
import { fixtureSource } from './fixture';
import { fixtureMatcher } from './helpers';

describe('syntheticPage (benchmark input)', () => {
  it('has the requested UTF-8 size and is the same for the same seed', () => {
    const page = syntheticPage(fixtureSource, 64 * 1024, 7);
    expect(utf8Length(page)).toBeGreaterThanOrEqual(64 * 1024);
    expect(utf8Length(page)).toBeLessThan(64 * 1024 + 4096);
    expect(syntheticPage(fixtureSource, 64 * 1024, 7)).toBe(page);
    expect(syntheticPage(fixtureSource, 64 * 1024, 8)).not.toBe(page);
  });

  it('holds every kind of document and clause reference the detector reports, and unknown 文号', () => {
    const refs = detect(fixtureMatcher, syntheticPage(fixtureSource, 64 * 1024, 1));
    expect(new Set(refs.map((r) => r.kind))).toEqual(new Set(['docNumber', 'title', 'alias', 'clause']));
    expect(refs.some((r) => r.unknown)).toBe(true);
    expect(refs.some((r) => r.citedId)).toBe(true);
  });

  it('counts UTF-8 bytes as an encoder does', () => {
    const text = 'aé中𠮷';
    expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });
});
