import type { Level } from './schema';

/**
 * Level and region inferred from who issued a document (国务院, 部委 → national; 省, 自治区,
 * 直辖市 → provincial; 市, 州 → municipal). An inference, never a stated fact: callers mark
 * it as inferred and let the user correct it. Jointly issued documents take the highest level
 * and the region of the local co-issuer (商务部 with 江苏省人民政府: national, 江苏).
 */
export interface InferredPlace {
  level: Level;
  region: string | null;
  /** The names the inference was read from. */
  from: string[];
}

const MUNICIPALITIES = ['北京', '上海', '天津', '重庆'];
// The 市 of 市场 (国家市场监督管理总局, 市场监管局) names no city.
const LOCAL = /省|市(?!场)|自治区|州|县|区/;
const NATIONAL = /^(国务院|中共中央|全国人民代表大会|全国人大|国家|中国人民银行|海关总署|.{1,10}部$|.{1,12}(总局|委员会|监管局|管理局|署)$)/;
const RANK: Record<Level, number> = { national: 0, provincial: 1, municipal: 2 };

/** A national body's local branch (国家税务总局江苏省税务局, 中国人民银行苏州市分行): the place after it. */
const NATIONAL_BRANCH = /^(国家.{1,10}?总局|中国人民银行|海关总署)(.+)$/;

function placeOf(name: string): { level: Level; region: string | null } | null {
  const branch = NATIONAL_BRANCH.exec(name);
  const local = branch && placeOf(branch[2]!);
  if (local) return local;
  const city = MUNICIPALITIES.find((m) => name.startsWith(`${m}市`));
  if (city) return { level: 'provincial', region: city };
  const province = /^(.{2,8}?)(省|自治区)/.exec(name);
  if (province) return { level: 'provincial', region: province[1]! };
  const municipal = /^(.{2,8}?)(市(?!场)|自治州|州)/.exec(name);
  if (municipal) return { level: 'municipal', region: municipal[1]! };
  if (!LOCAL.test(name) && NATIONAL.test(name)) return { level: 'national', region: null };
  return null;
}

export function inferPlace(names: readonly string[]): InferredPlace | null {
  const places = names.flatMap((name) => {
    const place = placeOf(name);
    return place ? [{ ...place, name }] : [];
  });
  if (places.length === 0) return null;
  // Stryker disable next-line EqualityOperator: `<=` differs only on equal ranks, where both sides are the same level.
  const level = places.reduce((best, p) => (RANK[p.level] < RANK[best] ? p.level : best), places[0]!.level);
  const region = places.find((p) => p.level === level && p.region)?.region ?? places.find((p) => p.region)?.region ?? null;
  return { level, region, from: places.map((p) => p.name) };
}
