// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BodyObserver } from '@/entrypoints/content/body-observer';

const QUIET = 50;
const CHECK = 1000;
/** Lets the observer's records arrive (they come in a microtask). */
const records = () => new Promise<void>((resolve) => queueMicrotask(resolve));

let observer: BodyObserver;
let reported: Node[];
/** What the watcher says may go unobserved: blocks whose text has no 号. */
let ignorable: (element: Element) => boolean;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
  document.body.innerHTML = `
    <header><p id="time">北京时间 <span id="clock">--</span></p></header>
    <article><p id="text">国函〔2025〕80号</p></article>`;
  reported = [];
  ignorable = (element) => !(element.closest('p')?.textContent ?? '').includes('号');
  observer = new BodyObserver();
  observer.addRoot(document.body);
  observer.watch({ onChange: (changed) => changed.forEach((node) => reported.push(node)), quietMs: QUIET, ignorable: (element) => ignorable(element) });
});
afterEach(() => {
  observer.remove();
  vi.useRealTimers();
});

const clock = () => document.getElementById('clock')!;

/** Ticks the clock `n` times, one task each, as a page's timer does. */
async function tick(n: number, text = (i: number) => `12:00:${i}`) {
  for (let i = 0; i < n; i++) {
    clock().textContent = text(i);
    await records();
  }
}

async function settle() {
  await records();
  vi.advanceTimersByTime(4 * QUIET);
}

describe('BodyObserver', () => {
  it('reports a change once the page is quiet, as the changed text’s parent', async () => {
    clock().textContent = '12:00:00';
    await settle();
    expect(reported).toEqual([clock()]);
  });

  it('stops observing a hot element no watcher needs, and still sees everything else', async () => {
    await tick(30);
    await settle();
    expect(observer.mutedCount).toBe(1);
    reported = [];
    await tick(30);
    await settle();
    expect(reported).toEqual([]);
    // Its neighbours, ancestors and new content elsewhere are still observed.
    const text = document.getElementById('text')!;
    text.firstChild!.textContent = '苏政发〔2018〕144号';
    const time = document.getElementById('time')!;
    time.firstChild!.textContent = '东京时间 ';
    const late = document.createElement('p');
    document.querySelector('header')!.append(late);
    await settle();
    expect(new Set(reported)).toEqual(new Set([text, time, late]));
    reported = [];
    late.textContent = '国发〔2024〕1号';
    await settle();
    expect(reported).toEqual([late]);
  });

  it('keeps observing a hot element that a watcher cannot ignore', async () => {
    ignorable = () => false;
    await tick(30);
    await settle();
    expect(observer.mutedCount).toBe(0);
    expect(reported).toContain(clock());
  });

  it('observes a muted element again, and reports it, once its block may matter', async () => {
    await tick(30);
    await settle();
    reported = [];
    await tick(1, () => '见国函〔2025〕80号');
    vi.advanceTimersByTime(CHECK);
    await settle();
    expect(reported).toEqual([clock()]);
    expect(observer.mutedCount).toBe(0);
    reported = [];
    clock().textContent = '12:00:00';
    await settle();
    expect(reported).toEqual([clock()]);
  });

  it('forgets a muted element that left the page', async () => {
    await tick(30);
    expect(observer.mutedCount).toBe(1);
    document.querySelector('header')!.remove();
    vi.advanceTimersByTime(CHECK);
    expect(observer.mutedCount).toBe(0);
  });
});
