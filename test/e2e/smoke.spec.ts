import { test, expect } from './fixtures';

test('the built extension loads and its popup renders', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.locator('#root')).not.toBeEmpty();
});
