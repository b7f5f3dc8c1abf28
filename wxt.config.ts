import { defineConfig } from 'wxt';
import { pdfjsAssets } from './scripts/pdf-assets';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'activeTab', 'contextMenus', 'sidePanel'],
    // The PDF reader asks for one origin at a time, when the reader opens a PDF from it.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+P' } },
      'add-note': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_noteAddWithComment__' },
    },
    // The notes manager page doubles as the side panel where the browser has one.
    side_panel: { default_path: 'notes.html' },
  },
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...pdfjsAssets());
    },
  },
});
