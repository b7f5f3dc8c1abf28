/**
 * UI strings of the search view, to be merged into public/_locales/<locale>/messages.json.
 * Level names and 已失效 come from the keys the locales already hold (levelNational …,
 * validityExpired), so they are not repeated here.
 */
export const searchStrings = {
  zh_CN: {
    searchLabel: '搜索条款',
    searchPlaceholder: '输入条款内容、标题、文号或“第7条”',
    searchHint: '可输入简体或繁体、文号(如 苏政发〔2018〕144号)或条款位置(如 江苏 措施 第7条)。',
    searchResults: '搜索结果',
    searchNoResults: '没有找到匹配的条款',
    searchResultCount: '找到 $COUNT$ 条结果',
    searchFilters: '筛选',
    searchFilterLevel: '层级',
    searchFilterDocument: '文件',
    searchAllDocuments: '全部文件',
    searchFilterValidity: '效力',
    searchValidityAny: '全部',
    searchValidityInForce: '未失效',
    searchValidityExpired: '已失效',
    searchDirectHit: '直达',
  },
  zh_TW: {
    searchLabel: '搜尋條款',
    searchPlaceholder: '輸入條款內容、標題、文號或「第7條」',
    searchHint: '可輸入簡體或繁體、文號(如 蘇政發〔2018〕144號)或條款位置(如 江蘇 措施 第7條)。',
    searchResults: '搜尋結果',
    searchNoResults: '沒有找到相符的條款',
    searchResultCount: '找到 $COUNT$ 筆結果',
    searchFilters: '篩選',
    searchFilterLevel: '層級',
    searchFilterDocument: '文件',
    searchAllDocuments: '全部文件',
    searchFilterValidity: '效力',
    searchValidityAny: '全部',
    searchValidityInForce: '未失效',
    searchValidityExpired: '已失效',
    searchDirectHit: '直達',
  },
  en: {
    searchLabel: 'Search clauses',
    searchPlaceholder: 'Clause text, title, document no. or “第7条”',
    searchHint: 'Type in Simplified or Traditional Chinese, a document number (苏政发〔2018〕144号) or a clause position (江苏 措施 第7条).',
    searchResults: 'Search results',
    searchNoResults: 'No matching clause',
    searchResultCount: '$COUNT$ results',
    searchFilters: 'Filters',
    searchFilterLevel: 'Level',
    searchFilterDocument: 'Document',
    searchAllDocuments: 'All documents',
    searchFilterValidity: 'Validity',
    searchValidityAny: 'Any',
    searchValidityInForce: 'Not expired',
    searchValidityExpired: 'Expired',
    searchDirectHit: 'Direct match',
  },
} as const;

/** Keys the search view asks its `t` for: its own, plus the shared level and validity names. */
export type SearchStringKey =
  | keyof (typeof searchStrings)['en']
  | 'levelNational'
  | 'levelProvincial'
  | 'levelMunicipal'
  | 'validityExpired';

/**
 * `$COUNT$` follows chrome.i18n's named-placeholder syntax; in messages.json it needs
 * `"placeholders": { "count": { "content": "$1" } }`.
 */
export const SEARCH_PLACEHOLDERS = { searchResultCount: { count: { content: '$1' } } } as const;
