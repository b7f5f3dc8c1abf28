import { describe, expect, it, vi } from 'vitest';
import { isActiveOn, readSettings } from '../../../lib/settings-read';

describe('what the content script loads on every page', () => {
  it('reads settings, asks the background and finds references without loading zod', async () => {
    vi.resetModules();
    vi.doMock('zod', () => {
      throw new Error('zod loaded');
    });
    await import('../../../lib/settings-read');
    await import('../../../lib/page-key');
    await import('../../../entrypoints/content/messaging');
    await import('../../../entrypoints/content/commands');
    await import('../../../lib/store/storage-keys');
    await import('../../../lib/notes/limits');
    await import('../../../lib/detect/detect');
    await import('../../../lib/detect/matcher');
    await import('../../../lib/detect/page-needs');
    await import('../../../entrypoints/content/page-matcher');
    vi.doUnmock('zod');
  });
});

describe('commands from the background', () => {
  it('are read as the senders wrote them, and anything else is ignored', async () => {
    const { pageReferenceCommand, isMainTextCommand } = await import('../../../entrypoints/content/commands');
    expect(pageReferenceCommand({ type: 'show-reference', index: 2 })).toEqual({ type: 'show-reference', index: 2 });
    expect(pageReferenceCommand({ type: 'next-reference' })).toEqual({ type: 'next-reference' });
    expect(pageReferenceCommand({ type: 'show-reference', index: -1 })).toBeNull();
    expect(pageReferenceCommand({ type: 'show-reference', index: '2' })).toBeNull();
    expect(pageReferenceCommand('next-reference')).toBeNull();
    expect(isMainTextCommand({ type: 'extract-main-text' })).toBe(true);
    expect(isMainTextCommand({ type: 'open-note-editor' })).toBe(false);
  });
});

describe('readSettings', () => {
  it('reads what the popup stored', () => {
    const settings = readSettings({ paused: false, disabledSites: ['example.org'] });
    expect(isActiveOn(settings, 'example.org')).toBe(false);
    expect(isActiveOn(settings, 'gov.cn')).toBe(true);
    expect(isActiveOn(readSettings({ paused: true, disabledSites: [] }), 'gov.cn')).toBe(false);
  });

  it('falls back to the defaults, field by field, for anything odd', () => {
    const defaults = { paused: false, disabledSites: [], theme: 'system', language: 'browser' };
    expect(readSettings(undefined)).toEqual(defaults);
    expect(readSettings('x')).toEqual(defaults);
    expect(readSettings({ paused: 'yes', disabledSites: ['a.cn', 3], theme: 'neon', language: 'fr' })).toEqual({ ...defaults, disabledSites: ['a.cn'] });
    expect(readSettings({ paused: true, theme: 'dark', language: 'en' })).toEqual({ ...defaults, paused: true, theme: 'dark', language: 'en' });
  });
});
