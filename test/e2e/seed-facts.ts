// What the end-to-end tests expect, written from reading seeds/ (and test/gold/related.json,
// itself written from the seeds), never read from the built corpus: a test that took its
// expectations from .output/chrome-mv3/corpus.json would pass whatever the build got wrong.

/** Titles as printed in the seeds: 000 in 繁體 as its text is, the others in 简体. */
export const TITLE = {
  '000': '中國(江蘇)自由貿易試驗區生物醫藥全產業鏈開放創新發展方案',
  '002-1': '苏州市生物医药产业创新集群建设实施方案',
  '002-2': '关于促进全省生物医药产业高质量发展的若干政策措施',
  '002-3': '关于加快推进苏州市生物医药产业高质量发展的若干措施',
  '003': '北京市生物医药全产业链开放实施方案',
  '004': '江苏省人民政府关于推动生物医药产业高质量发展的意见',
} as const;
export type DocId = keyof typeof TITLE;

/** 000's title in 简体, as search results and related lists show it. */
export const TITLE_000_SIMPLIFIED = '中国(江苏)自由贸易试验区生物医药全产业链开放创新发展方案';

export const LEVEL: Record<DocId, 'national' | 'provincial' | 'municipal'> = {
  '000': 'national',
  '002-1': 'municipal',
  '002-2': 'provincial',
  '002-3': 'municipal',
  '003': 'provincial',
  '004': 'provincial',
};

/** Numbered units per document, as listed clause by clause in test/unit/corpus/paths.test.ts. */
export const CLAUSE_COUNT: Record<DocId, number> = { '000': 27, '002-1': 67, '002-2': 39, '002-3': 30, '003': 24, '004': 23 };

/** Opening words of clause bodies (after the heading), copied from the seeds. */
export const CLAUSE_OPENING = {
  '000:二/(三)': '支持江蘇自貿試驗區符合條件的醫療機構建設國家臨床醫學研究中心',
  '000:六/(十六)': '支持研究制定生物醫藥領域數據出境負面清單',
  '002-3:第三章/第十三条': '加快推进生物医药产业“1+N”发展模式',
  '004:三/(一)': '鼓励以精准治疗和临床价值为导向的药物创新，突破先导化合物优化设计',
  '004:三/(三)': '指导企业按照国家政策和时限要求开展已上市仿制药质量和疗效一致性',
} as const;

/** Label and heading as printed in 004 (full-width brackets, heading up to its 。). */
export const HEADING_004 = {
  '三/(一)': { label: '（一）', heading: '突出原始创新，抢占产业发展制高点' },
  '三/(三)': { label: '（三）', heading: '推进一致性评价，提升仿制药质量和疗效' },
  '四/(三)': { label: '（三）', heading: '加强财政支持' },
} as const;

/** 002 #2: 「2021年11月1日起实施,有效期至2024年12月31日。」 */
export const VALIDITY_002_2 = { from: '2021-11-01', to: '2024-12-31' } as const;

/** The documents a related-list entry names, by the 简体 title it shows. */
export function docOfTitle(shown: string): DocId {
  const id = (Object.keys(TITLE) as DocId[]).find((d) => TITLE[d] === shown || (d === '000' && shown === TITLE_000_SIMPLIFIED));
  if (!id) throw new Error(`not a seed document title: ${shown}`);
  return id;
}

/**
 * 000's issuing notice (not a clause of the plan): 「請按照《國務院關于<…>的批復》(國函〔2025〕80號)有關要求」.
 * The library does not hold the approval; it knows it from this citation.
 */
export const APPROVAL_000 = { printed: '國函〔2025〕80號', docNumber: '国函〔2025〕80号' } as const;

/** 002-3's preamble implements the provincial opinions (004), named under a shortened issuer: */
export const CITED_IN_002_3_PREAMBLE = '《江苏省政府关于推动生物医药产业高质量发展的意见》';
