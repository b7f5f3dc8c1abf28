import type { SyntheticEvent } from 'react';
import { t } from '../i18n';

/** Keeps the page's selection and focus where they are when a toolbar button is pressed. */
const keepSelection = (event: SyntheticEvent) => event.preventDefault();

export function SelectionToolbar({ onHighlight, onAddNote }: { onHighlight: () => void; onAddNote: () => void }) {
  return (
    <div className="pl-root pl-note-toolbar" role="toolbar" aria-label={t('noteToolbar')}>
      <button type="button" onPointerDown={keepSelection} onMouseDown={keepSelection} onClick={onHighlight}>
        {t('noteHighlight')}
      </button>
      <button type="button" onPointerDown={keepSelection} onMouseDown={keepSelection} onClick={onAddNote}>
        {t('noteAddWithComment')}
      </button>
    </div>
  );
}
