import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../lib/detect/matcher';
import type { MatcherSource } from '../../../lib/detect/source';
import { fixtureSource } from './fixture';
import { seen } from './helpers';

// Three cities publish a document under the same title (as 苏州, 无锡 and 常州 did).
const TITLE = '关于促进生物医药产业高质量发展的若干措施';
const city = (id: string, region: string, docNumber: string | null) => ({ id, title: TITLE, titleSimplified: TITLE, aliases: [], docNumber, issuers: [`${region}市人民政府`], region });
const source: MatcherSource = {
  documents: [...fixtureSource.documents, city('sz', '苏州', '苏府〔2022〕33号'), city('wx', '无锡', '锡政发〔2021〕5号'), city('cz', '常州', null)],
  cited: fixtureSource.cited,
  clauses: [
    ...fixtureSource.clauses,
    { id: 'sz:第七条', documentId: 'sz', path: ['第七条'], label: '第七条', heading: '人才引育' },
    { id: 'sz:第三条', documentId: 'sz', path: ['第三条'], label: '第三条', heading: '资金支持' },
    { id: 'wx:第七条', documentId: 'wx', path: ['第七条'], label: '第七条', heading: '平台建设' },
  ],
};
const matcher = buildMatcher(source);
const look = (text: string, options?: Parameters<typeof seen>[1]) => seen(text, options, matcher);

describe('look-alike documents', () => {
  it('are never resolved silently: the reference lists every candidate', () => {
    const [ref] = look(`市里转发了《${TITLE}》。`);
    expect(ref).toEqual([`《${TITLE}》`, 'title', 'sz|wx|cz']);
  });

  it('are narrowed by an issuer or region named next to them in the same block', () => {
    expect(look(`无锡市人民政府印发《${TITLE}》`)).toEqual([[`《${TITLE}》`, 'title', 'wx']]);
    expect(look(`《${TITLE}》(常州)`)).toEqual([[`《${TITLE}》`, 'title', 'cz']]);
    // A city named in the block before says nothing about this one.
    expect(look(`无锡市新闻\n《${TITLE}》`)[0]![2]).toBe('sz|wx|cz');
  });

  it('are narrowed by a 文号 printed beside them, on either side', () => {
    expect(look(`《${TITLE}》(苏府〔2022〕33号)`)).toEqual([
      [`《${TITLE}》`, 'title', 'sz'],
      ['苏府〔2022〕33号', 'docNumber', 'sz'],
    ]);
    expect(look(`锡政发〔2021〕5号《${TITLE}》`)).toEqual([
      ['锡政发〔2021〕5号', 'docNumber', 'wx'],
      [`《${TITLE}》`, 'title', 'wx'],
    ]);
  });

  it('keep the choice the page made for later mentions, unless the context there names another', () => {
    expect(look(`无锡市人民政府印发《${TITLE}》。\n各单位要落实《${TITLE}》。\n另见苏州市《${TITLE}》`).map(([, , target]) => target)).toEqual(['wx', 'wx', 'sz']);
  });

  it('are not ours when the page names them as another place’s document', () => {
    expect(look(`杭州市${TITLE}`)).toEqual([]);
    expect(look(`杭州市《${TITLE}》`)).toEqual([]);
  });

  it('resolve to the document the page itself is', () => {
    expect(look(`《${TITLE}》`, { pageDocumentId: 'sz' })).toEqual([[`《${TITLE}》`, 'title', 'sz']]);
  });

  it('keep their candidates in a short form defined on the page, and clause mentions after them resolve to nothing', () => {
    const refs = look(`《${TITLE}》(以下简称《措施》)……《措施》第七条规定`);
    expect(refs.map(([text, kind, target]) => [text, kind, target])).toEqual([
      [`《${TITLE}》`, 'title', 'sz|wx|cz'],
      ['《措施》', 'alias', 'sz|wx|cz'],
      ['《措施》', 'alias', 'sz|wx|cz'],
    ]);
  });

  it('resolve clause mentions once the document is unambiguous and has the clause', () => {
    expect(look(`苏州市《${TITLE}》第七条`)).toEqual([
      [`《${TITLE}》`, 'title', 'sz'],
      ['第七条', 'clause', 'sz:第七条'],
    ]);
    // 常州's document has no 第七条 in the library: the mention names nothing.
    expect(look(`常州市《${TITLE}》第七条`)).toEqual([[`《${TITLE}》`, 'title', 'cz']]);
  });

  it('resolve self-references to the page’s own document if held, and to nothing otherwise', () => {
    expect(look('依照本办法第三条办理')).toEqual([]);
    expect(look('依照本办法第三条办理', { pageDocumentId: 'sz' })).toEqual([['第三条', 'clause', 'sz:第三条']]);
  });
});
