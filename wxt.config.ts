import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'activeTab', 'contextMenus', 'sidePanel'],
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+P' } },
      'add-note': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_noteAddWithComment__' },
    },
    // The notes manager page doubles as the side panel where the browser has one.
    side_panel: { default_path: 'notes.html' },
    // The in-page React UI, imported by the content script on first use (content/ui-kit.ts).
    // Only its per-session dynamic URL works, so pages cannot probe for it to fingerprint us.
    web_accessible_resources: [{ resources: ['content-ui.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
  },
});
