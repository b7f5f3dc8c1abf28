import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ResolvedPublicFile } from 'wxt';

/**
 * pdf.js's character maps (Chinese PDFs often rely on Adobe-GB1 CMaps without embedding them)
 * and standard fonts, shipped as files of the extension under pdfjs/: the reader loads
 * nothing from the network.
 */
export function pdfjsAssets(): ResolvedPublicFile[] {
  const root = resolve('node_modules/pdfjs-dist');
  return ['cmaps', 'standard_fonts'].flatMap((dir) =>
    readdirSync(join(root, dir)).map((file) => ({ absoluteSrc: join(root, dir, file), relativeDest: `pdfjs/${dir}/${file}` })),
  );
}
