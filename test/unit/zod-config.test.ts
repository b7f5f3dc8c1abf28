import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

describe('zod without eval', () => {
  it('every entrypoint imports the jitless configuration before anything else', () => {
    const mains = readdirSync('entrypoints').flatMap((dir) =>
      ['index.ts', 'index.tsx', 'main.tsx'].map((file) => join('entrypoints', dir, file)).filter((path) => {
        try {
          return readFileSync(path, 'utf8').length > 0;
        } catch {
          return false;
        }
      }),
    );
    expect(mains.length).toBeGreaterThanOrEqual(6);
    for (const path of mains) expect(readFileSync(path, 'utf8').split('\n')[0], path).toBe("import '@/lib/zod-config';");
  });

  it('the configuration turns the compiled parsers and their eval probe off', async () => {
    await import('../../lib/zod-config');
    expect(z.config().jitless).toBe(true);
  });
});
