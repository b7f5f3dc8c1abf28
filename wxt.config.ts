import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'activeTab', 'contextMenus'],
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+P' } },
    },
  },
});
