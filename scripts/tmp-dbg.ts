import { buildMatcher } from '../lib/detect/matcher';
import { detect } from '../lib/detect/detect';
import { goldSource } from '../test/gold/detection/library';
import { goldPages } from '../test/gold/detection/pages';
const m = buildMatcher(goldSource());
for (const name of process.argv.slice(2)) { const p = goldPages.find((p) => p.name === name)!; console.log(p.text); console.log(detect(m, p.text).map((r) => [r.text, r.kind, r.clauseId ?? r.documentId ?? r.citedId ?? r.candidates ?? 'u'].join(' '))); }
