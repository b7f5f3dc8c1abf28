import { simplify } from '../text/simplify';
import { titleKey } from './citations';
import { docNumberLine, findDocNumbers, isAbridgedMarker, isDateLine, parseChineseDate } from './metadata';
import { recogniseLabel } from './outline';

/**
 * The parts of an official document around its body, read from its lines as GB/T 9704 lays
 * them out (and as reprints bend it): organ mark, 文号, 标题, 主送机关, 正文, 落款 issuers and
 * 成文日期, 附注 such as (此件公开发布), then 附件. An issuing notice (关于印发《X》的通知) is told
 * apart from the document X it carries: the notice gives the 文号, issuers and date, X its title
 * and clauses. Only what the lines state is taken; anything else stays null.
 */
export interface DocumentHeader {
  title: string | null;
  docNumber: string | null;
  issuers: string[];
  /** 成文日期 (from the 落款, or a page's 成文日期 field). */
  issued: string | null;
  /** 发布日期 as a page states it. */
  published: string | null;
  abridged: boolean;
  /** Lines of the body (the carried document's when there is a notice), in order. */
  body: string[];
  /** Lines that belong to the document but to no clause: notice, addressees, 附件说明. */
  frontMatter: string[];
  /** The issuing notice's title when the document came wrapped in one. */
  noticeTitle: string | null;
  /** 附注 such as (此件公开发布). */
  notes: string[];
  doubts: string[];
}

// A 文种 ends a title (GB/T 9704: issuer + 关于 + subject + kind).
const GENRE = /(通知|意见|方案|办法|规定|条例|决定|批复|细则|规划|措施|计划|纲要|公告|通告|函|报告|指引|指南|规则|制度|要点|标准|清单|目录|规程|通报|决议|命令|令)$/;
const HEADER_NOISE = /^(\d{6}|[秘机機绝絕]密.*|特急|加急|.{2,30}(文件|文件\s*[A-Z]?))$/;
const NOTICE = /(印[发發]|[转轉][发發])[《〈]?(.+?)[》〉]?的通[知]$/;
// Fields that government pages print above or below a document (发文字号：苏府〔2022〕33号).
const FIELD = /^(发文字号|文\s*号|成文日期|发布日期|印发日期|发文机关|发布机构|发文单位)\s*[:：]\s*(.+)$/;
const ORGAN = /(政府|人民政府|办公厅|办公室|委员会|部|委|局|厅|院|署|行|会|中心|办|总局|管委会|领导小组)$/;
const PUBLIC_NOTE = /^[(（]\s*此件.{0,12}[)）]$/;
const MAX_TITLE = 80;

function isTitleLike(line: string): boolean {
  const s = simplify(line);
  return s.length >= 6 && s.length <= MAX_TITLE && !/[。；;!！?？]/.test(s) && !recogniseLabel(s) && (GENRE.test(s) || /关于/.test(s));
}

// A page title ends with the site's name: `…若干措施_苏州市人民政府`, `… - 中国政府网`.
const SITE_SUFFIX = /\s*[_|｜\-–—]+\s*[^_|｜\-–—]{2,30}$/;

/** A page's <title> without the site names appended to it. */
export function cleanPageTitle(title: string): string {
  let cleaned = title.trim();
  for (let i = 0; i < 3; i++) {
    const m = SITE_SUFFIX.exec(cleaned);
    if (!m || m.index < 6 || !/(政府|网|網|门户|網站|网站|办公室|辦公室|部|局|委|厅|廳|院|频道|頻道|首页|首頁)$/.test(cleaned.slice(m.index))) break;
    cleaned = cleaned.slice(0, m.index).trim();
  }
  return cleaned;
}

/** Issuer names printed before 关于 in a title: `商务部、江苏省人民政府关于…`. */
export function issuersInTitle(title: string): string[] {
  const parts = simplify(title).split(/关于/);
  if (parts.length < 2 || !parts[0]) return [];
  return parts[0].split(/[、\s]+/).filter((p) => p.length >= 2 && ORGAN.test(p));
}

/** Issuer names on a 落款 line: `商务部 江苏省人民政府`. */
function signatureNames(line: string): string[] | null {
  const names = simplify(line).split(/[\s、]+/).filter(Boolean);
  return names.length > 0 && names.length <= 6 && names.every((n) => n.length >= 2 && n.length <= 30 && ORGAN.test(n)) ? names : null;
}

/** The 落款 ending at `dateAt`: the date line and the organ lines right above it. */
function signatureBefore(lines: string[], dateAt: number): { at: number; issuers: string[] } {
  let at = dateAt;
  const issuers: string[] = [];
  while (at > 0 && dateAt - at < 3) {
    const names = signatureNames(lines[at - 1]!);
    if (!names) break;
    for (let k = names.length - 1; k >= 0; k--) issuers.unshift(names[k]!);
    at--;
  }
  return { at, issuers };
}

function readFields(lines: string[]): { fields: Map<string, string>; rest: string[] } {
  const fields = new Map<string, string>();
  const rest = lines.filter((line) => {
    const m = FIELD.exec(simplify(line));
    if (!m) return true;
    const key = m[1]!.replace(/\s/g, '');
    if (!fields.has(key)) fields.set(key, line.slice(line.length - m[2]!.length).trim());
    return false;
  });
  return { fields, rest };
}

/** Reads the header and 落款 of a document given as lines (one paragraph or printed line each). */
export function readHeader(input: string[], pageTitle: string | null = null): DocumentHeader {
  const titleHint = pageTitle ? cleanPageTitle(pageTitle) : null;
  const doubts: string[] = [];
  const { fields, rest } = readFields(input.map((l) => l.trim()).filter(Boolean));
  const notes = rest.filter((l) => PUBLIC_NOTE.test(l));
  const abridged = rest.some(isAbridgedMarker);
  let lines = rest.filter((l) => !PUBLIC_NOTE.test(l) && !isAbridgedMarker(l));

  while (lines.length && HEADER_NOISE.test(simplify(lines[0]!)) && !isTitleLike(lines[0]!)) lines = lines.slice(1);
  // The header is the lines before the first numbered unit or long paragraph.
  const firstUnit = lines.findIndex((l) => recogniseLabel(l) !== null || l.length > 120);
  const headEnd = Math.min(lines.length, 12, firstUnit >= 0 ? firstUnit : Infinity);

  const numberAt = lines.slice(0, headEnd).findIndex((l) => docNumberLine(l) !== null);
  const fieldNumber = fields.get('发文字号') ?? fields.get('文号');
  let docNumber = numberAt >= 0 ? docNumberLine(lines[numberAt]!) : fieldNumber ? (findDocNumbers(fieldNumber)[0]?.docNumber ?? null) : null;

  // Title: the hint (a page's own heading), else the first title-like run of lines in the header,
  // joined when a title is broken over two lines (`…关于推动生物医药产业` / `高质量发展的意见`).
  let titleEnd = -1;
  let title: string | null = null;
  // A hint (the page's own heading) wins where a line matches it; otherwise the first
  // title-like line, joined with the next when a title is broken over two lines.
  const find = (hintKey: string | null) => {
    for (let i = 0; i < Math.max(headEnd, 1) && i < lines.length; i++) {
      if (i === numberAt) continue;
      const one = lines[i]!;
      const two = i + 1 < lines.length && i + 1 !== numberAt ? one + lines[i + 1]! : null;
      if (hintKey && titleKey(one) === hintKey) return [i + 1, one] as const;
      if (hintKey && two && titleKey(two) === hintKey) return [i + 2, two] as const;
      if (hintKey) continue;
      if (two && !GENRE.test(simplify(one)) && isTitleLike(two) && GENRE.test(simplify(lines[i + 1]!)) && !/[,，:：]/.test(two)) return [i + 2, two] as const;
      if (isTitleLike(one)) return [i + 1, one] as const;
    }
    return null;
  };
  const found = (titleHint ? find(titleKey(titleHint)) : null) ?? find(null);
  if (found) [titleEnd, title] = found;
  if (!title && titleHint) title = titleHint;
  // A page heading repeated (000 prints the notice title four times): skip the copies.
  let bodyFrom = Math.max(titleEnd, numberAt + 1, 0);
  while (title && bodyFrom < lines.length && (titleKey(lines[bodyFrom]!) === titleKey(title) || signatureNames(lines[bodyFrom]!) || docNumberLine(lines[bodyFrom]!))) {
    docNumber ??= docNumberLine(lines[bodyFrom]!);
    bodyFrom++;
  }
  const frontMatter: string[] = [];
  const addressees = lines[bodyFrom];
  if (addressees && /[:：]$/.test(addressees) && addressees.length <= 300 && !recogniseLabel(addressees)) {
    frontMatter.push(addressees);
    bodyFrom++;
  }

  let issuers = title ? issuersInTitle(title) : [];
  let issued: string | null = null;
  let noticeTitle: string | null = null;
  let body = lines.slice(bodyFrom);

  const carried = title ? NOTICE.exec(simplify(title)) : null;
  if (carried && title) {
    // An issuing notice: the carried document starts at the line that repeats its title.
    const carriedKey = titleKey(carried[2]!);
    const at = body.findIndex((l) => titleKey(l) === carriedKey);
    if (at >= 0) {
      const notice = body.slice(0, at);
      const dateAt = notice.findLastIndex(isDateLine);
      if (dateAt >= 0) {
        const signature = signatureBefore(notice, dateAt);
        if (signature.issuers.length) issuers = signature.issuers;
        issued = parseChineseDate(notice[dateAt]!);
        for (const line of notice.slice(0, signature.at).concat(notice.slice(dateAt + 1))) frontMatter.push(line);
      } else for (const line of notice) frontMatter.push(line);
      noticeTitle = title;
      title = body[at]!;
      body = body.slice(at + 1);
    } else doubts.push('The title is an issuing notice but the document it carries was not found after it; the notice is taken as the document.');
  }

  // 落款 of the document itself: the last date line with organ lines above it, before any 附件.
  const annexAt = body.findIndex((l) => recogniseLabel(l)?.kind === 'annex');
  const main = annexAt >= 0 ? body.slice(0, annexAt) : body;
  const dateAt = main.findLastIndex(isDateLine);
  if (dateAt >= 0 && main.length - dateAt <= 3) {
    const signature = signatureBefore(main, dateAt);
    if (issued === null) issued = parseChineseDate(main[dateAt]!);
    if (signature.issuers.length && noticeTitle === null) issuers = signature.issuers;
    const after = main.slice(dateAt + 1);
    body = [...main.slice(0, signature.at), ...(annexAt >= 0 ? body.slice(annexAt) : [])];
    for (const line of after) frontMatter.push(line);
  }
  // 附件说明 (附件：1.…) lists the annexes; it is not a clause.
  const annexList = body.findIndex((l) => /^附\s*件\s*[:：]\s*\S/.test(l));
  if (annexList >= 0) {
    let end = annexList + 1;
    while (end < body.length && /^\d{1,2}\s*[.．]\s*\S/.test(body[end]!) && body[end]!.length < 80 && body.slice(end).some((l) => recogniseLabel(l)?.kind !== 'item')) end++;
    for (const line of body.splice(annexList, end - annexList)) frontMatter.push(line);
  }

  const fieldIssuer = fields.get('发文机关') ?? fields.get('发布机构') ?? fields.get('发文单位');
  if (!issuers.length && fieldIssuer) issuers = simplify(fieldIssuer).split(/[、\s]+/).filter(Boolean);
  const fieldIssued = fields.get('成文日期');
  if (issued === null && fieldIssued) issued = parseChineseDate(fieldIssued) ?? isoField(fieldIssued);
  const fieldPublished = fields.get('发布日期') ?? fields.get('印发日期');

  if (!title) doubts.push('No title line was recognised; please enter the title.');
  if (!docNumber) doubts.push('No 文号 is stated in the text.');
  if (!issuers.length) doubts.push('No issuer (落款) is stated in the text.');
  return {
    title,
    docNumber,
    issuers,
    issued,
    published: fieldPublished ? (parseChineseDate(fieldPublished) ?? isoField(fieldPublished)) : null,
    abridged,
    body,
    frontMatter,
    noticeTitle,
    notes,
    doubts,
  };
}

function isoField(value: string): string | null {
  return /\b(\d{4}-\d{2}-\d{2})\b/.exec(value)?.[1] ?? null;
}
