import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { woffToSfnt } from './woff-to-sfnt.js';

const require = createRequire(import.meta.url);
const FILES = join(dirname(require.resolve('@fontsource/noto-sans-sc/package.json')), 'files');

/**
 * Noto Sans SC from @fontsource/noto-sans-sc, which ships WOFF and WOFF2 only (no TTF/OTF), cut into
 * unicode-range slices plus one `chinese-simplified` file that holds the whole simplified set with Latin digits.
 * Browsers take the WOFF2 (smaller). pdfkit needs a font it can read fast: the WOFF, unpacked once into the
 * OpenType font it wraps (woff-to-sfnt.ts); pdfkit embeds only the glyphs a notice uses.
 */
export const NOTICE_FONT_WOFF2 = join(FILES, 'noto-sans-sc-chinese-simplified-400-normal.woff2');
export const NOTICE_FONT_WOFF = join(FILES, 'noto-sans-sc-chinese-simplified-400-normal.woff');

let unpacked: Buffer | undefined;

/** The notice font as OpenType for pdfkit, unpacked on first use and kept for the process. */
export function noticeFontForPdf(): Buffer {
  unpacked ??= woffToSfnt(readFileSync(NOTICE_FONT_WOFF));
  return unpacked;
}
