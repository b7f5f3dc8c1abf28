import type { Level } from './schema';

/**
 * Facts about the seeds that the texts do not state in words, taken from the project's design
 * notes: which seed holds what, how each document is classified, and the title public reporting
 * gives to 003. Everything else is read from the texts.
 */
export const SEED_PREFIX = { plan: '000_', planSummary: '001_', searchResults: '002_', beijing: '003_', jiangsu: '004_' } as const;

export const CLASSIFICATION: Record<'000' | '003' | '004', { level: Level; region: string }> = {
  // Issued by 商务部 with the province, approved by 国务院: a national measure for one province.
  '000': { level: 'national', region: '江苏' },
  // 北京 is a municipality directly under the central government: province level.
  '003': { level: 'provincial', region: '北京' },
  '004': { level: 'provincial', region: '江苏' },
};

export const REPORTED_TITLES = {
  '003': {
    title: '北京市生物医药全产业链开放实施方案',
    note: 'The text has no title line. Public reporting names it 《北京市生物医药全产业链开放实施方案》 (2022); the title is taken from there. No 文号 and no date are stated, so none are given (the reported year is not used as an issue date).',
  },
} as const;

/** The seed whose file name starts with `prefix`. */
export function seedFile(seeds: Record<string, string>, prefix: string): { file: string; text: string } {
  const file = Object.keys(seeds).find((name) => name.startsWith(prefix));
  if (file === undefined) throw new Error(`missing seed ${prefix}*.txt`);
  return { file, text: seeds[file]! };
}
