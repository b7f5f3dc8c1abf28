// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTIVE_NOTE_HIGHLIGHT, COMMENTED_NOTE_HIGHLIGHT, createHighlighter, NOTE_HIGHLIGHT } from '../../../entrypoints/content/highlighter';
import { textIndex } from '../../../entrypoints/content/text-index';

// jsdom has neither the CSS Custom Highlight API nor layout: stand-ins with the same surface
// (a Highlight is a set of ranges; CSS.highlights a map of names), and one 10×20 px box per
// character laid out on a single line, so that points can be aimed at characters.
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
const registry = new Map<string, FakeHighlight>();
vi.stubGlobal('Highlight', FakeHighlight);
vi.stubGlobal('CSS', { highlights: registry });

let index: ReturnType<typeof textIndex>;

beforeEach(() => {
  registry.clear();
  document.body.innerHTML = '<p>文号:苏政发<b>〔2018〕</b>144号。各市、县人民政府</p>';
  index = textIndex(document.body);
  document.caretPositionFromPoint = (x: number) => {
    const offset = Math.min(Math.round(x / 10), index.text.length);
    // Like a browser, the caret goes to the nearest boundary between characters.
    const range = index.offsetsToRange(offset, offset);
    return { offsetNode: range.startContainer, offset: range.startOffset } as CaretPosition;
  };
  Range.prototype.getClientRects = function (this: Range) {
    const { start, end } = index.rangeToOffsets(this);
    const boxes = [];
    for (let i = start; i < end; i++) boxes.push(new DOMRect(i * 10, 0, 10, 20));
    return boxes as unknown as DOMRectList;
  };
});

function rangeOf(quote: string): Range {
  const start = index.text.indexOf(quote);
  return index.offsetsToRange(start, start + quote.length);
}

describe('createHighlighter', () => {
  it('paints ranges through the named highlights, without touching the page', () => {
    const html = document.body.innerHTML;
    const highlighter = createHighlighter();
    highlighter.draw('a', rangeOf('苏政发〔2018〕144号'));
    highlighter.draw('b', rangeOf('各市'));
    expect(registry.get(NOTE_HIGHLIGHT)?.size).toBe(2);
    expect(document.body.innerHTML).toBe(html);
    highlighter.remove('a');
    expect([...registry.get(NOTE_HIGHLIGHT)!].map(String)).toEqual(['各市']);
  });

  it('marks notes with a comment apart from plain highlights, and follows a comment added or removed', () => {
    const highlighter = createHighlighter();
    highlighter.draw('plain', rangeOf('各市'));
    highlighter.draw('commented', rangeOf('苏政发'), true);
    expect([...registry.get(COMMENTED_NOTE_HIGHLIGHT)!].map(String)).toEqual(['苏政发']);
    expect(registry.get(NOTE_HIGHLIGHT)?.size).toBe(2);
    highlighter.draw('plain', rangeOf('各市'), true);
    highlighter.draw('commented', rangeOf('苏政发'), false);
    expect([...registry.get(COMMENTED_NOTE_HIGHLIGHT)!].map(String)).toEqual(['各市']);
    highlighter.remove('plain');
    expect(registry.get(COMMENTED_NOTE_HIGHLIGHT)?.size).toBe(0);
  });

  it('redraws a note in place rather than painting it twice', () => {
    const highlighter = createHighlighter();
    highlighter.draw('a', rangeOf('苏政发'));
    highlighter.draw('a', rangeOf('144号'));
    expect([...registry.get(NOTE_HIGHLIGHT)!].map(String)).toEqual(['144号']);
  });

  it('paints the active note on top, and forgets it when the note goes', () => {
    const highlighter = createHighlighter();
    highlighter.draw('a', rangeOf('苏政发'));
    highlighter.setActive('a');
    const active = registry.get(ACTIVE_NOTE_HIGHLIGHT)!;
    expect(active.priority).toBeGreaterThan(registry.get(NOTE_HIGHLIGHT)!.priority);
    expect([...active].map(String)).toEqual(['苏政发']);
    highlighter.draw('a', rangeOf('各市'));
    expect([...active].map(String)).toEqual(['各市']);
    highlighter.remove('a');
    expect(active.size).toBe(0);
  });

  it('tells which notes are under a point, overlapping ones included', () => {
    const highlighter = createHighlighter();
    highlighter.draw('docNumber', rangeOf('苏政发〔2018〕144号'));
    highlighter.draw('year', rangeOf('2018'));
    const x = (quote: string) => index.text.indexOf(quote) * 10 + 3;
    expect(highlighter.notesAt(x('2018'), 10)).toEqual(['docNumber', 'year']);
    expect(highlighter.notesAt(x('苏政发'), 10)).toEqual(['docNumber']);
    expect(highlighter.notesAt(x('各市'), 10)).toEqual([]);
    // Left half of the character just after a highlight: the caret sits at the highlight's end.
    expect(highlighter.notesAt(x('。各市') + 1, 10)).toEqual([]);
  });

  it('finds no note over a text field, where the caret is an offset into the field’s value', () => {
    document.body.insertAdjacentHTML('beforeend', '<input value="搜索政策文件">');
    const input = document.querySelector('input')!;
    // What Chromium returns over the field's text: the field itself, with an offset into its value.
    document.caretPositionFromPoint = () => ({ offsetNode: input, offset: 4 }) as unknown as CaretPosition;
    const highlighter = createHighlighter();
    highlighter.draw('a', rangeOf('苏政发'));
    expect(highlighter.notesAt(500, 10)).toEqual([]);
  });
});
