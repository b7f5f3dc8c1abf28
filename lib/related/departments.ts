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
    .replace(/[((].*$/, '')
    .replace(LEVEL_PREFIX, '');
}

/** Function keys of a clause's departments; a reason names the shared function (药监局), which each level prints with its own prefix. */
export function departmentKeys(departments: readonly string[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const d of departments) {
    const key = departmentKey(d);
    if (key.length >= 2) keys.set(key, key);
  }
  return keys;
}
