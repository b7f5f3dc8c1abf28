import { parseIsoDateline } from './metadata';

/**
 * 001 is the plan as published on the 商务部 site: an English summary (a core viewpoint and
 * groups `Group N: Title - point - point`), the 简体 headline and a dateline.
 */
export interface PublishedSummary {
  /** The document title in 《》 in the headline, as published (简体). */
  title: string | null;
  headline: string | null;
  published: string | null;
  groups: { label: string; number: number | null; text: string }[];
}

function parseGroups(summary: string): PublishedSummary['groups'] {
  return summary
    .split(/\s+(?=Group \d+:)/)
    .map((piece) => {
      const m = /^(Group (\d+):[^-]*?|[^-]+?)\s+-\s+([\s\S]*)$/.exec(piece.trim());
      if (!m) return { label: piece.trim(), number: null, text: piece.trim() };
      // Points run together as ` - `; one point per line reads better and loses nothing.
      const points = m[3]!.split(/\s+-\s+(?=[A-Z])/).map((p) => p.trim());
      return { label: m[1]!.trim(), number: m[2] ? Number(m[2]) : null, text: points.join('\n') };
    });
}

export function parsePublishedSummary(text: string): PublishedSummary {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const headline = lines.find((l) => /《[^》]+》/.test(l)) ?? null;
  const dateline = lines.find((l) => parseIsoDateline(l) !== null);
  const summary = lines.find((l) => /Group \d+:/.test(l));
  return {
    title: headline ? /《([^》]+)》/.exec(headline)![1]! : null,
    headline,
    published: dateline ? parseIsoDateline(dateline) : null,
    groups: summary ? parseGroups(summary) : [],
  };
}
