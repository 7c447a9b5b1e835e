import PDFDocument from 'pdfkit';
import type { NoticeBlock, NoticeDocument } from './notice-document.js';
import { noticeFontForPdf } from './notice-font.js';

const MM = 72 / 25.4;

/** A notice as an A4 PDF, typeset with the same document as the HTML page; the font subset is embedded. */
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
  const bottom = () => pdf.page.height - pdf.page.margins.bottom;

  /** Starts a new page when `height` more points would not fit on this one. */
  const keepTogether = (height: number) => {
    if (pdf.y + height > bottom()) {
      pdf.addPage();
      pdf.x = left;
    }
  };

  const facts = (rows: { label: string; value: string }[]) => {
    for (const row of rows) {
      keepTogether(pdf.heightOfString(row.value, { width: width - 26 * MM }));
      const y = pdf.y;
      pdf.text(row.label, left, y, { width: 24 * MM });
      const after = pdf.y;
      pdf.text(row.value, left + 26 * MM, y, { width: width - 26 * MM });
      pdf.y = Math.max(after, pdf.y);
      pdf.moveDown(0.15);
    }
  };

  const table = (block: Extract<NoticeBlock, { kind: 'table' }>) => {
    pdf.fontSize(10);
    const total = block.columns.reduce((sum, column) => sum + column.width, 0);
    const columns = block.columns.map((column) => (width * column.width) / total);
    const row = (cells: string[]) => {
      const height = Math.max(...cells.map((cell, index) => pdf.heightOfString(cell, { width: columns[index] - 4 }))) + 6;
      keepTogether(height);
      const y = pdf.y;
      let x = left;
      cells.forEach((cell, index) => {
        pdf.rect(x, y, columns[index], height).stroke('#333333');
        pdf.text(cell, x + 2, y + 3, { width: columns[index] - 4 });
        x += columns[index];
      });
      pdf.x = left;
      pdf.y = y + height;
    };
    row(block.columns.map((column) => column.title));
    for (const cells of block.rows) row(cells);
  };

  pdf.font(noticeFontForPdf());
  pdf.fontSize(20).text(document.heading, { align: 'center', characterSpacing: 3 });
  pdf.moveDown(0.3).fontSize(10).text(document.place, { align: 'center' });
  pdf.moveDown(0.5).fillColor(document.status.inForce ? '#111111' : '#bb0000').fontSize(11).text(document.status.text, { align: 'center' }).fillColor('#111111');
  pdf.moveDown(0.6);
  for (const block of document.body) {
    switch (block.kind) {
      case 'text':
        pdf.fontSize(12);
        for (const line of block.lines) pdf.text(line, left, pdf.y, { width }).moveDown(0.2);
        break;
      case 'facts':
        pdf.fontSize(12);
        facts(block.rows);
        break;
      case 'list':
        pdf.fontSize(11);
        for (const item of block.items) pdf.text(`· ${item}`, left, pdf.y, { width }).moveDown(0.2);
        break;
      case 'table':
        table(block);
        break;
    }
    pdf.moveDown(0.5);
  }
  pdf.moveDown(0.3).fontSize(12).text(document.closing, left, pdf.y, { width });
  keepTogether(120);
  pdf.moveDown(1.5).text(`${document.committee.name}（盖章）`, left, pdf.y, { width, align: 'right' }).text(document.signedOn, { width, align: 'right' });

  pdf.moveDown(2).fontSize(10);
  pdf.moveTo(left, pdf.y).lineTo(left + width, pdf.y).dash(3, { space: 3 }).stroke('#333333').undash();
  pdf.moveDown(0.5).fontSize(14).text(`核验码  ${document.verification.code}`, left, pdf.y, { width, characterSpacing: 1 });
  pdf.fontSize(9).text(document.verification.instructions, left, pdf.y, { width });
  pdf.end();
  return done;
}
