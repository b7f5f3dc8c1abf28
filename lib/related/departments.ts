import { foldKey } from '../text/fold';

/**
 * Departments at different levels carry the same function under a level prefix: 国家药监局,
 * 省药监局, 市药监局 are one line of responsibility. Comparing the function key is what lets a
 * national clause and a municipal clause share a department.
 */
const LEVEL_PREFIX = /^(?:国家|中国|省|市|江苏省?|北京市?|苏州市?|南京)/;

export function departmentKey(name: string): string {
  return foldKey(name)
    .replace(/等$/, '')
    // Brackets are half-width once folded: 省委组织部(省人才办) → 省委组织部.
    .replace(/\(.*$/, '')
    .replace(LEVEL_PREFIX, '');
}

export function departmentKeys(departments: readonly string[]): Set<string> {
  return new Set(departments.map(departmentKey).filter((k) => k.length >= 2));
}

/** Rarer departments say more: one named on every clause (科技厅) links little. */
export function departmentIdf(all: readonly Set<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const keys of all) for (const k of keys) df.set(k, (df.get(k) ?? 0) + 1);
  return new Map([...df].map(([k, c]) => [k, Math.log((all.length + 1) / c)]));
}

/** IDF-weighted share of the smaller department list that the other also names, and the shared functions. */
export function departmentOverlap(a: Set<string>, b: Set<string>, idf: Map<string, number>): { share: number; shared: string[] } {
  if (a.size === 0 || b.size === 0) return { share: 0, shared: [] };
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let weight = 0;
  let total = 0;
  const shared: string[] = [];
  for (const key of small) {
    const w = idf.get(key) ?? 0;
    total += w;
    if (large.has(key)) {
      weight += w;
      shared.push(key);
    }
  }
  return { share: total === 0 ? 0 : weight / total, shared };
}
