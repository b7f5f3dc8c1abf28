import { z } from 'zod';
import { SCRIPTS } from './script-names';

export const ScriptSchema = z.enum(SCRIPTS);
/** Display script: as printed, 简体, 繁體 (台灣), 繁體 (香港). */
export type Script = z.infer<typeof ScriptSchema>;

export type ConvertFn = (text: string, script: Script) => Promise<string>;
