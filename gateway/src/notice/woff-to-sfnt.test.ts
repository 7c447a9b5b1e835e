import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { NOTICE_FONT_WOFF } from './notice-font.js';
import { woffToSfnt } from './woff-to-sfnt.js';

describe('woffToSfnt', () => {
  const woff = readFileSync(NOTICE_FONT_WOFF);
  const font = woffToSfnt(woff);

  it('unpacks every table of the WOFF into a TrueType font of the size the WOFF declares', () => {
    // The WOFF's flavor: 0x00010000, a TrueType-outline font.
    expect([font.readUInt32BE(0), woff.readUInt32BE(4)]).toEqual([0x00010000, 0x00010000]);
    expect(font.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
    expect(font.length).toBe(woff.readUInt32BE(16));
  });

  it('gives pdfkit a font with the Chinese glyphs a notice uses', () => {
    const pdf = new PDFDocument({ size: 'A4' });
    pdf.font(font).fontSize(12);
    const widths = ['业主大会决议公示', '壹贰叁肆伍', '0123456789 m²'].map((text) => pdf.widthOfString(text));
    expect(widths.every((width) => width > 0)).toBe(true);
    expect(pdf.widthOfString('业主大会决议公示')).toBeCloseTo(8 * 12, 0);
  });

  it('refuses a file that is not WOFF', () => {
    expect(() => woffToSfnt(Buffer.from('OTTO\0\0\0\0'))).toThrow('not a WOFF 1.0 font');
  });
});
