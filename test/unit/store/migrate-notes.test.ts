import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { clauseMigration } from '@/lib/corpus/migrate';
import { parsePolicyText } from '@/lib/corpus/parse-text';
import type { Corpus } from '@/lib/corpus/schema';
import { openLibraryDb, type LibraryDb } from '@/lib/store/db';
import { importCorpus } from '@/lib/store/import-corpus';
import { sampleNotes } from '../notes/sample-notes';

const V1 = ['关于推进某某产业发展的实施方案', '一、总体要求', '（一）指导思想。坚持创新引领，推进产业集聚。', '二、重点任务', '（一）建设创新平台。支持龙头企业建设研发中心，给予资金支持。', '（二）培育骨干企业。对营业收入首次突破十亿元的企业给予奖励。', '（三）引进高端人才。对顶尖人才团队给予项目资助。', '某某市人民政府', '2024年1月2日'];
// The update inserts a task before the others: every later (N) moves down one.
const V2 = [...V1.slice(0, 4), '（一）优化审批服务。压缩审批时限，推行告知承诺制。', '（二）建设创新平台。支持龙头企业建设研发中心，给予资金支持。', '（三）培育骨干企业。对营业收入首次突破十亿元的企业给予奖励。', ...V1.slice(7)];

function corpusOf(lines: string[], version: string): Corpus {
  const parsed = parsePolicyText(lines.join('\n'), { id: 'd', source: 'fixture', kind: 'text' });
  const document = { ...parsed.document, level: parsed.document.level!, region: parsed.document.region! };
  return { schemaVersion: 1, version, documents: [document], clauses: parsed.clauses, cited: [], relations: [], quality: [] };
}

let db: LibraryDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

describe('clause links across corpus versions', () => {
  it('maps renumbered clauses by their wording, a dropped clause to its document, and lists no unchanged id', () => {
    const map = clauseMigration(corpusOf(V1, 'v-1-000000').clauses, corpusOf(V2, 'v-2-000000').clauses);
    expect(Object.fromEntries(map)).toEqual({
      'd:二/(一)': 'd:二/(二)',
      'd:二/(二)': 'd:二/(三)',
      // 引进高端人才 is gone: its notes stay linked to the document.
      'd:二/(三)': 'd',
    });
  });

  it("a bundled update carries notes' clause links to the clause that now holds the text", async () => {
    db = openLibraryDb('migrate-notes');
    await importCorpus(db, corpusOf(V1, 'v-1-000000'));
    const note = { ...sampleNotes()[0]!, clauseIds: ['d:二/(二)', 'd:一'] };
    await db.notes.put(note);
    await importCorpus(db, corpusOf(V2, 'v-2-000000'));
    expect((await db.notes.get(note.id))?.clauseIds).toEqual(['d:二/(三)', 'd:一']);
  });
});
