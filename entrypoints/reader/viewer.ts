import { TextLayer, type PDFDocumentProxy, type PDFPageProxy, type RenderTask } from 'pdfjs-dist';
import { normalizeGlyphs } from '@/lib/pdf/glyphs';
import { textItems } from './pdf';

/** Pages drawn at once at most: a 500-page PDF keeps this many canvases, not 500. */
const MAX_RENDERED = 8;

interface PageView {
  /** 0-based. */
  index: number;
  div: HTMLDivElement;
  /** Size at scale 1, in CSS pixels. */
  width: number;
  height: number;
  rendered: {
    page: PDFPageProxy;
    canvas: HTMLCanvasElement;
    textLayer: HTMLDivElement;
    textDivs: HTMLElement[];
    task: RenderTask | null;
    layer: TextLayer | null;
  } | null;
  generation: number;
}

export interface ViewerHooks {
  /** Page `index`'s text layer is in the DOM; textDivs[i] holds the page's text item i. */
  rendered(index: number, textDivs: HTMLElement[]): void;
  /** Page `index`'s canvas and text layer were dropped (scrolled far away, or zoomed). */
  released(index: number): void;
  /** The page most in view changed. */
  pageChanged(index: number): void;
}

/**
 * The pages of one PDF in a scrolling column: every page has a placeholder of its size, only
 * pages near the viewport are drawn (a canvas and pdf.js's selectable text layer), and the
 * farthest are dropped again past MAX_RENDERED, so memory stays bounded whatever the length.
 */
export class PdfViewer {
  private readonly pages: PageView[] = [];
  private readonly visible = new Set<number>();
  private readonly observer: IntersectionObserver;
  private scale = 1.25;
  private current = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly doc: PDFDocumentProxy,
    firstPageSize: { width: number; height: number },
    private readonly hooks: ViewerHooks,
  ) {
    this.observer = new IntersectionObserver((entries) => this.onIntersect(entries), { root: null, rootMargin: '50% 0px' });
    for (let index = 0; index < doc.numPages; index++) {
      const div = document.createElement('div');
      div.className = 'pl-pdf-page';
      div.dataset.page = String(index + 1);
      const view: PageView = { index, div, ...firstPageSize, rendered: null, generation: 0 };
      this.pages.push(view);
      this.size(view);
      container.append(div);
      this.observer.observe(div);
    }
  }

  get pageCount(): number {
    return this.pages.length;
  }

  get zoom(): number {
    return this.scale;
  }

  get currentPage(): number {
    return this.current;
  }

  /** The page's real size, once known (pages of one PDF may differ). */
  setPageSize(index: number, size: { width: number; height: number }): void {
    const view = this.pages[index];
    if (!view || (view.width === size.width && view.height === size.height)) return;
    view.width = size.width;
    view.height = size.height;
    this.size(view);
  }

  setZoom(scale: number): void {
    const keep = this.current;
    this.scale = Math.min(4, Math.max(0.5, scale));
    for (const view of this.pages) {
      this.release(view);
      this.size(view);
    }
    this.goTo(keep);
    for (const index of this.visible) void this.render(this.pages[index]!);
  }

  goTo(index: number): void {
    this.pages[Math.min(this.pages.length - 1, Math.max(0, index))]?.div.scrollIntoView({ block: 'start' });
  }

  /** The page's text layer element of item `item`, when that page is drawn. */
  textDiv(page: number, item: number): HTMLElement | undefined {
    return this.pages[page]?.rendered?.textDivs[item];
  }

  /** The page and item a text-layer node belongs to. */
  itemOf(node: Node): { page: number; item: number } | null {
    const element = node instanceof Element ? node : node.parentElement;
    const pageDiv = element?.closest<HTMLElement>('.pl-pdf-page');
    const page = pageDiv ? Number(pageDiv.dataset.page) - 1 : -1;
    const divs = this.pages[page]?.rendered?.textDivs;
    if (!divs || !element) return null;
    const item = divs.indexOf(element as HTMLElement);
    return item >= 0 ? { page, item } : null;
  }

  destroy(): void {
    this.observer.disconnect();
    for (const view of this.pages) this.release(view);
    this.container.replaceChildren();
  }

  private size(view: PageView): void {
    view.div.style.width = `${Math.floor(view.width * this.scale)}px`;
    view.div.style.height = `${Math.floor(view.height * this.scale)}px`;
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const index = Number((entry.target as HTMLElement).dataset.page) - 1;
      if (entry.isIntersecting) {
        this.visible.add(index);
        void this.render(this.pages[index]!);
      } else this.visible.delete(index);
    }
    let first = Infinity;
    for (const index of this.visible) first = Math.min(first, index);
    if (Number.isFinite(first) && first !== this.current) {
      this.current = first;
      this.hooks.pageChanged(first);
    }
    this.evict();
  }

  /** Drops the drawn pages farthest from the viewport beyond MAX_RENDERED. */
  private evict(): void {
    const drawn = this.pages.filter((v) => v.rendered && !this.visible.has(v.index));
    const limit = Math.max(0, MAX_RENDERED - this.visible.size);
    drawn.sort((a, b) => Math.abs(b.index - this.current) - Math.abs(a.index - this.current));
    for (const view of drawn.slice(0, Math.max(0, drawn.length - limit))) this.release(view);
  }

  private release(view: PageView): void {
    view.generation++;
    const rendered = view.rendered;
    if (!rendered) return;
    rendered.task?.cancel();
    rendered.layer?.cancel();
    // What pdf.js parsed to draw the page (its operator list, fonts and images) is let go once
    // the cancelled task has stopped; kept, a long PDF paged through would hold every page's.
    rendered.page.cleanup();
    // A zero-size canvas gives its pixel memory back at once.
    rendered.canvas.width = rendered.canvas.height = 0;
    view.div.replaceChildren();
    view.rendered = null;
    this.hooks.released(view.index);
  }

  private async render(view: PageView): Promise<void> {
    if (view.rendered) return;
    const generation = ++view.generation;
    const page: PDFPageProxy = await this.doc.getPage(view.index + 1);
    if (generation !== view.generation) return;
    const viewport = page.getViewport({ scale: this.scale });
    this.setPageSize(view.index, { width: viewport.width / this.scale, height: viewport.height / this.scale });
    const ratio = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.style.width = `${Math.floor(viewport.width)}px`;
    canvas.style.height = `${Math.floor(viewport.height)}px`;
    const textLayer = document.createElement('div');
    textLayer.className = 'textLayer';
    view.div.style.setProperty('--total-scale-factor', String(this.scale));
    view.div.replaceChildren(canvas, textLayer);
    view.rendered = { page, canvas, textLayer, textDivs: [], task: null, layer: null };
    // The text first (the worker answers in order): it is what the reader selects and what
    // references are drawn on; the picture follows.
    const content = await page.getTextContent();
    if (generation !== view.generation) return;
    const task = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
    view.rendered.task = task;
    // The same characters as the joined text, so a selection or a copy reads 生, not the radical ⽣.
    const items = textItems(content).map((item) => ({ ...item, str: normalizeGlyphs(item.str) }));
    const layer = new TextLayer({ textContentSource: { ...content, items }, container: textLayer, viewport });
    view.rendered.layer = layer;
    await layer.render().catch((error: unknown) => {
      if (generation === view.generation) throw error;
    });
    if (generation !== view.generation) return;
    view.rendered.layer = null;
    view.rendered.textDivs = layer.textDivs;
    this.hooks.rendered(view.index, layer.textDivs);
    await task.promise.catch((error: unknown) => {
      if (!(error instanceof Error && error.name === 'RenderingCancelledException')) throw error;
    });
    if (view.rendered) view.rendered.task = null;
    // Drawn: the operator list is no longer needed (pdf.js parses the page again if it is redrawn).
    if (generation === view.generation) page.cleanup();
  }
}
