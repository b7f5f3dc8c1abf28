import type { ConvertFn, Script } from './script';

type Converter = (text: string) => string;
const converters = new Map<Script, Promise<Converter>>();

/**
 * opencc-js's 简→繁 dictionaries are ~450 KB gzipped: they load on the first conversion a
 * reader asks for, in an extension page or the background, never in the content script.
 */
export const convertScript: ConvertFn = async (text, script) => {
  if (script === 'original') return text;
  let converter = converters.get(script);
  if (!converter) {
    converter = import('opencc-js').then(({ Converter }) =>
      script === 'cn' ? Converter({ from: 'tw', to: 'cn' }) : Converter({ from: 'cn', to: script }),
    );
    converters.set(script, converter);
  }
  return (await converter)(text);
};
