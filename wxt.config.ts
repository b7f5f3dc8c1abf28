import { defineConfig } from 'wxt';
import { pdfjsAssets } from './scripts/pdf-assets';

/** Toolbar and store icons, drawn in public/icon.svg and exported by `npm run icons`. */
const icons = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

/**
 * Firefox 140 is the ESR that has both the CSS Custom Highlight API (the underlines and note
 * highlights) and `data_collection_permissions`; older ones would install and show nothing.
 */
const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ID = 'policy-lens@policy-lens.invalid';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Firefox too gets MV3 (WXT's default for Firefox is MV2).
  manifestVersion: 3,
  zip: {
    // AMO rebuilds the Firefox package from these: sources, seeds and the corpus script, no tests.
    excludeSources: ['test/**', 'test-results/**', 'playwright-report/**', 'public/corpus.json', 'public/corpus-version.json', 'public/screenshots/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    icons,
    action: { default_icon: icons, default_title: '__MSG_extName__' },
    // unlimitedStorage: the notes database is exempt from quota and eviction from the first note
    // on (navigator.storage.persist() can only be asked from a page, i.e. when the manager opens).
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // The PDF reader asks for one origin at a time, when the reader opens a PDF from it.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+P' } },
      'add-note': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_noteAddWithComment__' },
      'next-reference': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_nextReference__' },
    },
    // The notes manager page doubles as the side panel (Chrome) or the sidebar (Firefox).
    ...(browser === 'firefox'
      ? {
          sidebar_action: { default_panel: 'notes.html', default_title: '__MSG_notesTitle__', default_icon: icons, open_at_install: false },
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_ID,
              strict_min_version: FIREFOX_MIN_VERSION,
              // Nothing leaves the machine: see the README's privacy section.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android knows data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          side_panel: { default_path: 'notes.html' },
          // document.caretPositionFromPoint (which note a click or the pointer is on) came in Chrome 128.
          minimum_chrome_version: '128',
        }),
    // The in-page React UI and "add this page"'s extraction, imported by the content script on
    // first use (content/lazy-module.ts).
    // In Chrome only their per-session dynamic URLs work, so pages cannot probe for it to
    // fingerprint the extension; Firefox's extension URLs are random per install anyway.
    web_accessible_resources: [
      { resources: ['content-ui.js', 'content-main-text.js'], matches: ['http://*/*', 'https://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const file of pdfjsAssets()) files.push(file);
    },
  },
});
