/**
 * Responsible departments, from the parentheses that close a measure:
 * `〔责任单位:省科技厅、省委组织部(省人才办)…等,苏州市等有关地方政府〕`, `（责任部门：省药监局）`,
 * `(牵头单位:市科技局,配合单位:…)`, `(国务院;涉及部委:…;市级部门:…分别依职责推进)`.
 */
const ROLE = /(责任单位|责任部门|牵头单位|配合单位|涉及部委|市级部门|区级部门)[:：]/g;
const OPEN = '(（〔[【';
const CLOSE = ')）〕]】';

/** Top-level bracketed groups of a text, nested brackets kept inside their group. */
function bracketGroups(text: string): { start: number; end: number }[] {
  const groups: { start: number; end: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPEN.includes(ch)) {
      if (depth === 0) start = i;
      depth++;
    } else if (CLOSE.includes(ch) && depth > 0) {
      depth--;
      if (depth === 0) groups.push({ start, end: i + 1 });
    }
  }
  return groups;
}

export interface ResponsibilityGroup {
  /** UTF-16 range of the group in the text, brackets included. */
  start: number;
  end: number;
  /** What the brackets enclose. */
  inner: string;
  /** Where each role (责任单位:…) is named in `inner`. */
  roles: RegExpExecArray[];
}

/**
 * The bracketed groups that assign responsibility: those naming a role anywhere inside, so also
 * 003 (八)'s `(国务院;涉及部委:…)`. Printed and folded text alike (either bracket width and colon).
 */
export function responsibilityGroups(text: string): ResponsibilityGroup[] {
  return bracketGroups(text).flatMap(({ start, end }) => {
    const inner = text.slice(start + 1, end - 1);
    const roles = [...inner.matchAll(ROLE)];
    return roles.length === 0 ? [] : [{ start, end, inner, roles }];
  });
}

/** Splits on separators outside nested brackets. */
function splitOutside(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.includes(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

function count(text: string, chars: string): number {
  return [...text].filter((c) => chars.includes(c)).length;
}

/**
 * Names in one role's list. Where commas are the main separator of the whole bracket (003),
 * 、 joins the names of one merged body (市科委、中关村管委会 is a single office); elsewhere
 * 、 separates names and commas separate groups.
 */
export function splitDepartmentList(list: string, commaSeparated = count(list, ',，') > count(list, '、')): string[] {
  const cleaned = list.replace(/[,，;；\s]+$/, '').replace(/(?:分别)?依职责推进$/, '');
  return splitOutside(cleaned, commaSeparated ? ',，;；' : ',，;；、')
    .flatMap((name) => name.split(/等(?=有关|各)/))
    .map((name) => name.trim().replace(/等$/, ''))
    .filter((name) => name.length > 0);
}

export function parseDepartments(text: string): string[] {
  const names: string[] = [];
  for (const { inner, roles } of responsibilityGroups(text)) {
    // Text before the first role (003 (八): `国务院;涉及部委:…`) names a body too.
    const lists = [inner.slice(0, roles[0]!.index)];
    roles.forEach((m, i) => lists.push(inner.slice(m.index + m[0].length, roles[i + 1]?.index ?? inner.length)));
    const commaSeparated = count(inner, ',，') > count(inner, '、');
    for (const list of lists) for (const name of splitDepartmentList(list, commaSeparated)) if (!names.includes(name)) names.push(name);
  }
  return names;
}
