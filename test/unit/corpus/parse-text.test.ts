import { beforeEach, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../lib/corpus/build';
import { inferPlace } from '../../../lib/corpus/classify';
import { parsePolicyText } from '../../../lib/corpus/parse-text';
import { readSeeds } from '../../../scripts/seeds';

const parse = (text: string, kind: 'text' | 'pdf' = 'text') => parsePolicyText(text, { id: 'u1', source: 'fixture.txt', kind });
const paths = (text: string) => parse(text).clauses.map((c) => c.path.join('/'));

// Written by hand in the layouts GB/T 9704 describes and reprints bend.
const REGULATION = `苏州市生物医药产业园区管理办法
苏府规〔2024〕3号
各市、区人民政府，苏州工业园区、苏州高新区管委会；市各委办局，各直属单位：
第一章 总则
第一条 为规范园区管理，制定本办法。
第二条 本办法适用于本市行政区域内的生物医药产业园区。
园区管理机构负责日常运营。
第三条 园区应当符合下列条件：
本市园区的认定按以下规定执行。
园区认定应当具备下列条件：
（一）产业定位清晰；
（二）配套设施完善。
第二章 支持措施
第一节 资金支持
第四条 设立专项资金。
第二节 人才支持
第五条 引进高层次人才。
第三章 附则
第六条 本办法自2024年3月1日起施行，有效期至2029年2月28日。
苏州市人民政府
2024年2月1日
（此件公开发布）
附件1
园区认定标准
1. 占地面积不少于500亩。
2. 入驻企业不少于20家。
附件2
申报表`;

describe('general parser: numbering styles', () => {
  it('reads 第X章 / 第X节 / 第X条 with 项 (一) inside an article', () => {
    expect(paths(REGULATION)).toEqual([
      '第一章', '第一章/第一条', '第一章/第二条', '第一章/第三条', '第一章/第三条/(一)', '第一章/第三条/(二)',
      '第二章', '第二章/第一节', '第二章/第一节/第四条', '第二章/第二节', '第二章/第二节/第五条',
      '第三章', '第三章/第六条',
      '附件1', '附件1/1', '附件1/2', '附件2',
    ]);
  });

  it('keeps the 款 of an article as its paragraphs, so 第三条第二款 is the second one', () => {
    const article = parse(REGULATION).clauses.find((c) => c.path.at(-1) === '第三条')!;
    expect(article.text.split('\n')[1]).toBe('本市园区的认定按以下规定执行。');
    const second = parse(REGULATION).clauses.find((c) => c.path.at(-1) === '第二条')!;
    expect(second.text.split('\n')).toEqual(['本办法适用于本市行政区域内的生物医药产业园区。', '园区管理机构负责日常运营。']);
  });

  it('reads 第X编 above chapters', () => {
    expect(paths('某某产业促进条例\n第一编 总则\n第一章 一般规定\n第一条 甲。\n第二编 分则\n第二章 乙\n第二条 乙。')).toEqual([
      '第一编', '第一编/第一章', '第一编/第一章/第一条', '第二编', '第二编/第二章', '第二编/第二章/第二条',
    ]);
  });

  it('nests 一、 → （一） → 1. / 1、 / 1． → （1） / (1) → ①', () => {
    const text = ['关于推进某某工作的实施方案', '一、总体要求', '（一）指导思想。坚持创新。', '1．加快研发。推进。', '（1）建设平台。支持。', '①设立基金。', '②引进人才。', '(2)完善配套。', '2、强化保障。', '3.优化服务。', '(二)基本原则。', '二、主要任务', '(一)任务一。'].join('\n');
    expect(paths(text)).toEqual(['一', '一/(一)', '一/(一)/1', '一/(一)/1/(1)', '一/(一)/1/(1)/①', '一/(一)/1/(1)/②', '一/(一)/1/(2)', '一/(一)/2', '一/(一)/3', '一/(二)', '二', '二/(一)']);
    const circled = parse(text).clauses.find((c) => c.label === '①')!;
    expect(circled.text).toBe('设立基金。');
  });

  it('takes a heading that ends at the first 。 or stands on its own line', () => {
    const clauses = parse('关于某某的意见\n一、总体要求\n坚持创新引领。\n二、支持研发。对新药给予奖励。').clauses;
    expect(clauses.map((c) => c.heading)).toEqual(['总体要求', '支持研发']);
  });

  it('reads 责任单位 / 责任部门 parentheses as departments', () => {
    const clauses = parse('关于某某的若干措施\n1.支持研发。给予奖励。（责任单位：市科技局、市财政局）\n2.加强保障。落实资金。〔责任部门:市发改委〕').clauses;
    expect(clauses.map((c) => c.departments)).toEqual([['市科技局', '市财政局'], ['市发改委']]);
  });
});

describe('general parser: header facts from the text only', () => {
  // Parsed in each test, not once while the file loads: a mutation test turns its mutant on
  // only once tests start, so a parse done at load would never see it.
  let parsed: ReturnType<typeof parse>;
  beforeEach(() => {
    parsed = parse(REGULATION);
  });

  it('reads title, 文号, 落款 issuer and 成文日期', () => {
    expect(parsed.document).toMatchObject({ title: '苏州市生物医药产业园区管理办法', docNumber: '苏府规〔2024〕3号', issuers: ['苏州市人民政府'], issued: '2024-02-01' });
  });

  it('reads 施行 and 有效期 sentences', () => {
    expect(parsed.document).toMatchObject({ effectiveFrom: '2024-03-01', effectiveTo: '2029-02-28' });
    const relative = parse('关于某某的若干措施\n1.甲。\n2.本措施自印发之日起施行，有效期3年。\n某某市人民政府\n2023年5月6日').document;
    expect(relative).toMatchObject({ effectiveFrom: null, effectiveTo: null, validityNote: '自印发之日起施行，有效期3年', issued: '2023-05-06' });
  });

  it('keeps the addressees and the (此件公开发布) note out of the clauses', () => {
    expect(parsed.clauses.some((c) => /各市、区人民政府|此件公开发布/.test(c.text))).toBe(false);
  });

  it('infers level and region from the issuer and marks them as inferred', () => {
    expect(parsed.document).toMatchObject({ level: 'municipal', region: '苏州' });
    expect(parsed.inferred).toEqual(['level', 'region']);
    expect(parsed.quality.some((q) => q.kind === 'inferred' && q.message.includes('苏州市人民政府'))).toBe(true);
    expect(inferPlace(['国务院'])).toMatchObject({ level: 'national' });
    expect(inferPlace(['北京市人民政府'])).toMatchObject({ level: 'provincial', region: '北京' });
    expect(inferPlace(['江苏省人民政府'])).toMatchObject({ level: 'provincial', region: '江苏' });
    expect(inferPlace(['商务部', '江苏省人民政府'])).toMatchObject({ level: 'national', region: '江苏' });
    expect(inferPlace(['某某研究会'])).toBeNull();
  });

  it('leaves unknown what the text does not state', () => {
    const bare = parse('一、甲。乙。\n二、丙。丁。');
    expect(bare.document).toMatchObject({ docNumber: null, issuers: [], issued: null, level: null, region: null });
    expect(bare.quality.filter((q) => q.kind === 'flagged').map((q) => q.message).join(' ')).toMatch(/title.*文号.*issuer/s);
  });

  it('tells the issuing notice apart from the document it carries', () => {
    const text = [
      '江苏省人民政府办公厅关于印发江苏省促进某某产业发展行动计划的通知',
      '苏政办发〔2023〕12号',
      '各市、县（市、区）人民政府，省各委办厅局：',
      '《江苏省促进某某产业发展行动计划》已经省人民政府同意，现印发给你们，请认真贯彻落实。',
      '江苏省人民政府办公厅',
      '2023年3月8日',
      '（此件公开发布）',
      '江苏省促进某某产业发展行动计划',
      '为贯彻落实《国务院关于某某的意见》（国发〔2022〕5号），制定本计划。',
      '一、总体目标',
      '到2025年，产业规模突破千亿元。',
      '二、重点任务',
      '（一）强化创新。建设平台。',
    ].join('\n');
    const notice = parse(text);
    expect(notice.document).toMatchObject({ title: '江苏省促进某某产业发展行动计划', docNumber: '苏政办发〔2023〕12号', issuers: ['江苏省人民政府办公厅'], issued: '2023-03-08', level: 'provincial', region: '江苏' });
    expect(notice.clauses.map((c) => c.path.join('/'))).toEqual(['序言', '一', '二', '二/(一)']);
    expect(notice.clauses.some((c) => c.text.includes('现印发给你们'))).toBe(false);
    // The preamble's citation becomes an 上位 relation.
    expect(notice.relations).toContainEqual(expect.objectContaining({ from: 'u1', kind: 'implements', to: 'cited:国发〔2022〕5号' }));
  });

  it('reads the fields a government page prints (发文字号：, 成文日期：, 发布日期：)', () => {
    const page = parse('索引号：014000319/2022-00123\n发文字号：苏府〔2022〕33号\n成文日期：2022-05-19\n发布日期：2022年05月23日\n苏州市生物医药产业创新集群建设实施方案\n一、总体要求\n（一）目标。到2025年。');
    expect(page.document).toMatchObject({ title: '苏州市生物医药产业创新集群建设实施方案', docNumber: '苏府〔2022〕33号', issued: '2022-05-19', published: '2022-05-23' });
  });

  it('warns when there is no numbered structure and keeps the text as one unit', () => {
    const flat = parse('关于某某工作的通知\n请各单位认真做好某某工作。\n某某市人民政府\n2024年1月2日');
    expect(flat.structured).toBe(false);
    expect(flat.clauses.map((c) => c.path)).toEqual([['序言']]);
  });
});

describe('seeds through the general parser', () => {
  const seeds = readSeeds();
  const pinned = buildCorpus(seeds);
  const file = (prefix: string) => Object.keys(seeds).find((f) => f.startsWith(prefix))!;
  const pinnedPaths = (id: string) => pinned.clauses.filter((c) => c.documentId === id).map((c) => c.path.join('/'));

  it('004 (PDF text): same facts and the pinned paths', () => {
    const parsed = parsePolicyText(seeds[file('004_')]!, { id: '004', source: 'x', kind: 'pdf' });
    const doc = pinned.documents.find((d) => d.id === '004')!;
    expect(parsed.document).toMatchObject({ title: doc.title, docNumber: doc.docNumber, issuers: doc.issuers, issued: doc.issued, level: doc.level, region: doc.region });
    expect(parsed.clauses.map((c) => c.path.join('/'))).toEqual(pinnedPaths('004'));
    expect(parsed.clauses.map((c) => c.text)).toEqual(pinned.clauses.filter((c) => c.documentId === '004').map((c) => c.text));
  });

  it('000 (notice carrying the plan): the plan, the notice facts and the pinned paths', () => {
    const parsed = parsePolicyText(seeds[file('000_')]!, { id: '000', source: 'x', kind: 'text' });
    const doc = pinned.documents.find((d) => d.id === '000')!;
    expect(parsed.document).toMatchObject({ title: doc.title, docNumber: doc.docNumber, issuers: doc.issuers, issued: doc.issued, level: doc.level, region: doc.region, abridged: true });
    expect(parsed.clauses.map((c) => c.path.join('/'))).toEqual(pinnedPaths('000'));
  });
});

describe('page titles', () => {
  it('lose the site name a page appends, and only that', async () => {
    const { cleanPageTitle } = await import('../../../lib/corpus/header');
    expect(cleanPageTitle('苏州市促进临床试验发展的若干措施_苏州市人民政府')).toBe('苏州市促进临床试验发展的若干措施');
    expect(cleanPageTitle('国务院关于某某的意见 - 中国政府网')).toBe('国务院关于某某的意见');
    expect(cleanPageTitle('关于印发《2024—2026年行动方案》的通知')).toBe('关于印发《2024—2026年行动方案》的通知');
  });
});

describe('PDF font damage', () => {
  it('reads Kangxi radicals as the ideographs they stand for, and reports it', () => {
    const parsed = parse('⼯业和信息化部关于⽀持⽣物医药发展的通知\n一、⽀持研发。加快。', 'pdf');
    expect(parsed.document.title).toBe('工业和信息化部关于支持生物医药发展的通知');
    expect(parsed.quality.some((q) => q.kind === 'repaired' && q.message.startsWith('4 Kangxi'))).toBe(true);
  });
});
