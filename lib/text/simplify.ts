import { Converter } from 'opencc-js/t2cn';

/**
 * 繁體 (台灣/香港/OpenCC) → 简体, phrase-aware, with opencc-js's dictionaries: for building the
 * corpus and for display, never for detection (content scripts fold with fold.ts's table).
 */
let toSimplified: ((s: string) => string) | undefined;
export function simplify(text: string): string {
  toSimplified ??= Converter({ from: 'tw', to: 'cn' });
  return toSimplified(text);
}
