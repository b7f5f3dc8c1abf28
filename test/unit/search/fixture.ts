import type { Clause, PolicyDocument } from '../../../lib/corpus/schema';
import { makeDocument } from '../document-fixture';

/** A hand-made slice of the seed corpus (real sentences, shortened) for fast, focused tests. */
let order = 0;
function clause(documentId: string, path: string[], label: string, heading: string | null, text: string, departments: string[] = []): Clause {
  return { id: `${documentId}:${path.join('/')}`, documentId, path, label, heading, text, departments, order: order++, related: [] };
}

export const documents: PolicyDocument[] = [
  makeDocument({
    id: '000',
    title: '中國(江蘇)自由貿易試驗區生物醫藥全產業鏈開放創新發展方案',
    titleSimplified: '中国(江苏)自由贸易试验区生物医药全产业链开放创新发展方案',
    aliases: ['江蘇自貿試驗區'],
    docNumber: '商自貿發〔2025〕162號',
    issuers: ['商務部', '江蘇省人民政府'],
    level: 'national',
    region: '江苏',
    issued: '2025-08-25',
  }),
  makeDocument({
    id: '002-2',
    title: '关于促进全省生物医药产业高质量发展的若干政策措施',
    level: 'provincial',
    region: '江苏',
    effectiveFrom: '2021-11-01',
    effectiveTo: '2024-12-31',
  }),
  makeDocument({ id: '002-3', title: '关于加快推进苏州市生物医药产业高质量发展的若干措施', level: 'municipal', region: '苏州', validityNote: '有效期3年' }),
  makeDocument({ id: '003', title: '北京市生物医药全产业链开放实施方案', titleSource: 'public-reporting', level: 'provincial', region: '北京' }),
  makeDocument({
    id: '004',
    title: '江苏省人民政府关于推动生物医药产业高质量发展的意见',
    docNumber: '苏政发〔2018〕144号',
    issuers: ['江苏省人民政府'],
    level: 'provincial',
    region: '江苏',
    issued: '2018-12-01',
  }),
];

export const clauses: Clause[] = [
  clause('000', ['二'], '二、', '增強生物醫藥研發創新能力', ''),
  clause(
    '000',
    ['二', '(四)'],
    '(四)',
    '推動國際協同研發創新',
    '優化臨床試驗中涉及國際合作的人類遺傳資源活動審批程序,完善審批管理服務體系。支持國內高校與世界知名醫學院在江蘇自貿試驗區內開展醫學類高水平中外合作辦學。',
  ),
  clause('000', ['六', '(十六)'], '(十六)', '支持數據跨境流動', '支持研究制定生物醫藥領域數據出境負面清單。支持搭建數據出境安全公共服務平臺。'),
  clause(
    '002-2',
    ['7'],
    '7.',
    '加强药物临床研究和成果转化',
    '统筹全省临床研究资源,鼓励医疗机构开展新药临床研究,将临床研究纳入医疗机构绩效考核。对已取得临床试验机构资质的医院,可用于临床研究的床位数量不少于30张。',
    ['省卫生健康委', '省科技厅'],
  ),
  clause(
    '002-2',
    ['17'],
    '17.',
    '支持创新药品纳入医保使用',
    '积极推荐我省医药企业创新产品纳入国家医保药品目录,推动创新药成果转化。将符合条件的诊疗项目、医用耗材纳入医保支付范围。',
    ['省医保局', '省卫生健康委', '江苏银保监局'],
  ),
  clause(
    '002-3',
    ['第四章', '第十三条'],
    '第十三条',
    '产业化落地',
    '加快推进生物医药产业“1+N”发展模式,在各市、区优化布局各具特色的生物医药产业园。',
    ['市发改委', '市工信局'],
  ),
  clause(
    '002-3',
    ['第四章', '第十六条'],
    '第十六条',
    '国内市场',
    '积极争取将我市创新产品优先纳入医保目录,优化创新药品和高端医疗器械进入医院的招投标流程。',
    ['市医保局'],
  ),
  clause('003', ['二', '(十六)'], '(十六)', '全面加强审评审批和检验能力建设', '提升药品医疗器械审评审批效率,加强检验检测能力建设。'),
  clause('004', ['三', '(一)'], '(一)', '加强创新能力建设', '支持企业建设高水平研发机构,开展临床前研究和临床试验。'),
];
