import type { NoticeBlock, NoticeDocument } from './notice-document.js';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function blockHtml(block: NoticeBlock): string {
  const e = escapeHtml;
  switch (block.kind) {
    case 'text':
      return block.lines.map((line) => `<p>${e(line)}</p>`).join('\n');
    case 'facts':
      return `<dl>\n${block.rows.map((row) => `<dt>${e(row.label)}</dt><dd>${e(row.value)}</dd>`).join('\n')}\n</dl>`;
    case 'list':
      return `<ul>\n${block.items.map((item) => `<li>${e(item)}</li>`).join('\n')}\n</ul>`;
    case 'table': {
      const total = block.columns.reduce((sum, column) => sum + column.width, 0);
      const columns = block.columns.map((column) => `<col style="width: ${((100 * column.width) / total).toFixed(1)}%">`).join('');
      const head = block.columns.map((column) => `<th>${e(column.title)}</th>`).join('');
      const rows = block.rows.map(([first, ...rest]) => `<tr><th>${e(first)}</th>${rest.map((cell) => `<td>${e(cell)}</td>`).join('')}</tr>`).join('\n');
      return `<table>\n<colgroup>${columns}</colgroup>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
    }
  }
}

/**
 * A notice as an A4 HTML page. The font is served by the gateway from @fontsource/noto-sans-sc, so the page
 * needs nothing from outside and prints the same on every machine.
 */
export function noticeHtml(document: NoticeDocument, fontUrl: string, pdfUrl: string): string {
  const e = escapeHtml;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(document.heading)}</title>
<style>
@font-face { font-family: "Noto Sans SC"; src: url("${e(fontUrl)}") format("woff2"); font-weight: 400; font-display: block; }
@page { size: A4; margin: 20mm 18mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans SC", sans-serif; color: #111; margin: 0; background: #eee; line-height: 1.7; }
.sheet { width: 210mm; min-height: 297mm; margin: 12px auto; padding: 20mm 18mm; background: #fff; box-shadow: 0 0 6px #999; }
h1 { font-size: 22pt; text-align: center; letter-spacing: 0.2em; margin: 0 0 4mm; }
.place { text-align: center; font-size: 11pt; margin: 0 0 6mm; }
.status { text-align: center; font-size: 11pt; padding: 1mm; border: 1px solid #111; margin: 0 0 6mm; }
.status.corrected { border-color: #b00; color: #b00; }
p, li { font-size: 12pt; margin: 0 0 2mm; }
table { width: 100%; border-collapse: collapse; margin: 3mm 0 5mm; font-size: 11pt; }
th, td { border: 1px solid #333; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
thead th { white-space: nowrap; }
tr { break-inside: avoid; }
dl { display: grid; grid-template-columns: 28mm 1fr; margin: 0 0 5mm; font-size: 12pt; }
dt { font-weight: 400; } dd { margin: 0; }
.signature { text-align: right; margin-top: 10mm; font-size: 12pt; }
.verification { margin-top: 12mm; border-top: 1px dashed #333; padding-top: 3mm; font-size: 10pt; }
.code { font-size: 16pt; letter-spacing: 0.15em; }
.toolbar { text-align: center; margin: 12px; font-size: 11pt; }
@media print {
  body { background: #fff; }
  .sheet { width: auto; min-height: auto; margin: 0; padding: 0; box-shadow: none; }
  .toolbar { display: none; }
}
</style>
</head>
<body>
<div class="toolbar"><a href="${e(pdfUrl)}">PDF</a> · <a href="javascript:print()">打印</a></div>
<main class="sheet">
<h1>${e(document.heading)}</h1>
<p class="place">${e(document.place)}</p>
<p class="status${document.status.inForce ? '' : ' corrected'}">${e(document.status.text)}</p>
${document.body.map(blockHtml).join('\n')}
<p>${e(document.closing)}</p>
<p class="signature">${e(document.committee.name)}（盖章）<br>${e(document.signedOn)}</p>
<section class="verification">
<p>核验码 <span class="code">${e(document.verification.code)}</span></p>
<p>${e(document.verification.instructions)}</p>
</section>
</main>
</body>
</html>
`;
}
