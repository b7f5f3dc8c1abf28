import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/detect';
import { docNumberEndingAt, parseDocNumber } from '../../../lib/refs/docNumber';
import { buildMatcher } from '../../../lib/detect/matcher';
import { fixtureSource } from './fixture';
import { fixtureMatcher, seen } from './helpers';

describe('文号 on a page', () => {
  it('finds held and cited 文号 in every bracket, script and width', () => {
    expect(seen('经国务院批复(国函〔2025〕80号)')).toEqual([['国函〔2025〕80号', 'docNumber', 'cited-guohan-2025-80']]);
    expect(seen('(商自貿發〔2025〕162號)')).toEqual([['商自貿發〔2025〕162號', 'docNumber', '000']]);
    expect(seen('苏政发[2018]144号')).toEqual([['苏政发[2018]144号', 'docNumber', '004']]);
    expect(seen('苏政发【2018】144号')).toEqual([['苏政发【2018】144号', 'docNumber', '004']]);
    expect(seen('苏政发(2018)144号')).toEqual([['苏政发(2018)144号', 'docNumber', '004']]);
    expect(seen('蘇政發（２０１８）１４４號')).toEqual([['蘇政發（２０１８）１４４號', 'docNumber', '004']]);
    expect(seen('苏政发﹝2018﹞144号')).toEqual([['苏政发﹝2018﹞144号', 'docNumber', '004']]);
  });

  it('finds a 文号 with spaces and line breaks inside, or split across elements', () => {
    expect(seen('苏政发 〔 2018 〕\n144 号')).toEqual([['苏政发 〔 2018 〕\n144 号', 'docNumber', '004']]);
    // The content script concatenates text nodes: <b>国函</b>〔2025〕80号.
    expect(seen(['国函', '〔2025〕80号'].join(''))).toEqual([['国函〔2025〕80号', 'docNumber', 'cited-guohan-2025-80']]);
  });

  it('never starts an unknown 文号 in the block before it (a heading ending in …的通知)', () => {
    expect(seen('关于印发苏州市生物医药产业创新集群建设实施方案的通知\n苏府〔2022〕33号')).toEqual([
      ['苏州市生物医药产业创新集群建设实施方案', 'title', '002-1'],
      ['苏府〔2022〕33号', 'docNumber', 'unknown'],
    ]);
    expect(seen('市政府关于做好生物医药工作的通知 苏府〔2022〕33号')).toEqual([['苏府〔2022〕33号', 'docNumber', 'unknown']]);
    // A one-character issuer left after the break is no 文号 of its own.
    expect(seen('关于做好工作的通知\n府〔2022〕33号')).toEqual([]);
  });

  it('reads a lot, building or room numbered like a 文号 as the place it is', () => {
    expect(seen('项目地块：苏园土挂(2021)07号地块')).toEqual([]);
    expect(seen('京政发〔2022〕12号楼')).toEqual([]);
    expect(seen('京政发〔2022〕012号')).toEqual([]);
  });

  it('still reads a known issuer that a line break splits', () => {
    expect(seen('苏政\n发〔2018〕144号')).toEqual([['苏政\n发〔2018〕144号', 'docNumber', '004']]);
    expect(seen('江苏省人民政府\n苏政发〔2018〕144号')).toEqual([['苏政发〔2018〕144号', 'docNumber', '004']]);
  });

  it('highlights only the known issuer when other words run into it', () => {
    expect(seen('根据江苏省人民政府苏政发〔2018〕144号文件')).toEqual([['苏政发〔2018〕144号', 'docNumber', '004']]);
    expect(seen('转发京政发〔2022〕12号').map(([text]) => text)).toEqual(['京政发〔2022〕12号']);
    expect(seen('印发京政发〔2022〕12号').map(([text]) => text)).toEqual(['京政发〔2022〕12号']);
    for (const lead of ['贯彻落实', '认真执行', '组织实施']) {
      expect(detect(fixtureMatcher, `${lead}京政发〔2022〕12号`).map((r) => [r.text, r.docNumber]), lead).toEqual([['京政发〔2022〕12号', '京政发〔2022〕12号']]);
    }
    expect(seen('江苏省人民政府关于推动生物医药产业高质量发展的意见苏政发〔2018〕144号')).toEqual([
      ['江苏省人民政府关于推动生物医药产业高质量发展的意见', 'title', '004'],
      ['苏政发〔2018〕144号', 'docNumber', '004'],
    ]);
  });

  it('marks a well-formed 文号 that is neither held nor cited as unknown, with its folded form', () => {
    const [ref] = detect(fixtureMatcher, '参照京政發〔2022〕12號执行');
    expect(ref).toMatchObject({ kind: 'docNumber', unknown: true, text: '京政發〔2022〕12號', docNumber: '京政发〔2022〕12号' });
    expect(ref!.documentId).toBeUndefined();
  });

  it('does not take dates, phone numbers, buildings, rooms or ordinals for 文号', () => {
    for (const text of [
      '2025年8月25日',
      '2025年80号楼',
      '地址:科技园2025年80号楼3层',
      '电话(0512)68881234',
      '电话:(0512)6888号',
      '第80号',
      '会议室(2025)80号',
      '(2025)80号',
      '国函〔25〕80号',
      '国函〔1234〕80号',
      '国函〔2025〕号',
      '国函〔2025〕123456号',
    ]) {
      expect(seen(text), text).toEqual([]);
    }
  });

  it('does not take a 文号-like string inside a longer ASCII token', () => {
    expect(seen('ID:ABC国函[2025]80号')).toEqual([]);
    expect(seen('国函[2025]80号x1')).toEqual([]);
    expect(seen('see ABC 国函[2025]80号 here')).toEqual([['国函[2025]80号', 'docNumber', 'cited-guohan-2025-80']]);
  });
});

describe('docNumber scanner', () => {
  it('parses a 文号 as printed', () => {
    expect(parseDocNumber('商自貿發〔2025〕162號')).toEqual({ issuer: '商自贸发', year: 2025, serial: 162 });
    expect(parseDocNumber('(苏政发[2018]144号)')).toEqual({ issuer: '苏政发', year: 2018, serial: 144 });
    expect(parseDocNumber('2025年80号楼')).toBeNull();
  });

  it('never walks back past the floor it is given', () => {
    const text = '苏政发〔2018〕144号';
    expect(docNumberEndingAt(text, text.length - 1, 1)).toMatchObject({ issuer: '政发' });
    expect(docNumberEndingAt(text, text.length - 1, 2)).toBeNull();
  });
});

describe('known 文号', () => {
  it('prefers the held document when the corpus also lists the same 文号 as cited', () => {
    const source = {
      ...fixtureSource,
      cited: [{ id: 'cited-again', title: null, docNumber: '苏政发〔2018〕144号', heldDocumentId: null }, ...fixtureSource.cited],
    };
    expect(detect(buildMatcher(source), '苏政发〔2018〕144号').map((r) => r.documentId)).toEqual(['004']);
  });
});
