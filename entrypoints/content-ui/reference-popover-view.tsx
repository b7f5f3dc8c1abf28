import { Popover, targetOf, type LibraryTarget, type PopoverContent, type PopoverTarget } from '@/components/Popover';
import { PopoverFrame } from '@/components/PopoverFrame';
import type { Box } from '@/components/place';
import type { Reference } from '@/lib/detect/reference';
import type { Script } from '@/lib/script';
import { ask } from '../content/messaging';
import { reporter } from '../content/page-hooks';

const report = reporter('popover');

export interface ReferencePopoverProps {
  /** Each show is a new popover: its state (loaded view, expanded parts) starts afresh. */
  show: number;
  anchor: Box;
  reference: Reference;
  script: Script;
  onScriptChange(script: Script): void;
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
  /** The page's detector, once loaded: the clause texts shown link their own citations. */
  findReferences?: (text: string) => Reference[];
}

/** The explanation of one reference, as the content script's ReferencePopover shows it. */
export function referencePopoverView({ show, anchor, reference, script, onScriptChange, onClose, onPointerEnter, onPointerLeave, findReferences }: ReferencePopoverProps) {
  return (
    <PopoverFrame key={show} anchor={anchor} onPointerEnter={onPointerEnter} onPointerLeave={onPointerLeave}>
      <Popover
        target={targetOf(reference)}
        load={load}
        script={script}
        onScriptChange={onScriptChange}
        convert={(text, to) => ask({ type: 'convert', text, script: to })}
        onOpenLibrary={(target) => void ask({ type: 'open-library', target: libraryTarget(target) }).catch(report)}
        onClose={onClose}
        findReferences={findReferences}
      />
    </PopoverFrame>
  );
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
