/**
 * The printed feedback link: a card to hand out and an A4 poster to put up, each with the
 * QR code, the link typed out and a few words, in English or Welsh, as SVG (for print
 * shops and editing) or PNG (for anything else). The text is drawn as outlines of the
 * Noto Sans font, so both formats look the same on any computer; the QR code
 * comes from the `qrcode` package, at error correction level M (it still scans when a
 * printed corner is torn or folded).
 */
import { PassThrough } from 'node:stream';
import * as PImage from 'pureimage';
import QRCode from 'qrcode';
import type { Font, PathCommand } from 'opentype.js';
// The package's ES module: its `main` is a browser bundle whose exports Node sees only as a default.
import { parse } from 'opentype.js/dist/opentype.mjs';

export type PrintDesign = 'card' | 'poster';
export type PrintFormat = 'svg' | 'png';

/** What is printed: the words already in the page's language. */
export interface PrintText {
  title: string;
  scan: string;
  about: string;
  anonymous: string;
  closes: string;
}

/** The fonts the text is drawn with: each weight's Latin and Latin Extended subsets (Welsh needs ŵ and ŷ). */
export interface PrintFonts {
  regular: readonly Font[];
  bold: readonly Font[];
}

/** Reads the fonts from their files' bytes (WOFF). */
export function loadPrintFonts(files: { regular: ArrayBuffer[]; bold: ArrayBuffer[] }): PrintFonts {
  return { regular: files.regular.map((f) => parse(f)), bold: files.bold.map((f) => parse(f)) };
}

/** Sizes in pixels. */
const designs = {
  // A card 85 mm wide at 300 pixels an inch, as tall as its words need.
  card: { width: 1004, height: 650, margin: 44, qr: 380, title: 56, body: 30, link: 30 },
  // A4 portrait at 150 pixels an inch.
  poster: { width: 1240, height: 1754, margin: 110, qr: 700, title: 92, body: 42, link: 44 },
} as const;

type Run = { commands: PathCommand[] };

/** The font of a family that has a glyph for `char`, the first otherwise. */
function fontFor(fonts: readonly Font[], char: string): Font {
  return fonts.find((font) => font.charToGlyph(char).index > 0) ?? fonts[0]!;
}

function advance(fonts: readonly Font[], text: string, size: number): number {
  let width = 0;
  for (const char of text) width += fontFor(fonts, char).getAdvanceWidth(char, size);
  return width;
}

/** The outline of a line of text whose baseline starts at (x, y). */
function lineOutline(fonts: readonly Font[], text: string, x: number, y: number, size: number): Run {
  const commands: PathCommand[] = [];
  let at = x;
  for (const char of text) {
    const font = fontFor(fonts, char);
    commands.push(...font.getPath(char, at, y, size).commands);
    at += font.getAdvanceWidth(char, size);
  }
  return { commands };
}

/** Splits `text` into lines no wider than `width`, at spaces. */
function wrap(fonts: readonly Font[], text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const tried = line ? `${line} ${word}` : word;
    if (line && advance(fonts, tried, size) > width) {
      lines.push(line);
      line = word;
    } else line = tried;
  }
  if (line) lines.push(line);
  return lines;
}

interface Layout {
  width: number;
  height: number;
  text: Run[];
  qr: { x: number; y: number; module: number; size: number; dark: (row: number, column: number) => boolean };
}

/** Where everything goes: the title, the QR code (centred), the link typed out, then the words. */
function layout(design: PrintDesign, url: string, words: PrintText, fonts: PrintFonts): Layout {
  const d = designs[design];
  const textWidth = d.width - 2 * d.margin;
  const text: Run[] = [];
  let y = d.margin;
  const block = (lines: string[], family: readonly Font[], size: number, centred: boolean) => {
    for (const line of lines) {
      y += size * 1.15;
      const x = centred ? (d.width - advance(family, line, size)) / 2 : d.margin;
      text.push(lineOutline(family, line, x, y, size));
    }
    y += size * 0.4;
  };
  block(wrap(fonts.bold, words.title, d.title, textWidth), fonts.bold, d.title, true);
  const code = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const modules = code.modules.size;
  // Four modules of quiet zone on each side, as scanners need.
  const module = Math.floor(d.qr / (modules + 8));
  const size = module * (modules + 8);
  const qr = {
    x: Math.round((d.width - size) / 2),
    y: Math.round(y),
    module,
    size,
    dark: (row: number, column: number) => code.modules.get(row, column) === 1,
  };
  y += size;
  block(wrap(fonts.regular, words.scan, d.body, textWidth), fonts.regular, d.body, true);
  block(wrap(fonts.bold, url, d.link, textWidth), fonts.bold, d.link, true);
  for (const paragraph of [words.about, words.anonymous, words.closes])
    block(wrap(fonts.regular, paragraph, d.body, textWidth), fonts.regular, d.body, true);
  return { width: d.width, height: Math.max(d.height, Math.ceil(y + d.margin / 2)), text, qr };
}

const round = (n: number) => Math.round(n * 10) / 10;

function pathData({ commands }: Run): string {
  return commands
    .map((c) => {
      switch (c.type) {
        case 'M':
        case 'L':
          return `${c.type}${round(c.x)} ${round(c.y)}`;
        case 'Q':
          return `Q${round(c.x1)} ${round(c.y1)} ${round(c.x)} ${round(c.y)}`;
        case 'C':
          return `C${round(c.x1)} ${round(c.y1)} ${round(c.x2)} ${round(c.y2)} ${round(c.x)} ${round(c.y)}`;
        default:
          return 'Z';
      }
    })
    .join('');
}

function qrSquares(qr: Layout['qr']): { x: number; y: number }[] {
  const count = qr.size / qr.module - 8;
  const squares: { x: number; y: number }[] = [];
  for (let row = 0; row < count; row += 1)
    for (let column = 0; column < count; column += 1)
      if (qr.dark(row, column)) squares.push({ x: qr.x + (column + 4) * qr.module, y: qr.y + (row + 4) * qr.module });
  return squares;
}

function toSvg(page: Layout, title: string): string {
  const { qr } = page;
  const squares = qrSquares(qr)
    .map(({ x, y }) => `M${x} ${y}h${qr.module}v${qr.module}h-${qr.module}z`)
    .join('');
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${page.width}" height="${page.height}" viewBox="0 0 ${page.width} ${page.height}" role="img">
<title>${escaped}</title>
<rect width="100%" height="100%" fill="#fff"/>
<path fill="#0b0c0c" d="${squares}"/>
<path fill="#0b0c0c" d="${page.text.map(pathData).join('')}"/>
</svg>
`;
}

async function toPng(page: Layout): Promise<Uint8Array<ArrayBuffer>> {
  const image = PImage.make(page.width, page.height);
  const context = image.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, page.width, page.height);
  context.fillStyle = '#0b0c0c';
  // Pixel by pixel, so neighbouring modules join with no seam for a scanner to trip on.
  for (const { x, y } of qrSquares(page.qr))
    for (let dy = 0; dy < page.qr.module; dy += 1)
      for (let dx = 0; dx < page.qr.module; dx += 1) image.setPixelRGBA(x + dx, y + dy, 0x0b0c0cff);
  for (const run of page.text) {
    context.beginPath();
    for (const c of run.commands) {
      if (c.type === 'M') context.moveTo(c.x, c.y);
      else if (c.type === 'L') context.lineTo(c.x, c.y);
      else if (c.type === 'Q') context.quadraticCurveTo(c.x1, c.y1, c.x, c.y);
      else if (c.type === 'C') context.bezierCurveTo(c.x1, c.y1, c.x2, c.y2, c.x, c.y);
      else context.closePath();
    }
    context.fill();
  }
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  await PImage.encodePNGToStream(image, sink);
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * The card or poster for a link, as an SVG document or PNG bytes.
 * @example await feedbackPrint({ design: 'card', format: 'png', url, words, fonts })
 */
export async function feedbackPrint(options: {
  design: PrintDesign;
  format: PrintFormat;
  url: string;
  words: PrintText;
  fonts: PrintFonts;
}): Promise<{ body: string | Uint8Array<ArrayBuffer>; contentType: string }> {
  const page = layout(options.design, options.url, options.words, options.fonts);
  return options.format === 'svg'
    ? { body: toSvg(page, `${options.words.title}: ${options.url}`), contentType: 'image/svg+xml; charset=utf-8' }
    : { body: await toPng(page), contentType: 'image/png' };
}
