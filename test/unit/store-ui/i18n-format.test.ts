import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatMessage, type Catalogue } from '../../../lib/i18n-format';

const catalogue = (locale: string): Catalogue => JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'));

describe('messages from a bundled catalogue (the language setting)', () => {
  const sample: Catalogue = {
    plain: { message: '全部暂停' },
    site: { message: '在 $HOST$ 上识别', placeholders: { host: { content: '$1' } } },
    two: { message: '$B$ / $A$ costs $$5', placeholders: { a: { content: '$1' }, b: { content: '<$2>' } } },
  };

  it('fills placeholders from the substitutions, named in any case', () => {
    expect(formatMessage(sample, 'plain')).toBe('全部暂停');
    expect(formatMessage(sample, 'site', 'www.gov.cn')).toBe('在 www.gov.cn 上识别');
    expect(formatMessage(sample, 'two', ['x', 'y'])).toBe('<y> / x costs $5');
  });

  it('gives nothing for a key it does not hold, so the caller can fall back', () => {
    expect(formatMessage(sample, 'missing')).toBe('');
  });

  it('leaves no placeholder unfilled in any locale', () => {
    for (const locale of ['zh_CN', 'zh_TW', 'en']) {
      const messages = catalogue(locale);
      for (const key of Object.keys(messages)) expect(formatMessage(messages, key, ['甲', '乙']), `${locale}.${key}`).not.toMatch(/\$[A-Za-z_]+\$|\$\d/);
    }
  });

  it('reads each language in its own words', () => {
    expect(formatMessage(catalogue('zh_CN'), 'pauseEverywhere')).toBe('全部暂停');
    expect(formatMessage(catalogue('zh_TW'), 'pauseEverywhere')).toBe('全部暫停');
    expect(formatMessage(catalogue('en'), 'enableOnSite', 'www.gov.cn')).toContain('www.gov.cn');
  });
});
