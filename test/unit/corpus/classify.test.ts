// Level and region of a user-added document, inferred from its issuers (lib/corpus/classify.ts):
// what the library shows as 国家/省/市 and the region filter uses, until the user corrects it.
import { describe, expect, it } from 'vitest';
import { inferPlace } from '../../../lib/corpus/classify';

describe('a jointly issued document', () => {
  it('takes the level of its highest issuer, whichever is named first', () => {
    expect(inferPlace(['江苏省人民政府', '商务部'])).toMatchObject({ level: 'national' });
    expect(inferPlace(['苏州市人民政府', '江苏省人民政府'])).toMatchObject({ level: 'provincial' });
  });

  it('takes its region from the issuer at that level, not from the first one named', () => {
    expect(inferPlace(['苏州市人民政府', '江苏省人民政府'])).toEqual({ level: 'provincial', region: '江苏', from: ['苏州市人民政府', '江苏省人民政府'] });
    expect(inferPlace(['苏州市财政局', '国家发展和改革委员会'])).toEqual({ level: 'national', region: '苏州', from: ['苏州市财政局', '国家发展和改革委员会'] });
  });

  it('names only the issuers it could place', () => {
    expect(inferPlace(['某某研究会', '上海市人民政府'])).toEqual({ level: 'provincial', region: '上海', from: ['上海市人民政府'] });
  });
});

describe('a national body', () => {
  it('is national even when its name holds 市场 (the 市 names no city)', () => {
    expect(inferPlace(['国家市场监督管理总局'])).toEqual({ level: 'national', region: null, from: ['国家市场监督管理总局'] });
  });

  it("has its local branch placed where the branch is, not in a region called after the body", () => {
    expect(inferPlace(['国家税务总局江苏省税务局'])).toMatchObject({ level: 'provincial', region: '江苏' });
    expect(inferPlace(['中国人民银行苏州市分行'])).toMatchObject({ level: 'municipal', region: '苏州' });
  });

  it('at its headquarters stays national', () => {
    expect(inferPlace(['国家税务总局'])).toMatchObject({ level: 'national', region: null });
  });
});

describe('a city', () => {
  it('is still read from a 市场监管局 of its own', () => {
    expect(inferPlace(['苏州市市场监督管理局'])).toMatchObject({ level: 'municipal', region: '苏州' });
  });
});
