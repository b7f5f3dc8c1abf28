import { z } from 'zod';

export const ScriptSchema = z.enum(['original', 'cn', 'tw', 'hk']);
/** Display script: as printed, 简体, 繁體 (台灣), 繁體 (香港). */
export type Script = z.infer<typeof ScriptSchema>;

export type ConvertFn = (text: string, script: Script) => Promise<string>;

type Converter = (text: string) => string;
const converters = new Map<Script, Promise<Converter>>();

/**
 * Extension pages load opencc-js's dictionaries only when a reader switches script
 * (cn2t is ~450 KB gzipped); tw/hk text goes to 简体 through the smaller full build's
 * converters as well, so one lazy chunk serves all directions.
 */
export const convertInPage: ConvertFn = async (text, script) => {
  if (script === 'original') return text;
  let converter = converters.get(script);
  if (!converter) {
    converter = import('opencc-js').then(({ Converter }) =>
      script === 'cn' ? Converter({ from: 'tw', to: 'cn' }) : Converter({ from: 'cn', to: script === 'tw' ? 'twp' : 'hk' }),
    );
    converters.set(script, converter);
  }
  return (await converter)(text);
};
