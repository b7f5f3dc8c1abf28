import type { Settings } from './settings';
import { isActiveOn } from './settings-read';

/**
 * What the toolbar button shows for a tab: a greyed icon with a badge while detection is
 * paused everywhere or switched off for the tab's site. Pages that are not http(s) (the
 * browser's own, the extension's) are never scanned and show the plain icon.
 */
export type ToolbarState = 'on' | 'paused' | 'off-here';

export function toolbarState(settings: Settings, url: string | undefined): ToolbarState {
  if (settings.paused) return 'paused';
  const page = url ? URL.parse(url) : null;
  if (!page || !/^https?:$/.test(page.protocol)) return 'on';
  return isActiveOn(settings, page.hostname) ? 'on' : 'off-here';
}

/**
 * The content script connects on this port once per page load: the background learns the
 * tab's address from the port's sender, which it cannot read from the tab itself without the
 * "tabs" permission.
 */
export const TOOLBAR_PORT = 'policy-lens-toolbar';
