// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { changedBlocks, locate, textChunks } from '@/entrypoints/content/page-text';

beforeEach(() => {
  document.body.innerHTML = `
    <article id="a">
      <p id="p1">按照<b>国函</b>〔2025〕80号</p>
      <p id="p2">第二段<br>换行</p>
      <div contenteditable="true" id="editor"><p id="e1">苏政发〔2018〕144号</p></div>
      <script>var x = '国函〔2025〕80号';</script>
      <textarea>苏政发〔2018〕144号</textarea>
    </article>`;
});

const byId = (id: string) => document.getElementById(id)!;

describe('textChunks', () => {
  it('joins inline elements, separates blocks and <br> with a line break, and leaves editors and scripts out', () => {
    const [chunk, ...rest] = [...textChunks(document.body)];
    expect(rest).toEqual([]);
    const text = chunk!.text.replace(/\n\s*\n/g, '\n').trim();
    expect(text).toContain('按照国函〔2025〕80号');
    expect(text).toContain('第二段\n换行');
    expect(text).not.toContain('苏政发');
    expect(text).not.toContain('var x');
  });

  it('maps text offsets back to the text nodes they came from', () => {
    const chunk = [...textChunks(byId('p1'))][0]!;
    const at = chunk.text.indexOf('国函');
    const [startNode, startOffset] = locate(chunk, at, false);
    const [endNode, endOffset] = locate(chunk, at + '国函〔2025〕80号'.length, true);
    const range = document.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    expect(range.toString()).toBe('国函〔2025〕80号');
    expect(startNode.parentElement!.tagName).toBe('B');
  });
});

describe('changedBlocks', () => {
  it('gives the paragraphs that hold changed nodes, outermost only', () => {
    const bold = byId('p1').querySelector('b')!;
    expect(changedBlocks([bold.firstChild!, byId('p2')], document.body)).toEqual([byId('p1'), byId('p2')]);
    expect(changedBlocks([byId('a'), byId('p2').firstChild!], document.body)).toEqual([byId('a')]);
  });

  it('ignores changes in editors and detached nodes, and asks for a whole rescan at the root', () => {
    expect(changedBlocks([byId('e1').firstChild!], document.body)).toEqual([]);
    const gone = byId('p2');
    gone.remove();
    expect(changedBlocks([gone], document.body)).toEqual([]);
    document.body.append('正文直接在 body 里');
    expect(changedBlocks([document.body.lastChild!], document.body)).toBeNull();
  });
});
