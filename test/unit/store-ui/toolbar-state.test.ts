import { describe, expect, it } from 'vitest';
import { SettingsSchema } from '../../../lib/settings';
import { toolbarState } from '../../../lib/toolbar-state';

const settings = (over: object = {}) => SettingsSchema.parse(over);

describe('toolbar state', () => {
  it('is on for a page where detection runs', () => {
    expect(toolbarState(settings(), 'https://www.gov.cn/zhengce/')).toBe('on');
    expect(toolbarState(settings({ disabledSites: ['example.org'] }), 'http://www.gov.cn/')).toBe('on');
  });

  it('is off-here on a site switched off, and only there', () => {
    const s = settings({ disabledSites: ['www.gov.cn'] });
    expect(toolbarState(s, 'https://www.gov.cn/zhengce/content/1.htm')).toBe('off-here');
    expect(toolbarState(s, 'https://gov.cn/')).toBe('on');
  });

  it('is paused everywhere while paused, whatever the page', () => {
    const s = settings({ paused: true, disabledSites: ['www.gov.cn'] });
    for (const url of ['https://www.gov.cn/', 'chrome://extensions/', undefined]) expect(toolbarState(s, url)).toBe('paused');
  });

  it('is on for pages the content script never reads (no address, browser pages)', () => {
    const s = settings({ disabledSites: ['extensions'] });
    expect(toolbarState(s, undefined)).toBe('on');
    expect(toolbarState(s, 'chrome://extensions/')).toBe('on');
    expect(toolbarState(s, 'not a url')).toBe('on');
  });
});
