/**
 * The decision letter as a PDF (ADR 099), written with pdf-lib in the standard Helvetica (no
 * font embedded: WinAnsi covers æ, ø, å and the typographic quotes and dashes the text uses). A
 * character the font cannot show — an emoji in a project title — is written as '?', never an
 * error. A4, wrapped to the margins, on as many pages as it takes, each numbered.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { format } from '../i18n/catalogue.ts';
import type { LetterContent } from './content.ts';
import { letterText } from './text.ts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 60;
const SIZE = 10.5;
const LEADING = 14.5;
const HEADING = 12;
const INK = rgb(0.1, 0.1, 0.12);

export async function renderLetter(content: LetterContent): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const date = new Date(content.date);
  doc.setTitle(content.title);
  doc.setLanguage(content.locale === 'en' ? 'en-GB' : content.locale === 'nn' ? 'nn-NO' : 'nb-NO');
  doc.setAuthor(content.letterhead[0] ?? '');
  doc.setCreator('Inkluderende kulturskoler');
  doc.setProducer('Inkluderende kulturskoler');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const shown = new Set(regular.getCharacterSet());
  /** Only what WinAnsi has; tabs and odd spaces as spaces, the rest as '?'. */
  const clean = (text: string) =>
    [...text.replace(/[\t\u2000-\u200b\u202f]/g, ' ')]
      .map((char) => (shown.has(char.codePointAt(0)!) ? char : '?'))
      .join('');

  const width = A4[0] - 2 * MARGIN;
  let page: PDFPage = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  const newPage = () => {
    page = doc.addPage(A4);
    y = A4[1] - MARGIN;
  };
  const ensure = (height: number) => {
    if (y - height < MARGIN + 20) newPage();
  };
  const wrap = (text: string, font: PDFFont, size: number, max: number): string[] => {
    const lines: string[] = [];
    let line = '';
    for (const word of clean(text).split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= max || !line) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
      // A word longer than the line (a long address) is cut where it must be.
      while (font.widthOfTextAtSize(line, size) > max && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > max) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    if (line) lines.push(line);
    return lines;
  };
  const write = (text: string, options: { font?: PDFFont; size?: number; x?: number; max?: number } = {}) => {
    const font = options.font ?? regular;
    const size = options.size ?? SIZE;
    for (const line of wrap(text, font, size, options.max ?? width)) {
      ensure(LEADING);
      page.drawText(line, { x: options.x ?? MARGIN, y, size, font, color: INK });
      y -= size === SIZE ? LEADING : size * 1.35;
    }
  };

  // Letterhead left, the reference right, then the addressee.
  const top = y;
  for (const line of content.letterhead) write(line, { font: bold, size: HEADING });
  const afterHead = y;
  y = top;
  const right = 190;
  for (const line of content.reference) write(line, { x: A4[0] - MARGIN - right, max: right });
  y = Math.min(y, afterHead) - 2 * LEADING;
  for (const line of content.recipient) write(line);
  y -= LEADING;

  for (const block of content.blocks) {
    if (block.kind === 'heading') {
      y -= 6;
      ensure(3 * LEADING); // a heading never ends a page alone
      write(block.text, { font: bold, size: HEADING });
      y -= 2;
    } else if (block.kind === 'paragraph') {
      write(block.text);
      y -= 4;
    } else {
      for (const row of block.rows) {
        ensure(LEADING);
        const font = row.strong ? bold : regular;
        const value = clean(row.value);
        write(row.label, { font, max: width - 140 });
        y += LEADING;
        page.drawText(value, {
          x: MARGIN + width - font.widthOfTextAtSize(value, SIZE),
          y,
          size: SIZE,
          font,
          color: INK,
        });
        y -= LEADING;
      }
      y -= 4;
    }
  }

  y -= LEADING;
  ensure(4 * LEADING);
  for (const line of content.signature) write(line);

  const pages = doc.getPages();
  for (const [index, each] of pages.entries()) {
    const label = clean(
      format(letterText['letter.page'], content.locale, { page: index + 1, pages: pages.length }),
    );
    each.drawText(label, {
      x: A4[0] - MARGIN - regular.widthOfTextAtSize(label, 8.5),
      y: MARGIN / 2,
      size: 8.5,
      font: regular,
      color: INK,
    });
  }
  return doc.save();
}
