// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { textIndex } from '../../../entrypoints/content/text-index';

// A policy page as sites print them: 文号 split across inline elements, comments, an empty
// text node, script text (part of textContent too) and nested lists.
const html =
  '<h1>江苏省人民政府<br>关于推动生物医药产业高质量发展的意见</h1>' +
  '<p>苏政发<b>〔2018〕</b><!-- 注释 -->144号</p>' +
  '<script>var x = 1;</script>' +
  '<ul><li>一、总体要求</li><li><span></span><i>二、</i>发展目标</li></ul>';

beforeEach(() => {
  document.body.innerHTML = html;
  document.querySelector('span')!.appendChild(document.createTextNode(''));
});

describe('textIndex', () => {
  it('holds exactly the text of body.textContent', () => {
    expect(textIndex(document.body).text).toBe(document.body.textContent);
  });

  it('maps every offset span to a range holding that text, across element boundaries', () => {
    const index = textIndex(document.body);
    for (let start = 0; start < index.text.length; start++) {
      for (let end = start + 1; end <= index.text.length; end++) {
        const range = index.offsetsToRange(start, end);
        expect(range.toString()).toBe(index.text.slice(start, end));
        expect(index.rangeToOffsets(range)).toEqual({ start, end });
      }
    }
  });

  it('starts a range in the node where its text begins and ends it where its text ends', () => {
    const index = textIndex(document.body);
    const start = index.text.indexOf('〔2018〕');
    const range = index.offsetsToRange(start, start + '〔2018〕'.length);
    expect(range.startContainer.parentElement?.tagName).toBe('B');
    expect(range.endContainer.parentElement?.tagName).toBe('B');
  });

  it('converts ranges whose boundaries are elements, as selections often are', () => {
    const index = textIndex(document.body);
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    expect(index.rangeToOffsets(range)).toEqual({
      start: index.text.indexOf('苏政发'),
      end: index.text.indexOf('144号') + '144号'.length,
    });
    // Boundary points before the <i> and after the last <li> (both on elements).
    const li = document.querySelectorAll('li')[1]!;
    range.setStart(li, 1);
    range.setEnd(document.querySelector('ul')!, 2);
    expect(range.toString()).toBe('二、发展目标');
    expect(index.rangeToOffsets(range)).toEqual({ start: index.text.indexOf('二、'), end: index.text.length });
  });

  it('rejects offsets outside the text', () => {
    const index = textIndex(document.body);
    expect(() => index.offsetsToRange(0, index.text.length + 1)).toThrow(RangeError);
    expect(() => index.offsetsToRange(5, 3)).toThrow(RangeError);
  });
});
