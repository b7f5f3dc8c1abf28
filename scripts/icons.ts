/**
 * Exports public/icon.svg to the PNG sizes the manifests name (icon/<size>.png) and a greyed
 * set (icon-off/<size>.png) the toolbar shows while detection is paused or off on a site.
 * Rendered by Debian's Chromium through Playwright, so no image library is needed; the PNGs are
 * committed, and `npm run icons` redraws them after the SVG changes.
 */
import { chromium } from '@playwright/test';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const SIZES = [16, 32, 48, 128];
const publicDir = resolve('public');
const svg = await readFile(join(publicDir, 'icon.svg'), 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const [dir, filter] of [['icon', 'none'], ['icon-off', 'grayscale(1) opacity(0.55)']] as const) {
    await mkdir(join(publicDir, dir), { recursive: true });
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}" style="display:block;filter:${filter}"></body></html>`);
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await writeFile(join(publicDir, dir, `${size}.png`), png);
      console.log(`${dir}/${size}.png ${png.length} B`);
    }
  }
} finally {
  await browser.close();
}
