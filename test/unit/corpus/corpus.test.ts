import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../lib/corpus/build';
import { CorpusSchema } from '../../../lib/corpus/schema';
import { describeZodError } from '../../../lib/zod-issues';
import { readSeeds, seedText } from '../../../scripts/seeds';

const seeds = readSeeds();
const corpus = buildCorpus(seeds);
const doc = (id: string) => corpus.documents.find((d) => d.id === id)!;
const clause = (id: string) => {
  const found = corpus.clauses.find((c) => c.id === id);
  if (!found) throw new Error(`no clause ${id}`);
  return found;
};
const clausesOf = (id: string) => corpus.clauses.filter((c) => c.documentId === id);

describe('the corpus file', () => {
  it('validates against the published schema', () => {
    const parsed = CorpusSchema.safeParse(corpus);
    expect(parsed.success ? '' : describeZodError(parsed.error)).toBe('');
  });

  it('rejects a malformed corpus and names the zod path of the problem', () => {
    const badLevel = structuredClone(corpus);
    (badLevel.documents[1] as { level: string }).level = 'county';
    const parsedLevel = CorpusSchema.safeParse(badLevel);
    expect(parsedLevel.success).toBe(false);
    expect(describeZodError(parsedLevel.error!)).toMatch(/^documents\.1\.level: /);

    const orphan = structuredClone(corpus);
    orphan.clauses[3]!.documentId = '999';
    const parsedOrphan = CorpusSchema.safeParse(orphan);
    expect(parsedOrphan.success).toBe(false);
    expect(describeZodError(parsedOrphan.error!)).toContain('clauses.3.documentId: unknown document 999');
  });

  it('is versioned by content: same seeds give the same version, a changed seed another', () => {
    expect(buildCorpus(readSeeds()).version).toBe(corpus.version);
    expect(corpus.version).toMatch(/^[0-9a-f]{16,}$/);
    const changed = { ...seeds };
    const key = Object.keys(changed).find((f) => f.startsWith('003_'))!;
    changed[key] = changed[key]!.replace('扩大市场准入', '扩大市场准人');
    expect(buildCorpus(changed).version).not.toBe(corpus.version);
  });

  it('leaves related measures empty for the related-clauses step', () => {
    expect(corpus.clauses.every((c) => c.related.length === 0)).toBe(true);
  });
});

describe('document metadata, only as the texts state it', () => {
  it('000: the plan in 繁體 with its notice, merged with 001', () => {
    expect(doc('000')).toMatchObject({
      title: '中國(江蘇)自由貿易試驗區生物醫藥全產業鏈開放創新發展方案',
      titleSimplified: '中国(江苏)自由贸易试验区生物医药全产业链开放创新发展方案',
      titleSource: 'text',
      docNumber: '商自貿發〔2025〕162號',
      issuers: ['商务部', '江苏省人民政府'],
      level: 'national',
      region: '江苏',
      issued: '2025-08-25',
      published: '2025-08-27',
      effectiveFrom: null,
      effectiveTo: null,
      abridged: true,
    });
    expect(doc('000').sources.map((s) => s.file.slice(0, 3))).toEqual(['000', '001']);
  });

  it('000: the English summary maps Group 1–7 to sections 一–七 and Group 8 to the closing paragraph', () => {
    const groups = doc('000').summary!.groups.filter((g) => g.label.startsWith('Group'));
    expect(groups).toHaveLength(8);
    expect(groups.map((g) => g.sections)).toEqual([[['一']], [['二']], [['三']], [['四']], [['五']], [['六']], [['七']], [['结语']]]);
    expect(groups[7]!.label).toBe('Group 8: Collaborative Implementation');
    expect(groups[7]!.text).toContain('Jiangsu Provincial Government is responsible for implementing the plan');
    expect(doc('000').summary!.lang).toBe('en');
  });

  it('002: three documents split from the search-results page, level and region from their tags', () => {
    expect(['002-1', '002-2', '002-3'].map((id) => [doc(id).title, doc(id).level, doc(id).region])).toEqual([
      ['苏州市生物医药产业创新集群建设实施方案', 'municipal', '苏州'],
      ['关于促进全省生物医药产业高质量发展的若干政策措施', 'provincial', '江苏'],
      ['关于加快推进苏州市生物医药产业高质量发展的若干措施', 'municipal', '苏州'],
    ]);
    for (const id of ['002-1', '002-2', '002-3']) {
      expect(doc(id)).toMatchObject({ docNumber: null, issuers: [], issued: null, titleSource: 'text' });
      expect(doc(id).sources[0]!.file).toMatch(/^002_/);
    }
  });

  it('002-2 is in force from 2021-11-01 to 2024-12-31', () => {
    expect(doc('002-2')).toMatchObject({ effectiveFrom: '2021-11-01', effectiveTo: '2024-12-31' });
  });

  it('002-3 is valid 3 years from an issue date the text does not give', () => {
    expect(doc('002-3')).toMatchObject({ effectiveFrom: null, effectiveTo: null, validityNote: '自印发之日起实施,有效期3年' });
  });

  it('003: titled from public reporting, with no 文号 and no dates', () => {
    expect(doc('003')).toMatchObject({
      title: '北京市生物医药全产业链开放实施方案',
      titleSource: 'public-reporting',
      docNumber: null,
      issued: null,
      level: 'provincial',
      region: '北京',
    });
    expect(corpus.quality).toContainEqual(expect.objectContaining({ documentId: '003', kind: 'inferred', message: expect.stringContaining('Public reporting') }));
  });

  it('004: title joined across the PDF line break, 文号, issuer and date', () => {
    expect(doc('004')).toMatchObject({
      title: '江苏省人民政府关于推动生物医药产业高质量发展的意见',
      docNumber: '苏政发〔2018〕144号',
      issuers: ['江苏省人民政府'],
      issued: '2018-12-01',
      level: 'provincial',
      region: '江苏',
    });
  });
});

describe('clause texts', () => {
  it('000: first and last clauses are exact, in 繁體', () => {
    const clauses = clausesOf('000');
    expect(clauses[0]!.text).toBe('為全面實施自由貿易試驗區提升戰略,支持中國(江蘇)自由貿易試驗區(以下簡稱江蘇自貿試驗區)生物醫藥全產業鏈開放創新發展,制定本方案。');
    expect(clauses.at(-1)!.text).toBe(
      '在黨中央集中統一領導下,江蘇省人民政府要切實履行主體責任,制定專項方案,加快推進各項任務落地實施,加強協同監管,強化重點領域風險防控。國務院有關部門要按照職責分工積極給予支持,加強指導服務,形成工作合力。商務部要發揮好統籌協調作用,充分調動地方和部門積極性,抓好重點改革試點任務落實。需調整現行法律或行政法規的,按法定程序辦理。重大事項及時按程序請示報告。',
    );
    expect(clauses.at(-1)!.text).not.toContain('本文有刪減');
  });

  it('000: a run-in unit keeps heading and body; its heading is the first phrase', () => {
    const c = clause('000:七/(十八)');
    expect(c.heading).toBe('對標國際先進水平加強監管能力建設');
    expect(c.text).toBe('對標國際先進水平加強監管能力建設。支持對標國際人用藥品監管協調組織、國際藥品檢查合作計劃等國際監管協調機制,率先提升藥品和醫療器械國際化監管能力。加強藥品和醫療器械監管隊伍和能力建設。加強與主要貿易伙伴藥品監管交流合作。');
  });

  it('000: the unnumbered 總體要求 section is addressable with its own paragraphs', () => {
    const c = clause('000:一');
    expect(c.label).toBe('一、');
    expect(c.heading).toBe('總體要求');
    expect(c.text.split('\n')).toHaveLength(3);
    expect(c.text.split('\n')[1]).toMatch(/^以習近平新時代中國特色社會主義思想為指導/);
  });

  it('000: the GBK mojibake is repaired in the text and reported with before and after', () => {
    expect(clause('000:一').text).toContain('江蘇自貿試驗區生物醫藥產業規模快速增長,創新生態持續優化');
    expect(corpus.clauses.some((c) => c.text.includes('焖僭鲩'))).toBe(false);
    expect(corpus.quality).toContainEqual(expect.objectContaining({ documentId: '000', clauseId: '000:一', kind: 'repaired', before: '規?焖僭鲩L', after: '規模快速增長' }));
  });

  it('every paragraph of 000 is in the seed (after the one repair)', () => {
    const seed = seedText('000_').replace('規?焖僭鲩L', '規模快速增長');
    for (const c of clausesOf('000')) for (const p of c.text.split('\n')) expect(seed).toContain(p);
  });

  it('002-1: first and last clauses are exact', () => {
    const clauses = clausesOf('002-1');
    expect(clauses[0]!.text).toBe(
      '为贯彻落实《苏州市推进数字经济时代产业创新集群发展的指导意见》《苏州市推进数字经济时代产业创新集群建设2025行动计划》文件精神,加快推进《苏州市生物医药及健康产业强链补链三年行动计划(2021~2023)》,高水平构建具有苏州特色的生物医药产业创新集群,制定以下工作方案。',
    );
    expect(clauses.at(-1)!.id).toBe('002-1:五/(三)');
    expect(clauses.at(-1)!.text).toBe('营造发展氛围。加强宣传引导,加大对苏州生物医药产业创新集群重大科技创新成果、典型创新企业和人才团队的宣传力度,营造浓厚的创新发展氛围,引导各类主体积极参与全市生物医药产业创新集群建设。');
  });

  it('002-1: the restarted (一) under 四 holds tasks 1–6, the one under 三 holds none', () => {
    expect(clause('002-1:三/(一)').heading).toBe('创新医药');
    expect(clause('002-1:四/(一)').heading).toBe('数字技术融合工程');
    expect(clause('002-1:四/(一)/1').heading).toBe('促进数字技术赋能全产业链');
    expect(clause('002-1:四/(十)/40').text).toMatch(/^支持载体园区发展。持续开展苏州市医药产业园区认定/);
  });

  it('002-2: first and last clauses are exact; the closing paragraph is not part of item 30', () => {
    const clauses = clausesOf('002-2');
    expect(clauses[0]!.text).toBe('为深入贯彻党中央、国务院和省委、省政府相关决策部署,推动生物医药全产业链开放创新,抢占全球生物医药产业发展制高点,现就促进全省生物医药产业高质量发展提出如下政策措施。');
    expect(clauses.at(-1)!.text).toBe('本政策措施自2021年11月1日起实施,有效期至2024年12月31日。如本政策措施与我省其他同类政策意见有重复的,按照“从优、就高、不重复”的原则予以支持。');
    expect(clause('002-2:七/30').text).toMatch(/各设区市政府\)$/);
  });

  it('002-3: first and last clauses are exact; articles keep their unnumbered paragraphs', () => {
    const clauses = clausesOf('002-3');
    expect(clauses[0]!.text).toBe(
      '为贯彻落实《江苏省政府关于推动生物医药产业高质量发展的意见》《关于加快推进苏州市生物医药产业集聚发展的指导意见》等政策文件精神,聚力培育先导产业,推动生物医药产业高质量发展,打造国际知名、国内一流的生物医药产业高地,特制定本文件。',
    );
    expect(clauses.at(-1)!.text).toBe(
      '附 则\n本文件自印发之日起实施,有效期3年,实施期间如遇国家、省、市有关政策规定调整的,可进行相应调整。除特殊说明外,本文件所支持的项目认定时限均为2019年1月1日以后。其他未尽事宜由苏州市推进生物医药产业集聚发展领导小组办公室负责解释。',
    );
    expect(clause('002-3:第一章/第一条').heading).toBe('适用范围');
    expect(clause('002-3:第二章/第六条').text.split('\n')).toHaveLength(2);
    expect(clause('002-3:第二章/第六条').text.split('\n')[1]).toMatch(/^对开展临床试验并在我市转化/);
  });

  it('every paragraph of 002 and 003 is in the seed as printed', () => {
    const seed002 = seedText('002_');
    const seed003 = seedText('003_');
    for (const c of corpus.clauses) {
      const seed = c.documentId.startsWith('002') ? seed002 : c.documentId === '003' ? seed003 : null;
      if (seed) for (const p of c.text.split('\n')) expect(seed).toContain(p);
    }
  });

  it('003: first and last clauses are exact, the stray | removed', () => {
    const clauses = clausesOf('003');
    expect(clauses[0]!.text).toMatch(/^生物医药是生命科学和生物技术领域全球激烈竞争的焦点,/);
    expect(clauses[0]!.text).toMatch(/推动本市生物医药产业高质量发展迈上更高台阶,制定本方案。$/);
    const last = clauses.at(-1)!;
    expect(last.id).toBe('003:三');
    expect(last.heading).toBe('组织实施');
    expect(last.text).toMatch(/^组织实施\n各区、各有关部门要提高思想认识,/);
    expect(last.text).toMatch(/原则上,仅涉及本市事权的改革措施于2022年12月31日前落地实施,涉及国家事权的改革措施按程序报批后实施。$/);
    expect(corpus.clauses.some((c) => c.text.includes('|'))).toBe(false);
  });

  it('003: headings on their own line; (六) heading split from the body it runs into, and noted', () => {
    expect(clause('003:二/(一)').heading).toBe('扩大市场准入');
    expect(clause('003:一/(一)').text).toMatch(/^指导思想\n坚持以习近平新时代/);
    const six = clause('003:二/(六)');
    expect(six.heading).toBe('实施揭榜挂帅打造安全稳定的生物医药产业链供应链');
    expect(six.text).toMatch(/^实施揭榜挂帅打造安全稳定的生物医药产业链供应链按照“需求导向、系统谋划/);
    expect(corpus.quality).toContainEqual(expect.objectContaining({ clauseId: '003:二/(六)', kind: 'inferred' }));
  });

  it('004: first and last clauses are exact, lines joined without spaces', () => {
    const clauses = clausesOf('004');
    expect(clauses[0]!.text).toBe(
      '生物医药产业是关系国计民生的重要产业，是现代产业体系中成长性最好、发展最为活跃的领域之一。经过多年努力，我省生物医药产业规模位居全国前列，骨干企业实力较强，平台体系基本健全，区域特色布局正在形成，综合创新能力优势明显。但面对全球生物医药发展态势和人民群众健康需求，我省生物医药产业原始创新能力不足，产业结构总体仍处中低端，企业市场竞争力不强。为加快生物医药产业高质量发展，特制定本意见。',
    );
    expect(clauses.at(-1)!.text).toBe(
      '鼓励创新国际化。\n贯彻实施“一带一路”战略，吸引和利用好国际科技创新资源，促进科技成果双向转移转化，提高产业集群外向度和国际化水平。鼓励具有国际化创新能力的生物医药企业通过股权合作、专利许可等方式，对来自全球的潜力创新项目或公司进行投资和孵化，开展国际同步研发，设立海外研究中心、生产基地和销售网络，加快融入国际市场。鼓励企业加大“引进来”力度，推动产业合作由加工制造环节向研发设计、市场营销、品牌培育等高附加值环节延伸。（责任部门：省商务厅、省发展改革委、省工业和信息化厅、省科技厅）',
    );
  });

  it('004: the line joining is reported on the first two lines, the after text being exactly those lines repaired', () => {
    const item = corpus.quality.find((q) => q.documentId === '004' && q.kind === 'repaired')!;
    expect(item.before!.split('\n')).toHaveLength(2);
    expect(item.after).toBe(item.before!.replace(/\s+/g, ''));
    expect(clausesOf('004')[0]!.text.startsWith(item.after!)).toBe(true);
  });

  it('004: no space next to a CJK character, no line break inside a paragraph, nothing lost', () => {
    const seedCompact = seedText('004_').replace(/\s+/g, '');
    for (const c of clausesOf('004')) {
      expect(c.text).not.toMatch(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef] | [\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u);
      // A paragraph break only after a heading; bodies are one paragraph each.
      expect(c.text.split('\n').length).toBeLessThanOrEqual(2);
      for (const p of c.text.split('\n')) expect(seedCompact).toContain(p.replace(/\s+/g, ''));
    }
    expect(clause('004:二').text).toContain('到2020年，全省生物医药产业产值超6000亿元。产业结构进一步优化，创新药物和高端医疗器械产值规模占比显著提高');
    expect(clause('004:二').text).toContain('千亿企业1家，200亿左右企业2家，100亿左右企业5家');
    expect(clause('004:三/(一)').heading).toBe('突出原始创新，抢占产业发展制高点');
  });
});

describe('departments', () => {
  it('003 (一): 涉及部委 and 市级部门, a merged office kept whole', () => {
    expect(clause('003:二/(一)').departments).toEqual(['国家发展改革委', '商务部', '国家卫生健康委', '科技部', '市发展改革委', '市商务局', '市卫生健康委', '市科委、中关村管委会']);
  });

  it('003 (八): a body named before the first role', () => {
    expect(clause('003:二/(八)').departments).toEqual(['国务院', '国家卫生健康委', '国家药监局', '市卫生健康委', '市医保局', '市药监局']);
  });

  it('002-2: 责任单位 in 〔〕 with a nested (), and in ()', () => {
    expect(clause('002-2:二/2').departments).toEqual(['省科技厅', '省委组织部(省人才办)', '省发展改革委', '省财政厅', '苏州市', '有关地方政府']);
    expect(clause('002-2:二/4').departments).toEqual(['省科技厅']);
  });

  it('002-3: 牵头单位 and 配合单位', () => {
    expect(clause('002-3:第三章/第十二条').departments).toEqual(['市市场监管局', '市行政审批局']);
  });

  it('004: 责任部门 split across a PDF line break', () => {
    expect(clause('004:三/(一)').departments).toEqual(['省科技厅', '省药监局', '省卫生健康委', '省中医药局', '省工业和信息化厅']);
  });

  it('sections and preambles carry no departments', () => {
    expect(clause('003:二').departments).toEqual([]);
    expect(clause('000:序言').departments).toEqual([]);
  });
});

describe('cited documents and relations', () => {
  it('000 cites the State Council approval by 文号 and title, from its notice', () => {
    const approval = corpus.cited.find((c) => c.docNumber === '国函〔2025〕80号');
    expect(approval).toMatchObject({
      title: '国务院关于<中国(江苏)自由贸易试验区生物医药全产业链开放创新发展方案>的批复',
      heldDocumentId: null,
      citedBy: [{ documentId: '000', clauseId: null }],
    });
    expect(corpus.relations).toContainEqual(expect.objectContaining({ from: '000', to: approval!.id, kind: 'cites' }));
  });

  it('002-3 cites 004 under a shortened issuer name, resolved to the held document; it implements it', () => {
    const cited = corpus.cited.find((c) => c.title === '江苏省政府关于推动生物医药产业高质量发展的意见');
    expect(cited).toMatchObject({ heldDocumentId: '004', citedBy: [{ documentId: '002-3', clauseId: '002-3:序言' }] });
    expect(corpus.relations).toContainEqual({ from: '002-3', to: '004', kind: 'implements', evidence: '为贯彻落实《江苏省政府关于推动生物医药产业高质量发展的意见》' });
  });

  it('titles not held are listed with the clause that cites them', () => {
    expect(corpus.cited.find((c) => c.title === '药物临床试验质量管理规范')).toMatchObject({ heldDocumentId: null, citedBy: [{ documentId: '002-1', clauseId: '002-1:四/(六)/23' }] });
    expect(corpus.cited.find((c) => c.title === '中国药品目录集')?.citedBy).toEqual([{ documentId: '004', clauseId: '004:四/(五)' }]);
  });

  it('a document naming itself is not a citation: 000 in its notice, 002-1 as 《方案》', () => {
    expect(corpus.cited.some((c) => c.title === '中国(江苏)自由贸易试验区生物医药全产业链开放创新发展方案')).toBe(false);
    expect(corpus.cited.some((c) => c.title === '方案')).toBe(false);
    expect(doc('002-1').aliases).toEqual(['方案']);
  });

  it('every relation starts at a held document and ends at a held or cited one', () => {
    const ids = new Set([...corpus.documents.map((d) => d.id), ...corpus.cited.map((c) => c.id)]);
    for (const r of corpus.relations) {
      expect(ids.has(r.from) && ids.has(r.to)).toBe(true);
      expect(r.evidence.length).toBeGreaterThan(0);
    }
  });
});
