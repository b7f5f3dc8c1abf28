import { useEffect, useRef, useState } from 'react';
import type { ConvertFn, Script } from '@/lib/script';

/** The texts in the chosen script; the originals until the conversion arrives. */
export function useConverted(texts: readonly string[], script: Script, convert: ConvertFn): readonly string[] {
  const joined = texts.join('\u0000');
  // Kept with what it converts, so texts of a view that just replaced another never show the old ones.
  const [converted, setConverted] = useState<{ from: string; script: Script; out: readonly string[] } | null>(null);
  // Hosts may pass a new function on every render; only the texts and the script matter.
  const convertRef = useRef(convert);
  convertRef.current = convert;
  useEffect(() => {
    let live = true;
    if (script !== 'original')
      // One call for all texts keeps round trips to the converter at one per view.
      void convertRef.current(joined, script).then((out) => live && setConverted({ from: joined, script, out: out.split('\u0000') }));
    return () => {
      live = false;
    };
  }, [joined, script]);
  return script !== 'original' && converted?.from === joined && converted.script === script ? converted.out : texts;
}
