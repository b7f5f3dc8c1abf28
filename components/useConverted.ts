import { useEffect, useState } from 'react';
import type { ConvertFn, Script } from '@/lib/script';

/** The texts in the chosen script; the originals until the conversion arrives. */
export function useConverted(texts: readonly string[], script: Script, convert: ConvertFn): readonly string[] {
  const [converted, setConverted] = useState<readonly string[]>(texts);
  const joined = texts.join('\u0000');
  useEffect(() => {
    let live = true;
    setConverted(texts);
    if (script !== 'original')
      // One call for all texts keeps round trips to the converter at one per view.
      void convert(joined, script).then((out) => live && setConverted(out.split('\u0000')));
    return () => {
      live = false;
    };
  }, [joined, script, convert]);
  return converted;
}
