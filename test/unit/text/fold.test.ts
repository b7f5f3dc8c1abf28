import { describe, expect, it } from 'vitest';
import { fold, foldKey, originalRange } from '../../../lib/text/fold';
import { simplify } from '../../../lib/text/simplify';

/** The original text behind folded[from, to). */
function back(original: string, from: number, to: number, options = { dropWhitespace: true, dropPinyin: true }): string {
  const folded = fold(original, options);
  const [start, end] = originalRange(folded, from, to);
  return original.slice(start, end);
}

describe('fold', () => {
  it('turns 繁體 into 简体 and full-width forms into plain ones', () => {
    expect(fold('商自貿發〔2025〕162號').text).toBe('商自贸发〔2025〕162号');
    expect(fold('京政发（２０２２）１２号').text).toBe('京政发(2022)12号');
    expect(fold('苏政发［2018］144号').text).toBe('苏政发[2018]144号');
    expect(fold('1﹒目标要求').text).toBe('1.目标要求');
    // U+3036 sits beside CJK punctuation that NFKC keeps, but NFKC changes it.
    expect(fold('〶').text).toBe('〶'.normalize('NFKC'));
  });

  it('keeps whitespace unless asked to drop it, including ideographic spaces and line breaks', () => {
    expect(fold('一 、总体要求').text).toBe('一 、总体要求');
    expect(fold('江苏省人民政府关于推动生物医药产业\n高质量发展的意见　', { dropWhitespace: true }).text).toBe('江苏省人民政府关于推动生物医药产业高质量发展的意见');
  });

  it('maps every folded character back to the original characters it came from', () => {
    const original = '見 國函\n〔２０２５〕80號';
    const folded = fold(original, { dropWhitespace: true });
    expect(folded.text).toBe('见国函〔2025〕80号');
    const at = folded.text.indexOf('国函');
    expect(back(original, at, folded.text.length)).toBe('國函\n〔２０２５〕80號');
    expect(folded.start.length).toBe(folded.text.length);
    expect(folded.end.length).toBe(folded.text.length);
  });

  it('drops pinyin glosses after characters but keeps acronyms and numbered labels', () => {
    const original = '自由貿(mào)易试验区';
    const folded = fold(original, { dropPinyin: true });
    expect(folded.text).toBe('自由贸易试验区');
    expect(back(original, 3, 4)).toBe('易');
    expect(fold('贸（mào）易', { dropPinyin: true }).text).toBe('贸易');
    expect(fold('基金(REITs)与CT(电子计算机断层扫描)', { dropPinyin: true }).text).toBe('基金(REITs)与CT(电子计算机断层扫描)');
    expect(fold('方案(十六)', { dropPinyin: true }).text).toBe('方案(十六)');
    expect(fold('貿(mào)易', { dropPinyin: false }).text).toBe('贸(mào)易');
  });

  it('drops a tone-marked syllable joined to its character, as ruby text arrives', () => {
    const original = '自由貿mào易';
    const folded = fold(original, { dropPinyin: true });
    expect(folded.text).toBe('自由贸易');
    expect(back(original, 3, 4)).toBe('易');
    expect(fold('测pH值与app下载', { dropPinyin: true }).text).toBe('测pH值与app下载');
  });

  it('keeps characters outside the BMP whole and replaces lone surrogates', () => {
    const original = 'a𠮷b\ud800c';
    const folded = fold(original);
    expect(folded.text).toBe('a𠮷b\ufffdc');
    expect(back(original, 1, 3, { dropWhitespace: false, dropPinyin: false })).toBe('𠮷');
  });

  it('maps each unit of an expanding compatibility character to the whole original character', () => {
    const original = '见㈠项';
    const folded = fold(original);
    expect(folded.text).toBe('见(一)项');
    expect(back(original, 1, 2)).toBe('㈠');
    expect(back(original, 2, 4)).toBe('㈠');
  });

  it('folds a word alone exactly as it folds inside running text', () => {
    const words = ['江蘇省人民政府關于推動生物醫藥產業高質量發展的意見', '乾隆年間', '於是'];
    for (const word of words) expect(fold(`前文${word}後文`).text).toBe(`前文${foldKey(word)}后文`);
  });

  it('keeps a leading U+FEFF when whitespace is kept, so offsets stay aligned', () => {
    const original = '\ufeff國函〔2025〕80號';
    const folded = fold(original);
    expect(folded.text).toBe('\ufeff国函〔2025〕80号');
    expect(folded.start.length).toBe(folded.text.length);
    expect(back(original, 1, 3, { dropWhitespace: false, dropPinyin: false })).toBe('國函');
  });

  it('folds an empty string to nothing', () => {
    expect(fold('', { dropWhitespace: true }).text).toBe('');
    expect(() => originalRange(fold('x'), 0, 0)).toThrow(RangeError);
  });
});

describe('simplify', () => {
  it('converts 繁體 to 简体 with opencc', () => {
    expect(simplify('商務部 江蘇省人民政府')).toBe('商务部 江苏省人民政府');
  });
});
