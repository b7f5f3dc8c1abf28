import { z } from 'zod';
import { SCRIPTS } from './script-names';

export const ScriptSchema = z.enum(SCRIPTS);
/**
 * Display script: as printed, 简体, 繁體 (台灣), 繁體 (香港) — characters only, the wording of
 * a legal text is quoted, not localised — and 繁體 with Taiwan's wording (优化 → 最佳化), only
 * when a reader asks for it.
 */
export type Script = z.infer<typeof ScriptSchema>;

export type ConvertFn = (text: string, script: Script) => Promise<string>;
