/**
 * What the stores receive: both built manifests, their icons and the three zips. Reads the
 * output of `npm run zip` (run by `npm test` before these checks).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const output = resolve('.output');
type Manifest = Record<string, any>;
const manifest = (dir: string): Manifest => JSON.parse(readFileSync(join(output, dir, 'manifest.json'), 'utf8'));
const chrome = manifest('chrome-mv3');
const firefox = manifest('firefox-mv3');
const locales = readdirSync(resolve('public/_locales'));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe.each([
  ['chrome-mv3', chrome],
  ['firefox-mv3', firefox],
])('%s manifest', (dir, m) => {
  it('is MV3 with the package version and only the permissions the features use', () => {
    expect(m.manifest_version).toBe(3);
    expect(m.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    expect(m.permissions.filter((p: string) => p !== 'sidePanel').sort()).toEqual(['activeTab', 'contextMenus', 'storage', 'unlimitedStorage']);
    expect(m.host_permissions ?? []).toEqual([]);
  });

  it('names icons at 16, 32, 48 and 128 px that exist at those sizes', () => {
    for (const icons of [m.icons, m.action.default_icon]) {
      expect(Object.keys(icons).sort()).toEqual(['128', '16', '32', '48']);
      for (const [size, path] of Object.entries<string>(icons)) expect(pngSize(join(output, dir, path)), path).toEqual([Number(size), Number(size)]);
    }
  });

  it('translates every __MSG_ name it uses in every locale', () => {
    const used = [...JSON.stringify(m).matchAll(/__MSG_(\w+)__/g)].map((x) => x[1]!);
    expect(used).toContain('extName');
    for (const locale of locales) {
      const messages = JSON.parse(readFileSync(join(output, dir, '_locales', locale, 'messages.json'), 'utf8'));
      for (const key of used) expect(messages[key]?.message, `${locale}.${key}`).toBeTruthy();
    }
  });
});

describe('Firefox manifest', () => {
  it('has a gecko id, declares that no data is collected and sets a minimum version', () => {
    const gecko = firefox.browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // 140 is the first ESR with the CSS Custom Highlight API the underlines are drawn with.
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
  });

  it('opens the notes manager in the sidebar instead of a side panel, with a background page', () => {
    expect(firefox.sidebar_action.default_panel).toBe('notes.html');
    expect(existsSync(join(output, 'firefox-mv3', 'notes.html'))).toBe(true);
    expect(firefox.side_panel).toBeUndefined();
    expect(firefox.permissions).not.toContain('sidePanel');
    expect(firefox.background.scripts).toEqual(['background.js']);
  });
});

describe('Chrome manifest', () => {
  it('opens the notes manager in the side panel, with a service worker', () => {
    expect(chrome.side_panel.default_path).toBe('notes.html');
    expect(chrome.permissions).toContain('sidePanel');
    expect(chrome.background.service_worker).toBe('background.js');
    expect(chrome.browser_specific_settings).toBeUndefined();
  });
});

describe('zips', () => {
  it('hold the Chrome package, the Firefox package and the sources AMO rebuilds it from', () => {
    const zips = readdirSync(output).filter((f) => f.endsWith('.zip'));
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    for (const kind of ['chrome', 'firefox', 'sources']) expect(zips, kind).toContain(`policy-lens-${version}-${kind}.zip`);
  });
});
