import { random } from '../../../lib/detect/syntheticPage';
import type { MatcherSource } from '../../../lib/detect/source';

/**
 * A library of synthetic documents built to collide: many cities publishing the same titles,
 * provincial 意见 whose shortened issuer (省政府关于…) they all share, generic short forms
 * (若干措施, 实施方案) and shared specific ones, 文号 with the same year and serial under other
 * issuers, and stock clause headings. Deterministic. It never reuses a title or 文号 that the
 * labelled pages name, so their labels stay true with it loaded; precision must hold.
 */
const CITIES = ['无锡', '常州', '南通', '扬州', '镇江', '泰州', '盐城', '淮安', '宿迁', '连云港', '徐州', '杭州', '宁波', '温州', '嘉兴', '湖州', '绍兴', '金华', '合肥', '芜湖', '成都', '武汉', '广州', '深圳', '青岛', '济南', '郑州', '长沙', '西安', '厦门', '福州', '南昌', '昆明', '贵阳', '南宁', '太原', '石家庄', '沈阳', '大连', '长春', '哈尔滨', '兰州', '银川', '西宁', '海口', '珠海', '佛山', '东莞', '中山', '惠州'];
const PROVINCES = ['浙江', '安徽', '山东', '广东', '福建', '湖北', '湖南', '河南', '河北', '四川', '陕西', '辽宁', '吉林', '江西', '云南', '贵州', '山西', '甘肃', '海南', '青海'];
const INDUSTRIES = ['新材料', '集成电路', '人工智能', '新能源汽车', '高端装备', '软件和信息服务', '数字经济', '医疗器械', '生物制造', '现代农业', '文化旅游', '低空经济', '智能网联汽车', '氢能', '光伏', '现代物流', '纺织服装', '绿色建材', '海洋经济', '航空航天', '工业互联网', '新型储能', '电子信息', '食品', '节能环保', '跨境电商', '会展', '金融科技', '机器人', '中医药', '健康养老', '化妆品', '细胞治疗', '基因检测', '医疗健康'];
const HEADINGS = ['总体要求', '主要目标', '重点任务', '保障措施', '加强组织领导', '加大资金支持', '强化人才支撑', '优化营商环境', '推动创新发展', '加强宣传引导', '完善工作机制', '强化督查考核'];
const NUMERALS = ['一', '二', '三', '四', '五', '六'];
const GENERIC_ALIASES = ['若干措施', '实施方案', '行动计划', '意见', '方案', '措施'];

export function syntheticLibrary(count: number, seed = 7): MatcherSource {
  const rand = random(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const documents: MatcherSource['documents'] = [];
  const clauses: MatcherSource['clauses'] = [];
  for (let n = 0; n < count; n++) {
    const id = `syn-${n}`;
    const city = pick(CITIES);
    const province = pick(PROVINCES);
    // A few industries also near the labelled pages' titles, never equal to one.
    const industry = n % 17 === 0 ? '生物医药' : pick(INDUSTRIES);
    const patterns: [string, string, string[]][] = [
      [`关于促进${industry === '生物医药' ? '生物医药产业创新' : `${industry}产业高质量`}发展的若干措施`, city, [`${city}市人民政府`]],
      [`${city}市${industry}产业创新集群建设实施方案`, city, [`${city}市人民政府`]],
      [`${province}省人民政府关于推动${industry}产业高质量发展的意见`, province, [`${province}省人民政府`]],
      [`关于加快推进${city}市${industry}产业高质量发展的若干措施`, city, [`${city}市人民政府`]],
      [`${city}市${industry}产业三年行动计划(2024~2026)`, city, [`${city}市人民政府`]],
    ];
    // 生物医药 titles only in forms the labelled pages never print (they name other cities' 若干措施 as near misses).
    const [title, region, issuers] = industry === '生物医药' ? patterns[rand() < 0.5 ? 0 : 4]! : pick(patterns);
    const aliases = [pick(GENERIC_ALIASES)];
    if (rand() < 0.3) aliases.push(rand() < 0.5 ? `${industry}十条` : `${city}${industry}十条`);
    // 文号: year and serial often equal to a held document's, under another issuer.
    const year = rand() < 0.1 ? pick([2018, 2025]) : 2010 + Math.floor(rand() * 8);
    const serial = rand() < 0.1 ? pick([144, 162, 80]) : 1 + Math.floor(rand() * 200);
    const issuer = `${city.slice(0, 1) === '苏' ? '吴' : city.slice(0, 1)}${pick(['政发', '政办发', '府'])}`;
    const docNumber = rand() < 0.7 ? `${issuer}〔${year}〕${serial}号` : null;
    documents.push({ id, title, titleSimplified: title, aliases, docNumber, issuers, region });
    for (let k = 0; k < 4; k++) {
      const label = `(${NUMERALS[k]})`;
      clauses.push({ id: `${id}:${NUMERALS[k]}/${label}`, documentId: id, path: [NUMERALS[k]!, label], label, heading: pick(HEADINGS) });
    }
  }
  return { documents, cited: [], clauses };
}

/** Two sources as one library. */
export function mergeSources(a: MatcherSource, b: MatcherSource): MatcherSource {
  return { documents: [...a.documents, ...b.documents], cited: [...a.cited, ...b.cited], clauses: [...a.clauses, ...b.clauses] };
}
