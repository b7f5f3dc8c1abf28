import { Readability } from '@mozilla/readability';
import type { PageText } from '@/lib/store/document-messages';
import { blockText } from '../content/block-text';
import { cleanPageTitle } from '@/lib/corpus/header';

/**
 * "Add this page": the page's main text, without navigation, breadcrumbs, share bars and
 * footers (Mozilla's Readability picks the article), plus the fact lines government pages
 * print around it (发文字号：…, 成文日期：…) which Readability may leave out. Reads a clone of
 * the document; the page itself is not touched.
 */
const FACT_LINE = /^\s*(发文字号|發文字號|文\s*号|成文日期|发布日期|發布日期|发文机关|發文機關|发布机构|索引号)\s*[:：]/;

function factLines(): string[] {
  const found: string[] = [];
  for (const element of document.querySelectorAll('td, th, li, p, span, div, dd, dt')) {
    if (element.children.length > 4) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 60 || !FACT_LINE.test(text)) continue;
    // A label cell (发文字号：) followed by its value cell.
    const value = !/[:：]\s*\S/.test(text) ? (element.nextElementSibling?.textContent ?? '').trim() : '';
    const line = value ? `${text}${value}` : text;
    if (!found.some((f) => f.includes(line) || line.includes(f))) found.push(line);
  }
  return found;
}

export function readMainText(): PageText {
  const clone = document.cloneNode(true) as Document;
  const article = new Readability(clone, { charThreshold: 100 }).parse();
  let text = '';
  if (article?.content) {
    const parsed = new DOMParser().parseFromString(article.content, 'text/html');
    text = blockText(parsed.body);
  }
  if (text.trim().length < 50) text = blockText(document.body, (el) => /^(NAV|HEADER|FOOTER|ASIDE)$/.test(el.tagName));
  const heading = document.querySelector('h1')?.textContent?.trim();
  const title = heading || cleanPageTitle(article?.title || document.title || '');
  const facts = factLines().filter((line) => !text.includes(line));
  // The heading goes first so the parser finds the title even when Readability dropped it.
  const lead = [title && !text.slice(0, 200).includes(title) ? title : '', ...facts].filter(Boolean);
  return { url: location.href, title, text: [...lead, text].join('\n') };
}
