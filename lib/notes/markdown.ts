import { distinctLinks, formatCitation, type ClauseCitation } from '../citation';
import { byCreated, groupByPage } from './order';
import type { Note } from './schema';

/** The words around the notes, in the reader's language (the manager passes its UI strings). */
export interface MarkdownLabels {
  heading: string;
  tags: (tags: string) => string;
  cites: (citations: string) => string;
  noted: (date: string) => string;
}

const ENGLISH: MarkdownLabels = {
  heading: 'Policy Lens notes',
  tags: (tags) => `Tags: ${tags}`,
  cites: (citations) => `Cites: ${citations}`,
  noted: (date) => `Noted ${date}`,
};

/**
 * Notes as Markdown to paste into a paper: one section per page (in the order the pages were
 * first annotated), its notes in reading order, each with the quote, the comment (kept as the
 * user wrote it, Markdown included), tags and clause citations like 《title》（文号）第三条.
 * Linked ids missing from `citations` are printed as ids rather than dropped.
 */
export function exportMarkdown(notes: readonly Note[], citations: ReadonlyMap<string, ClauseCitation> = new Map(), labels: MarkdownLabels = ENGLISH): string {
  const out: string[] = [`# ${escapeInline(labels.heading)}`, ''];
  for (const [url, pageNotes] of groupByPage([...notes].sort(byCreated))) {
    out.push(`## ${escapeInline(pageNotes[0]!.pageTitle.trim() || url)}`, '', linkTo(url), '');
    for (const note of pageNotes.sort((a, b) => a.position.start - b.position.start)) {
      for (const line of blockquote(note.quote.exact)) out.push(line);
      out.push('');
      if (note.comment.trim()) out.push(note.comment.trim(), '');
      if (note.tags.length) out.push(labels.tags(note.tags.map((t) => `#${escapeInline(t)}`).join(' ')), '');
      if (note.clauseIds.length) {
        const cited = distinctLinks(note.clauseIds).map((id) => {
          const citation = citations.get(id);
          return citation ? formatCitation(citation) : `\`${id}\``;
        });
        out.push(labels.cites(cited.join('; ')), '');
      }
      out.push(labels.noted(note.created.slice(0, 10)), '', '---', '');
    }
  }
  return out.join('\n');
}

function blockquote(text: string): string[] {
  return text.split(/\r?\n/).map((line) => (line.trim() ? `> ${escapeLineStart(escapeInline(line))}` : '>'));
}

/**
 * A page address as an autolink. Inside `<…>` only `<`, `>`, spaces and controls could end the
 * link or start another; they are percent-encoded (a stored URL already is, but not one written
 * before URLs were normalised). Anything but http(s) is printed as text, never as a link.
 */
function linkTo(url: string): string {
  if (!/^https?:\/\//i.test(url)) return escapeInline(url);
  return `<${url.replace(/[<>\s\u0000-\u001f\u007f]/g, (c) => encodeURIComponent(c))}>`;
}

/** Page text is not Markdown: characters that would format it are escaped. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}

/** A quoted line starting like a list item or heading would become one. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3').replace(/^(\s*)([-+=])/, '$1\\$2');
}
