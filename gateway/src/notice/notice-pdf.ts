import PDFDocument from 'pdfkit';
import type { NoticeDocument } from './notice-document.js';
import { noticeFontForPdf } from './notice-font.js';

const MM = 72 / 25.4;

/** The notice as an A4 PDF, typeset with the same document as the HTML page; the font subset is embedded. */
export function noticePdf(document: NoticeDocument): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margins: { top: 20 * MM, bottom: 20 * MM, left: 18 * MM, right: 18 * MM }, info: { Title: document.heading } });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
  const left = pdf.page.margins.left;

  pdf.font(noticeFontForPdf());
  pdf.fontSize(20).text(document.heading, { align: 'center', characterSpacing: 3 });
  pdf.moveDown(0.3).fontSize(10).text(document.place, { align: 'center' });
  pdf.moveDown(0.5).fillColor(document.status.inForce ? '#111111' : '#bb0000').fontSize(11).text(document.status.text, { align: 'center' }).fillColor('#111111');
  pdf.moveDown(0.8).fontSize(12).text('全体业主：').moveDown(0.2).text('业主大会就下列事项进行了表决，现将表决结果公示如下。');
  pdf.moveDown(0.6);
  for (const [label, value] of [['表决事项', document.motion], ['事项类别', document.category], ['表决结果', document.decision]]) {
    const y = pdf.y;
    pdf.text(label, left, y, { width: 24 * MM });
    pdf.text(value, left + 26 * MM, y, { width: width - 26 * MM });
    pdf.moveDown(0.2);
  }

  // The tally as a ruled table: label, figure, words, share.
  pdf.moveDown(0.5).fontSize(10);
  const columns = [30 * MM, 28 * MM, width - 58 * MM - 48 * MM, 48 * MM];
  const row = (cells: string[]) => {
    const y = pdf.y;
    const heights = cells.map((cell, index) => pdf.heightOfString(cell, { width: columns[index] - 4 }));
    const height = Math.max(...heights) + 6;
    let x = left;
    cells.forEach((cell, index) => {
      pdf.rect(x, y, columns[index], height).stroke('#333333');
      pdf.text(cell, x + 2, y + 3, { width: columns[index] - 4 });
      x += columns[index];
    });
    pdf.x = left;
    pdf.y = y + height;
  };
  row(['项目', '数字', '中文数字', '比例']);
  for (const line of document.tally) row([line.label, line.figure, line.words, line.share ?? '']);

  pdf.moveDown(0.8).fontSize(11);
  for (const rule of document.rules) pdf.text(`· ${rule}`, left, pdf.y, { width }).moveDown(0.2);
  pdf.moveDown(0.5);
  const facts = [...document.dates, ...(document.committee.term ? [{ label: '业主委员会', value: document.committee.term }] : [])];
  for (const date of facts) {
    const y = pdf.y;
    pdf.text(date.label, left, y, { width: 24 * MM });
    pdf.text(date.value, left + 26 * MM, y, { width: width - 26 * MM });
    pdf.moveDown(0.1);
  }
  pdf.moveDown(0.8).fontSize(12).text(document.closing, left, pdf.y, { width });
  pdf.moveDown(1.5).text(`${document.committee.name}（盖章）`, left, pdf.y, { width, align: 'right' }).text(document.signedOn, { width, align: 'right' });

  pdf.moveDown(2).fontSize(10);
  pdf.moveTo(left, pdf.y).lineTo(left + width, pdf.y).dash(3, { space: 3 }).stroke('#333333').undash();
  pdf.moveDown(0.5).fontSize(14).text(`核验码  ${document.verification.code}`, left, pdf.y, { width, characterSpacing: 1 });
  pdf.fontSize(9).text(document.verification.instructions, left, pdf.y, { width });
  pdf.end();
  return done;
}
