import type { Root } from 'react-dom/client';
import { Popover, targetOf, type LibraryTarget, type PopoverContent, type PopoverTarget } from '@/components/Popover';
import { PopoverFrame } from '@/components/PopoverFrame';
import { loadScriptPreference, saveScriptPreference } from '@/components/script-preference';
import type { Script } from '@/lib/script';
import { ask } from './messaging';
import { reporter } from './page-hooks';
import type { PlacedReference } from './reference-index';

const report = reporter('popover');

export interface PopoverCallbacks {
  /** The popover opened (a reference) or closed (null). */
  shown(placed: PlacedReference | null): void;
  surfaceEnter(): void;
  surfaceLeave(): void;
}

/** The explanation of one reference, in the page surface's closed shadow root, outside the page's layout. */
export class ReferencePopover {
  private placed: PlacedReference | null = null;
  private script: Script = 'original';
  /** Each show is a new popover: its state (loaded view, expanded parts) starts afresh. */
  private shows = 0;

  constructor(
    private readonly root: Root,
    private readonly callbacks: PopoverCallbacks,
  ) {}

  /** The reader's remembered 简/繁 choice. */
  async loadScript(): Promise<void> {
    this.script = await loadScriptPreference();
  }

  get current(): PlacedReference | null {
    return this.placed;
  }

  close(): void {
    const wasShown = this.placed !== null;
    this.placed = null;
    if (wasShown) this.root.render(null);
    this.callbacks.shown(null);
  }

  show(placed: PlacedReference): void {
    this.placed = placed;
    this.callbacks.shown(placed);
    const rect = placed.range.getBoundingClientRect();
    const anchor = { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
    const key = ++this.shows;
    const render = () =>
      this.root.render(
        <PopoverFrame key={key} anchor={anchor} onPointerEnter={this.callbacks.surfaceEnter} onPointerLeave={this.callbacks.surfaceLeave}>
          <Popover
            target={targetOf(placed.reference)}
            load={load}
            script={this.script}
            onScriptChange={(script) => {
              this.script = script;
              void saveScriptPreference(script);
              render();
            }}
            convert={(text, script) => ask({ type: 'convert', text, script })}
            onOpenLibrary={(target) => void ask({ type: 'open-library', target: libraryTarget(target) }).catch(report)}
            onClose={() => this.close()}
          />
        </PopoverFrame>,
      );
    render();
  }
}

function libraryTarget(target: LibraryTarget): string {
  return `${target.kind}=${target.id}`;
}

async function load(target: PopoverTarget): Promise<PopoverContent> {
  switch (target.kind) {
    case 'clause': {
      const view = await ask({ type: 'clause-view', clauseId: target.id });
      return view ? { kind: 'clause', view } : { kind: 'missing' };
    }
    case 'document': {
      const view = await ask({ type: 'document-view', documentId: target.id });
      return view ? { kind: 'document', view } : { kind: 'missing' };
    }
    case 'cited': {
      const view = await ask({ type: 'cited-view', citedId: target.id });
      return view ? { kind: 'cited', view } : { kind: 'missing' };
    }
    case 'unknown':
      return { kind: 'unknown', docNumber: target.docNumber };
  }
}
