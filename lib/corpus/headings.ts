import { isStandaloneHeading } from './outline';

export interface Heading {
  heading: string | null;
  /** Set when the heading had to be cut out of a paragraph that runs on into the body. */
  inferredFrom?: string;
}

// Words that open a measure's body. Used only where a heading runs into its body with no
// break (003 (六)), to find where the heading ends.
const BODY_OPENERS = ['按照', '依托', '根据', '围绕', '坚持', '通过', '针对', '聚焦', '结合'];
const MAX_HEADING = 40;

/**
 * The heading of a numbered unit, from its own paragraphs (label removed): a paragraph of its
 * own (`(一)指导思想`), a phrase before a space (`第一条 适用范围 本文件…`), or the first
 * sentence when it is a single phrase (`(一)開展生物醫藥和醫療器械技術創新。支持…`).
 */
export function headingOf(paragraphs: string[]): Heading {
  const first = paragraphs[0] ?? '';
  const spaced = /^([^\s。,，;；:：]{2,12})[ \u3000]+\S/.exec(first);
  if (spaced) return { heading: spaced[1]! };
  if (isStandaloneHeading(first) && (paragraphs.length > 1 || !/[。.]./.test(first))) {
    return { heading: first.replace(/[。.]$/, '') };
  }
  const sentence = /^([^。]{1,40})。/.exec(first);
  if (sentence && !/[,，;；:：]/.test(sentence[1]!)) return { heading: sentence[1]! };
  for (const opener of BODY_OPENERS) {
    const at = first.indexOf(opener);
    if (at >= 4 && at <= MAX_HEADING && !/[。,，;；]/.test(first.slice(0, at))) {
      return { heading: first.slice(0, at), inferredFrom: first.slice(0, at + opener.length + 8) };
    }
  }
  return { heading: null };
}
