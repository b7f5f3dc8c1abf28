import { createRoot, type Root } from 'react-dom/client';
import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
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

/** The explanation of one reference, in a shadow root hung off <html>, outside the page's layout. */
export class ReferencePopover {
  private ui: ShadowRootContentScriptUi<Root> | null = null;
  private placed: PlacedReference | null = null;
  private script: Script = 'original';

  constructor(
    private readonly ctx: ContentScriptContext,
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
    this.placed = null;
    this.ui?.remove();
    this.ui = null;
    this.callbacks.shown(null);
  }

  show(placed: PlacedReference): void {
    this.close();
    this.placed = placed;
    this.callbacks.shown(placed);
    const rect = placed.range.getBoundingClientRect();
    const anchor = { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
    const render = (root: Root) =>
      root.render(
        <PopoverFrame anchor={anchor} onPointerEnter={this.callbacks.surfaceEnter} onPointerLeave={this.callbacks.surfaceLeave}>
          <Popover
            target={targetOf(placed.reference)}
            load={load}
            script={this.script}
            onScriptChange={(script) => {
              this.script = script;
              void saveScriptPreference(script);
              render(root);
            }}
            convert={(text, script) => ask({ type: 'convert', text, script })}
            onOpenLibrary={(target) => void ask({ type: 'open-library', target: libraryTarget(target) }).catch(report)}
            onClose={() => this.close()}
          />
        </PopoverFrame>,
      );
    void createShadowRootUi(this.ctx, {
      name: 'policy-lens-popover',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      onMount: (container) => {
        const root = createRoot(container);
        render(root);
        return root;
      },
      onRemove: (root) => root?.unmount(),
    }).then((ui) => {
      if (this.placed !== placed) return;
      this.ui = ui;
      ui.mount();
    }, report);
  }
}

export function libraryTarget(target: LibraryTarget): string {
  return `${target.kind}=${target.id}`;
}

export async function load(target: PopoverTarget): Promise<PopoverContent> {
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
