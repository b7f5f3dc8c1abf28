import { describe, expect, it } from 'vitest';
import { convertScript } from '@/lib/convert';

describe('convertScript', () => {
  it('changes only the characters for 繁體: a legal text keeps its wording', async () => {
    expect(await convertScript('优化审评审批服务，加强信息共享', 'tw')).toBe('優化審評審批服務，加強信息共享');
    expect(await convertScript('优化审评审批服务，加强信息共享', 'hk')).toBe('優化審評審批服務，加強信息共享');
  });

  it('uses Taiwan wording only when asked to', async () => {
    expect(await convertScript('优化审评审批服务，加强信息共享', 'twp')).toBe('最佳化審評審批服務，加強資訊共享');
  });

  it('brings 繁體 to 简体 and leaves the original alone', async () => {
    expect(await convertScript('優化審評審批服務', 'cn')).toBe('优化审评审批服务');
    expect(await convertScript('優化審評審批服務', 'original')).toBe('優化審評審批服務');
  });
});
