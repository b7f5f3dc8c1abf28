import { describe, expect, it } from 'vitest';
import { parseClauseRef } from '../../../lib/search/clause-ref';
import { docNumberMatches, parseDocNumber } from '../../../lib/search/doc-number';
import { MAX_QUERY_CHARS, parseQuery, splitWords } from '../../../lib/search/query';

describe('parseQuery', () => {
  it('folds 繁體 to 简体 and full-width to half-width', () => {
    expect(parseQuery('醫保目錄').words).toEqual(['医保目录']);
    expect(parseQuery('ＣＡＲ－Ｔ　細胞').words).toEqual(['cart', '细胞']);
    expect(parseQuery('（十六）').folded).toBe('(十六)');
  });

  it('keeps whitespace-separated words and drops symbols', () => {
    expect(parseQuery('  江苏   措施 ').words).toEqual(['江苏', '措施']);
    expect(parseQuery('!!! ？？ ——').words).toEqual([]);
    expect(parseQuery('   ').folded).toBe('');
  });

  it('truncates a pasted page to the words fuse.js can match', () => {
    const words = parseQuery('医保目录'.repeat(2500)).words;
    expect(Array.from(words.join('')).length).toBe(MAX_QUERY_CHARS);
  });
});

describe('splitWords', () => {
  it('splits an unspaced phrase into words, gluing single characters', () => {
    const words = splitWords('医保目录创新药');
    expect(words.join('')).toBe('医保目录创新药');
    expect(words.length).toBeGreaterThan(1);
    expect(words.every((w) => Array.from(w).length > 1)).toBe(true);
  });
});

describe('parseDocNumber', () => {
  it.each(['苏政发〔2018〕144号', '苏政发[2018]144号', '苏政发【2018】144号', '苏政发(2018)144号', '苏政发 〔2018〕 第144号'])(
    'reads %s',
    (text) => {
      expect(parseDocNumber(text)).toEqual({ agency: '苏政发', year: '2018', serial: 144 });
      expect(docNumberMatches(parseDocNumber(text)!, '苏政发〔2018〕144号')).toBe(true);
    },
  );
  it('reads a serial alone only when it is the whole query', () => {
    expect(parseDocNumber('144号文')).toEqual({ agency: null, year: null, serial: 144 });
    expect(parseDocNumber('支持144号')).toBeNull();
  });
  it('matches 繁體 文号 once folded, and refuses another year or agency', () => {
    expect(docNumberMatches(parseDocNumber('商自贸发〔2025〕162号')!, '商自貿發〔2025〕162號')).toBe(true);
    expect(docNumberMatches(parseDocNumber('苏政发〔2019〕144号')!, '苏政发〔2018〕144号')).toBe(false);
    expect(docNumberMatches(parseDocNumber('国函〔2018〕144号')!, '苏政发〔2018〕144号')).toBe(false);
  });
});

describe('parseClauseRef', () => {
  it('reads 第7条 as an article or a numbered item', () => {
    expect(parseClauseRef('江苏 措施 第7条')).toEqual({ labels: ['第七条', '7'], within: [], documentWords: ['江苏', '措施'] });
  });
  it('reads parenthesised numbers in Chinese or Arabic numerals', () => {
    expect(parseClauseRef('方案 (十六)')?.labels).toEqual(['(十六)']);
    expect(parseClauseRef('方案(16)')?.labels).toEqual(['(十六)']);
  });
  it('reads 两 as 二 and 第N点 as item N', () => {
    expect(parseClauseRef('第两百条')?.labels).toEqual(['第二百条', '200']);
    expect(parseClauseRef('第三点')?.labels).toEqual(['(三)', '3']);
  });
  it('keeps enclosing units as constraints', () => {
    expect(parseClauseRef('若干措施第三章第十三条')).toEqual({
      labels: ['第十三条', '13'],
      within: [['第三章']],
      documentWords: ['若干措施'],
    });
  });
  it('finds nothing in plain text', () => {
    expect(parseClauseRef('医保目录')).toBeNull();
  });
});
