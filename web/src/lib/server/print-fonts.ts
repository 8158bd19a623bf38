/**
 * The Noto Sans fonts the printed feedback card and poster are drawn with (./feedback-print.ts),
 * built into the server bundle (Vite's `?inline`), so the web function reads no font file.
 */
import regularLatin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?inline';
import regularLatinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff?inline';
import boldLatin from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?inline';
import boldLatinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff?inline';
import { loadPrintFonts, type PrintFonts } from './feedback-print.ts';

/** A `data:` URL's bytes. */
function bytesOf(dataUrl: string): ArrayBuffer {
  const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

let fonts: PrintFonts | undefined;

/** The fonts, read once a process. */
export function printFonts(): PrintFonts {
  fonts ??= loadPrintFonts({
    regular: [bytesOf(regularLatin), bytesOf(regularLatinExt)],
    bold: [bytesOf(boldLatin), bytesOf(boldLatinExt)],
  });
  return fonts;
}
