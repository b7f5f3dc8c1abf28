// `npm run bench`: runs every benchmark in scripts/bench/ in name order, or only those named
// on the command line (`npm run bench -- search`). Each prints its own figures and ratios.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, 'bench');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((name) => f.includes(name)))
  .sort();
for (const file of files) {
  console.log(`\n=== ${file.replace('.bench.ts', '')} ===`);
  const mod = (await import(join(dir, file))) as { run: () => Promise<void> };
  await mod.run();
}
