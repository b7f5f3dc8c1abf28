import { buildMatcher } from '../lib/detect/matcher';
import { goldSource } from '../test/gold/detection/library';
import { goldPages } from '../test/gold/detection/pages';
import { score } from '../test/gold/detection/score';
import { mergeSources, syntheticLibrary } from '../test/gold/detection/synthetic-library';
for (const lib of [goldSource(), mergeSources(goldSource(), syntheticLibrary(10_000))]) {
  const t0 = performance.now();
  const m = buildMatcher(lib);
  const t1 = performance.now();
  const s = score(m, goldPages);
  console.log(lib.documents.length, 'docs build', (t1 - t0).toFixed(0), 'ms score', (performance.now() - t1).toFixed(0), 'ms P', s.precision.toFixed(4), 'R', s.recall.toFixed(4), JSON.stringify(s.perKind));
  const uniq = (xs: any[]) => [...new Map(xs.map((x) => [x.page.replace(/-\d$/, '') + x.text + x.target, x])).values()];
  for (const m of uniq(s.missed)) console.log(' MISS', m.page, m.kind, JSON.stringify(m.text), m.target);
  for (const m of uniq(s.falses)) console.log(' FALSE', m.page, m.kind, JSON.stringify(m.text), m.target);
}
