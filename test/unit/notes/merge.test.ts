import { describe, expect, it } from 'vitest';
import { planImport } from '../../../lib/notes/merge';
import { sampleNotes } from './sample-notes';

describe('planImport', () => {
  it('adds new ids, replaces notes updated later, skips identical and older copies', () => {
    const [a, b, c] = sampleNotes();
    const existing = [a!, b!, c!];
    const newer = { ...a!, comment: '修改后的评论', updated: '2026-11-24T00:00:00.000Z' };
    const older = { ...b!, comment: '旧的评论', updated: '2026-11-01T00:00:00.000Z' };
    const fresh = { ...c!, id: 'another-note' };
    const plan = planImport(existing, [newer, older, c!, fresh]);
    expect(plan).toEqual({ added: [fresh], updated: [newer], skipped: [older, c] });
  });

  it('compares times, not their spelling', () => {
    const [a] = sampleNotes();
    const sameMoment = { ...a!, updated: '2026-11-21T09:30:00Z', comment: 'x' };
    expect(planImport([a!], [sameMoment]).skipped).toEqual([sameMoment]);
  });

  it('adds everything into an empty library', () => {
    const plan = planImport([], sampleNotes());
    expect([plan.added.length, plan.updated.length, plan.skipped.length]).toEqual([3, 0, 0]);
  });
});
