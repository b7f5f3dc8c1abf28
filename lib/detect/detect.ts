import { foldTransient, isHan, type FoldedText } from '../text/fold';
import { docNumberEndingAt, docNumberKey, formatDocNumber, MIN_ISSUER_LENGTH } from '../refs/docNumber';
import { canonicalTitle, canonicalTitleCode } from '../refs/title';
import { DEFINITION_MARKERS, Dispatch, type Matcher, type Target, type TitleEntry } from './matcher';
import { BlockBreaks } from './blockBreaks';
import { clauseMentionAt, parenMentionAt } from '../refs/clauseLabel';
import type { Reference, ReferenceKind } from './reference';
import { createTrie, pairHash, trieInsert, trieLongest, trieLongestClosed, type Trie, type TrieMatch } from './trie';
import { heldCandidates, lookalikeKey, MAX_CANDIDATES, narrowLookalikes, otherPlace } from './lookalikes';

/**
 * Reference detection over page text, in one left-to-right pass over the folded text
 * (fold(text, {dropWhitespace, dropPinyin})). Each scanner starts only at characters marked
 * in the matcher's dispatch table and looks at a bounded window, so the pass is linear.
 *
 * Resolution rules (what the tests pin down):
 * - 《title》: a held or cited title or alias (nested 〈〉/<>, 江苏省政府 ↔ 江苏省人民政府). Any
 *   other 《…》 is a book, a law or a policy we do not know: not a reference.
 * - A held title of MIN_BARE_TITLE_LENGTH+ characters, or a corpus alias of MIN_ALIAS_LENGTH+,
 *   also counts without 《》 (page headings print titles bare); shorter ones do not. Shorter
 *   corpus aliases (《方案》) count in 《》 only on a page that reprints their document.
 * - `(以下简称《方案》)`, `(以下简称“X”)`, `(以下称X)`, `(简称X)`, `(下称:X)` right after a
 *   document reference (only brackets and commas between) make later `《方案》` / `X` on the
 *   same page references to it.
 * - Clause mentions (第十三条, 第三条第二款, 第(八)项, 第7条, 第二章, 第四部分第(二)项) belong to the nearest
 *   document reference before them in the same block (no '\n' between) and at most
 *   CLAUSE_WINDOW folded characters back; a bare `(十六)` only within PAREN_WINDOW. With no
 *   such reference, or after 本方案/本文件/…, they belong to the reprinted document. Right
 *   after a 《title》 we do not know they belong to it, and are not references. A mention
 *   whose label the document does not have, or has twice, is not a reference either.
 * - A printed clause heading (label + heading, e.g. `(一)开展生物医药和医疗器械技术创新`) right
 *   after a mention of its document is a `clause` reference. The page reprints a document
 *   (options.pageDocumentId, or else every held document with at least MIN_REPRINT_HEADINGS
 *   printed headings making REPRINT_SHARE of its headed clauses); then its printed headings
 *   are `heading` references, and self-references belong to the reprinted document whose
 *   heading came last (a search-results page can reprint several).
 */
export interface DetectOptions {
  /** The held document this page reprints, when the caller knows it. */
  pageDocumentId?: string | null;
  /** All held documents this page reprints (e.g. PageState.reprinted from an earlier pass). */
  reprintedDocumentIds?: string[];
}

export const CLAUSE_WINDOW = 200;
export const PAREN_WINDOW = 8;
export const MIN_REPRINT_HEADINGS = 3;
export const REPRINT_SHARE = 0.25;
export const MAX_SHARED_HEADING = 50;
const MAX_SHORT_FORM = 20;
/** Characters allowed between a document reference and its 以下简称: `(`, `,` and the like. */
const MAX_DEFINITION_GAP = 3;

/**
 * What a page has taught the detector so far; detectIncremental() reads and extends it, so
 * text added later (a changed subtree) is read with the short forms and the page's own
 * document found earlier.
 */
export interface PageState {
  /** True when the caller named the reprinted documents; they are then never re-decided. */
  given: boolean;
  /** Held documents the page reprints, most headings first. */
  reprinted: string[];
  /** reprinted[0]: the page's main document, or null. */
  pageDocumentId: string | null;
  /** The reprinted document whose heading was read last: self-references belong to it. */
  currentDocumentId: string | null;
  /** Short forms defined on the page: inside 《》 and bare. */
  titles: Trie<TitleEntry>;
  bare: Trie<TitleEntry>;
  /** The matcher's dispatch and pair tables plus those of bare short forms. */
  dispatch: Uint8Array;
  pairs: Uint8Array;
  /** documentId → ids of its clauses whose headings the page prints. */
  headingEvidence: Map<string, Set<string>>;
  /** Look-alikes the page has told apart (lookalikeKey → documentId): later mentions mean the same one. */
  settled: Map<string, string>;
}

export function createPageState(matcher: Matcher, options: DetectOptions = {}): PageState {
  const given = options.reprintedDocumentIds ?? (options.pageDocumentId ? [options.pageDocumentId] : []);
  return {
    given: given.length > 0,
    reprinted: given,
    pageDocumentId: given[0] ?? null,
    currentDocumentId: given[0] ?? null,
    titles: createTrie(),
    bare: createTrie(),
    dispatch: matcher.dispatch.slice(),
    pairs: matcher.pairs.slice(),
    headingEvidence: new Map(),
    settled: new Map(),
  };
}

/**
 * Whether a reference could be found in `text` (one block), without reading it for real: it
 * holds a 号 or a 《, a definition word, a clause mention, or a held heading or bare title
 * printed whole. Text for which this is false, such as a clock's digits, neither holds a
 * reference nor changes one; it leaves `state` as it was.
 */
export function mayHoldReference(matcher: Matcher, state: PageState, text: string): boolean {
  const f = foldTransient(text, { dropWhitespace: true, dropPinyin: true }).text;
  const { dispatch, pairs } = state;
  for (let i = nextCandidate(f, 0, dispatch, pairs); i < f.length; i = nextCandidate(f, i + 1, dispatch, pairs)) {
    const flags = dispatch[f.charCodeAt(i)]!;
    if (flags & (Dispatch.titleOpen | Dispatch.hao)) return true;
    // 下午, 第1期 and (UTC) start no definition and no clause mention.
    if (flags & Dispatch.definition && DEFINITION_MARKERS.some((marker) => f.startsWith(marker, i))) return true;
    if (flags & Dispatch.di && clauseMentionAt(f, i)) return true;
    if (flags & Dispatch.paren && parenMentionAt(f, i)) return true;
    if (flags & Dispatch.heading && trieLongest(matcher.headings, f, i)) return true;
    if (flags & Dispatch.bare && (trieLongest(matcher.bare, f, i) || trieLongest(state.bare, f, i))) return true;
  }
  return false;
}

/** All references in `text` (a whole page's text, blocks separated by '\n'), in text order. */
export function detect(matcher: Matcher, text: string, options: DetectOptions = {}): Reference[] {
  return detectIncremental(matcher, text, createPageState(matcher, options));
}

interface Found {
  from: number;
  to: number;
  kind: ReferenceKind;
  /** null only for a 文号 that is neither held nor cited, or for look-alikes (`candidates`). */
  target: Target | null;
  /** Held documents that fit equally: the reader chooses (see lookalikes.ts). */
  candidates?: string[];
  /** Every held document the printed title or short form names, before the page narrowed them. */
  lookalikes?: string[];
  clauseId?: string;
  docNumber?: string;
}

/** A clause mention, printed heading or short alias that waits for the page's own document. */
interface Pending {
  from: number;
  to: number;
  kind: 'clause' | 'heading' | 'alias';
  /** Candidate labels (clause mentions), clause ids (headings) or the document id (aliases). */
  candidates: string[];
}

const SELF_PREFIXES = new Set(['本方案', '本意见', '本措施', '本文件', '本办法', '本通知', '本规定', '本细则', '本政策']);
const DEFINITION_GAP = new Set(Array.from('(),、;:'));
const QUOTES = new Map([['“', '”'], ['"', '"'], ['「', '」'], ['『', '』'], ['‘', '’'], ["'", "'"], ['《', '》']]);
const TITLE_CLOSERS = new Set(Array.from('》〉>›»', (c) => c.charCodeAt(0)));
const CLOSERS_OF_OPENER = new Map([['《', '》'], ['〈', '〉'], ['<', '>'], ['‹', '›'], ['«', '»']].map(([o, c]) => [o!.charCodeAt(0), c!.charCodeAt(0)]));
/** [A-Za-z0-9_]; NaN (outside the text) is not. */
function isAsciiWord(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}

/**
 * References in one chunk of page text, using and extending `state`. Offsets are relative
 * to `text`. Headings are reported only once the page's document is known: with
 * detectIncremental over chunks, headings in chunks read before it was recognised stay
 * unreported until the caller scans them again.
 */
export function detectIncremental(matcher: Matcher, text: string, state: PageState): Reference[] {
  const folded = foldTransient(text, { dropWhitespace: true, dropPinyin: true });
  const f = folded.text;
  const n = f.length;
  const found: Found[] = [];
  const pending: Pending[] = [];
  const breaks = new BlockBreaks(text);
  let lastEnd = 0;
  // Set by emit(): the cast keeps the compiler from narrowing it to null for good.
  let lastDoc = null as Found | null;
  /** End of the last clause mention that belongs to a 《title》 we do not know. */
  let foreignEnd = -1;

  /** The last document reference, if it is within `window` folded characters and the same block. */
  const nearReference = (at: number, window: number): Found | null => {
    const near: Found | null = lastDoc;
    if (!near || at - near.to > window || breaks.between(folded.end[near.to - 1]!, folded.start[at]!)) return null;
    return near;
  };
  const nearDocument = (at: number, window: number): string | null => {
    const target = nearReference(at, window)?.target;
    return target && 'documentId' in target ? target.documentId : null;
  };
  /** A title or short form: one document, look-alikes narrowed by the page, or null (several cited-only documents). */
  const entryFound = (from: number, to: number, entry: TitleEntry): Found | null => {
    if (entry.targets.length === 1) return { from, to, kind: entry.kind, target: entry.targets[0]! };
    const held = heldCandidates(entry);
    if (held.ids.length === 0 || otherPlace(matcher, f, from, held)) return null;
    const left = narrowLookalikes(matcher, state.reprinted, text, folded, from, to, held);
    const id = left.length === 1 ? left[0]! : state.settled.get(held.key);
    if (left.length === 1) state.settled.set(held.key, id!);
    if (id) return { from, to, kind: entry.kind, target: { documentId: id }, lookalikes: held.ids };
    return left.length <= MAX_CANDIDATES ? { from, to, kind: entry.kind, target: null, candidates: left, lookalikes: held.ids } : null;
  };
  const emit = (item: Found): void => {
    // A 文号 printed beside look-alikes tells them apart: 《若干措施》(苏府〔2022〕33号), or the reverse order.
    const [ambiguous, number] = item.candidates ? [item, lastDoc] : [lastDoc, item];
    if (ambiguous?.candidates && number?.kind === 'docNumber' && number.target && 'documentId' in number.target) {
      const id = number.target.documentId;
      const [a, b] = ambiguous === item ? [number, item] : [ambiguous, number];
      if (ambiguous.candidates.includes(id) && besideEachOther(f, a.to, b.from)) {
        ambiguous.target = { documentId: id };
        state.settled.set(lookalikeKey(ambiguous.lookalikes ?? ambiguous.candidates), id);
        delete ambiguous.candidates;
      }
    }
    found.push(item);
    lastEnd = item.to;
    if (item.kind !== 'clause' && item.kind !== 'heading') lastDoc = item;
  };

  const { dispatch, pairs } = state;
  for (let i = nextCandidate(f, 0, dispatch, pairs); i < n; i = nextCandidate(f, i + 1, dispatch, pairs)) {
    let flags = dispatch[f.charCodeAt(i)]!;
    if (flags & (Dispatch.heading | Dispatch.bare) && pairs[pairHash(f.charCodeAt(i), f.charCodeAt(i + 1))] === 0) flags &= ~(Dispatch.heading | Dispatch.bare);

    if (flags & Dispatch.titleOpen) {
      const match = matchTitle(matcher, state, f, i);
      const title = match && entryFound(i, match.end + 1, match.value);
      if (title) {
        emit(title);
        i = title.to - 1;
        continue;
      }
      const own = matchOwnAlias(matcher, f, i);
      if (own) {
        pending.push(own);
        lastEnd = own.to;
        i = own.to - 1;
        continue;
      }
    }
    if (flags & Dispatch.hao) {
      const number = matchDocNumber(matcher, text, folded, i, lastEnd);
      if (number) {
        emit(number);
        continue;
      }
    }
    if (flags & Dispatch.definition) {
      const definition = matchDefinition(state, f, i, lastDoc);
      if (definition) {
        emit(definition);
        i = definition.to - 1;
        continue;
      }
    }
    if (flags & Dispatch.heading) {
      const heading = trieLongest(matcher.headings, f, i);
      if (heading) {
        // A stock heading (加强组织领导) that many documents share is no evidence of which one the page reprints.
        if (heading.value.length <= MAX_SHARED_HEADING) for (const id of heading.value) {
          const seen = state.headingEvidence.get(documentOf(id)) ?? new Set<string>();
          seen.add(id);
          state.headingEvidence.set(documentOf(id), seen);
        }
        // A heading quoted right after a document mention (《方案》提出(十六)支持数据跨境流动) names that document's clause.
        const near = nearDocument(i, CLAUSE_WINDOW);
        // startsWith, not documentOf: a stock heading holds thousands of ids, and slicing each fed the collector.
        const quoted = near ? heading.value.find((id) => id.startsWith(near) && id.charCodeAt(near.length) === 0x3a) : undefined;
        if (quoted) emit({ from: i, to: heading.end, kind: 'clause', target: { documentId: documentOf(quoted) }, clauseId: quoted });
        else {
          pending.push({ from: i, to: heading.end, kind: 'heading', candidates: heading.value });
          lastEnd = heading.end;
        }
        i = heading.end - 1;
        continue;
      }
    }
    if (flags & (Dispatch.di | Dispatch.paren)) {
      const mention = flags & Dispatch.di ? clauseMentionAt(f, i) : parenMentionAt(f, i);
      if (mention) {
        const self = SELF_PREFIXES.has(f.slice(Math.max(0, i - 3), i));
        // 《中华人民共和国药品管理法》第十三条, and the 第十三条 of …法》第三章第十三条, belong to a
        // title we do not know, even when a document we know was named just before it.
        const foreign = !self && (i === foreignEnd || (TITLE_CLOSERS.has(f.charCodeAt(i - 1)) && lastDoc?.to !== i));
        const near = self || foreign ? null : nearReference(i, flags & Dispatch.di ? CLAUSE_WINDOW : PAREN_WINDOW);
        if (foreign) foreignEnd = mention.end;
        else if (near) {
          const clauseId = near.target && 'documentId' in near.target ? resolveClause(matcher, near.target.documentId, mention.labels) : null;
          if (clauseId) emit({ from: i, to: mention.end, kind: 'clause', target: near.target, clauseId });
        } else if (self || flags & Dispatch.di) {
          pending.push({ from: i, to: mention.end, kind: 'clause', candidates: mention.labels });
          lastEnd = mention.end;
        }
        i = mention.end - 1;
        continue;
      }
    }
    if (flags & Dispatch.bare) {
      // A short form that several documents share is read bare only where the page defines it.
      const library = trieLongest(matcher.bare, f, i);
      const shared = library !== null && library.value.kind === 'alias' && library.value.targets.length > 1;
      const bare = longer(state.bare.size > 0 ? trieLongest(state.bare, f, i) : null, shared ? null : library);
      const title = bare && entryFound(i, bare.end, bare.value);
      if (title) {
        emit(title);
        i = title.to - 1;
      }
    }
  }

  if (!state.given) {
    state.reprinted = reprintedDocuments(matcher, state);
    state.pageDocumentId = state.reprinted[0] ?? null;
  }
  if (state.reprinted.length > 0) {
    // Look-alikes read before the page's own document was known: it may be one of them.
    for (const item of found) {
      const own = item.candidates?.filter((id) => state.reprinted.includes(id));
      if (own?.length === 1) {
        item.target = { documentId: own[0]! };
        delete item.candidates;
      }
    }
    // One by one: spread as arguments, a page of millions of headings overflows the stack.
    for (const item of resolvePending(matcher, state, pending)) found.push(item);
    found.sort((a, b) => a.from - b.from);
  }
  return found.map((item) => toReference(text, folded, item));
}

const PAIRED = Dispatch.heading | Dispatch.bare;

/** The next position from `i` where some scanner can start: the hot loop, kept small so it optimises well. */
function nextCandidate(f: string, i: number, dispatch: Uint8Array, pairs: Uint8Array): number {
  const n = f.length;
  for (; i < n; i++) {
    const flags = dispatch[f.charCodeAt(i)]!;
    if (flags === 0) continue;
    if ((flags & ~PAIRED) !== 0 || pairs[pairHash(f.charCodeAt(i), f.charCodeAt(i + 1))] === 1) return i;
  }
  return n;
}

function toReference(text: string, folded: FoldedText, item: Found): Reference {
  const start = folded.start[item.from]!;
  const end = folded.end[item.to - 1]!;
  const ref: Reference = { start, end, kind: item.kind, text: text.slice(start, end) };
  if (item.target && 'documentId' in item.target) ref.documentId = item.target.documentId;
  else if (item.target) ref.citedId = item.target.citedId;
  else if (item.candidates) ref.candidates = item.candidates;
  else ref.unknown = true;
  if (item.clauseId) ref.clauseId = item.clauseId;
  if (item.docNumber) ref.docNumber = item.docNumber;
  return ref;
}

function longer<V>(a: { end: number; value: V } | null, b: { end: number; value: V } | null) {
  if (!a) return b;
  if (!b) return a;
  return b.end > a.end ? b : a;
}

function documentOf(clauseId: string): string {
  return clauseId.slice(0, clauseId.indexOf(':'));
}

/**
 * Headings and self-references, in text order, against the reprinted documents: a heading
 * makes its document the current one (a search-results page can reprint several), and a
 * self-reference belongs to the current one.
 */
function resolvePending(matcher: Matcher, state: PageState, pending: Pending[]): Found[] {
  const out: Found[] = [];
  let current = state.currentDocumentId ?? state.reprinted[0]!;
  for (const p of pending) {
    if (p.kind === 'alias') {
      const own = onlyOne(p.candidates.filter((id) => state.reprinted.includes(id)));
      if (own) out.push({ from: p.from, to: p.to, kind: 'alias', target: { documentId: own } });
      continue;
    }
    let clauseId: string | null;
    if (p.kind === 'heading') {
      const candidates = p.candidates.filter((id) => state.reprinted.includes(documentOf(id)));
      clauseId = candidates.find((id) => documentOf(id) === current) ?? onlyOne(candidates);
      if (clauseId) current = documentOf(clauseId);
    } else clauseId = resolveClause(matcher, current, p.candidates);
    if (clauseId) out.push({ from: p.from, to: p.to, kind: p.kind, target: { documentId: documentOf(clauseId) }, clauseId });
  }
  state.currentDocumentId = current;
  return out;
}

/** Only brackets, commas and the like (at most MAX_DEFINITION_GAP) between folded offsets `to` and `from`. */
function besideEachOther(f: string, to: number, from: number): boolean {
  if (from < to || from - to > MAX_DEFINITION_GAP) return false;
  for (let k = to; k < from; k++) if (!DEFINITION_GAP.has(f[k]!)) return false;
  return true;
}

function onlyOne(ids: string[]): string | null {
  return ids.length === 1 ? ids[0]! : null;
}

/** `《…》` (or a nested-style `〈…〉`, `<…>`) whose content is a known title or short form; `end` is before the closer. */
function matchTitle(matcher: Matcher, state: PageState, f: string, open: number): TrieMatch<TitleEntry> | null {
  const close = CLOSERS_OF_OPENER.get(f.charCodeAt(open));
  if (close === undefined) return null;
  const match = longer(
    state.titles.size > 0 ? trieLongestClosed(state.titles, f, open + 1, close, canonicalTitleCode) : null,
    trieLongestClosed(matcher.titles, f, open + 1, close, canonicalTitleCode),
  );
  return match;
}

/** `《方案》` where 方案 is a short alias from the corpus: it counts only if the page reprints that document. */
function matchOwnAlias(matcher: Matcher, f: string, open: number): Pending | null {
  const close = CLOSERS_OF_OPENER.get(f.charCodeAt(open));
  if (close === undefined || matcher.ownAliases.size === 0) return null;
  const match = trieLongestClosed(matcher.ownAliases, f, open + 1, close, canonicalTitleCode);
  const held = match ? heldCandidates(match.value).ids : [];
  if (!match || held.length === 0) return null;
  return { from: open, to: match.end + 1, kind: 'alias', candidates: held };
}

/** Whether whitespace (a line or block break, or a space) lies between folded units i-1 and i. */
function spaceBefore(text: string, folded: FoldedText, i: number): boolean {
  for (let k = folded.end[i - 1]!; k < folded.start[i]!; k++) if (WHITESPACE_BREAKS.has(text.charCodeAt(k))) return true;
  return false;
}
const WHITESPACE_BREAKS = new Set(Array.from('\n\r\t \u00a0\u3000\u2028\u2029', (c) => c.charCodeAt(0)));

/**
 * A 文号 ending at the 号 at `hao`. An issuer we do not know stops at whitespace, so a heading
 * ending in …的通知 does not run into the 苏府〔2022〕33号 printed under it; a known issuer
 * may be split by a line break (苏政 | 发〔2018〕144号).
 */
function matchDocNumber(matcher: Matcher, text: string, folded: FoldedText, hao: number, floor: number): Found | null {
  const m = docNumberEndingAt(folded.text, hao, floor, (i) => spaceBefore(text, folded, i));
  if (!m) return null;
  const bracket = m.start + m.issuer.length;
  const printed = m.runIn + m.issuer;
  const known = matcher.docNumbers.get(docNumberKey(m.year, m.serial))?.find((k) => printed.endsWith(k.issuer));
  if (!known && m.issuer.length < MIN_ISSUER_LENGTH) return null;
  const from = known ? bracket - known.issuer.length : m.start;
  // A 文号-like string glued to an ASCII word (an id, a file name) is not a citation.
  if (isAsciiWord(text.charCodeAt(folded.start[from]! - 1)) || isAsciiWord(text.charCodeAt(folded.end[m.end - 1]!))) return null;
  const issuer = known ? known.issuer : m.issuer;
  return { from, to: m.end, kind: 'docNumber', target: known ? known.target : null, docNumber: formatDocNumber({ issuer, year: m.year, serial: m.serial }) };
}

/** `以下简称《方案》` right after a document reference: records the short form, returns its occurrence. */
function matchDefinition(state: PageState, f: string, at: number, lastDoc: Found | null): Found | null {
  const marker = DEFINITION_MARKERS.find((m) => f.startsWith(m, at));
  if (!marker || !lastDoc || (!lastDoc.target && !lastDoc.candidates)) return null;
  if (at - lastDoc.to > MAX_DEFINITION_GAP) return null;
  for (let k = lastDoc.to; k < at; k++) if (!DEFINITION_GAP.has(f[k]!)) return null;
  let from = at + marker.length;
  if (f[from] === '为') from++;
  if (f[from] === ':') from++;
  const closer = QUOTES.get(f[from] ?? '');
  let keyFrom: number;
  let keyTo: number;
  let to: number;
  if (closer !== undefined) {
    keyFrom = from + 1;
    keyTo = f.slice(keyFrom, keyFrom + MAX_SHORT_FORM + 1).indexOf(closer);
    if (keyTo < 0) return null;
    keyTo += keyFrom;
    to = keyTo + 1;
  } else {
    keyFrom = from;
    keyTo = from;
    while (keyTo < f.length && keyTo - keyFrom < MAX_SHORT_FORM && isHan(f.charCodeAt(keyTo))) keyTo++;
    to = keyTo;
  }
  if (keyTo - keyFrom < 2) return null;
  const key = canonicalTitle(f.slice(keyFrom, keyTo));
  // A short form of look-alikes stands for all of them, as its full title did.
  const targets = lastDoc.target ? [lastDoc.target] : lastDoc.candidates!.map((documentId) => ({ documentId }));
  const entry: TitleEntry = { kind: 'alias', targets };
  const occurrence = { kind: 'alias' as const, target: lastDoc.target, candidates: lastDoc.candidates };
  if (closer === '》') {
    trieInsert(state.titles, key, entry);
    return { from, to, ...occurrence };
  }
  trieInsert(state.bare, key, entry);
  state.dispatch[key.charCodeAt(0)]! |= Dispatch.bare;
  state.pairs[pairHash(key.charCodeAt(0), key.charCodeAt(1))] = 1;
  return { from: keyFrom, to: keyTo, ...occurrence };
}

/** The one clause of `documentId` whose path ends with one of `labels` (tried in order). */
function resolveClause(matcher: Matcher, documentId: string, labels: string[]): string | null {
  const byLabel = matcher.clauseLabels.get(documentId);
  if (!byLabel) return null;
  for (const suffix of labels) {
    const ids = byLabel.get(suffix.slice(suffix.lastIndexOf('/') + 1))?.filter((id) => id.endsWith(`:${suffix}`) || id.endsWith(`/${suffix}`));
    if (ids && ids.length > 0) return onlyOne(ids);
  }
  return null;
}

function reprintedDocuments(matcher: Matcher, state: PageState): string[] {
  const passing: [string, number][] = [];
  for (const [documentId, clauses] of state.headingEvidence) {
    const share = clauses.size / (matcher.headedClauses.get(documentId) ?? Infinity);
    if (clauses.size >= MIN_REPRINT_HEADINGS && share >= REPRINT_SHARE) passing.push([documentId, clauses.size]);
  }
  return passing.sort((a, b) => b[1] - a[1]).map(([documentId]) => documentId);
}
