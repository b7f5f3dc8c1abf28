import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { simplify } from '../../lib/text/simplify';

const root = join(import.meta.dirname, '..', '..');
const locales = ['zh_CN', 'zh_TW', 'en'];
const messages = Object.fromEntries(
  locales.map((l) => [l, JSON.parse(readFileSync(join(root, 'public/_locales', l, 'messages.json'), 'utf8')) as Record<string, { message: string; placeholders?: object }>]),
);

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'));
}

describe('UI strings', () => {
  it('exist in 简体, 繁體 and English with the same keys and placeholders', () => {
    const keys = Object.keys(messages.en!).sort();
    for (const locale of locales) {
      expect(Object.keys(messages[locale]!).sort(), locale).toEqual(keys);
      for (const key of keys) {
        expect(messages[locale]![key]!.message.trim(), `${locale}.${key}`).not.toBe('');
        expect(Object.keys(messages[locale]![key]!.placeholders ?? {}), `${locale}.${key}`).toEqual(Object.keys(messages.en![key]!.placeholders ?? {}));
      }
    }
  });

  it('cover every key the UI asks for', () => {
    const used = new Set(sources('components').concat(sources('entrypoints')).flatMap((text) => [...text.matchAll(/\bt\('([A-Za-z]+)'/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((key) => !(key in messages.en!))).toEqual([]);
  });

  it('are in the script their locale names: 简体 for zh_CN, 繁體 for zh_TW', () => {
    const toTraditional = Converter({ from: 'cn', to: 'tw' });
    // Except the 繁體 options of the script switch, which name each script in itself.
    const own = (entries: Record<string, { message: string }>) => Object.entries(entries).filter(([key]) => !['scriptTaiwan', 'scriptHongKong', 'scriptTaiwanPhrases'].includes(key));
    for (const [key, { message }] of own(messages.zh_CN!)) expect(simplify(message), `zh_CN.${key}`).toBe(message);
    for (const [key, { message }] of own(messages.zh_TW!)) expect(toTraditional(message), `zh_TW.${key}`).toBe(message);
  });
});
