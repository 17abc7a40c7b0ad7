// Renders the Baodi fixture as the official .docx, converts it to PDF with LibreOffice (when
// installed) and its first page to docs/export-baodi-page1.png, the preview shown in the docs.
//   npm run build && node scripts/render-export-preview.js
const { execFileSync } = require('node:child_process');
const { mkdtempSync, readFileSync, writeFileSync, copyFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');
const { exportReportDocx, importReportText } = require('../dist/libs/content/src');

async function main() {
  const root = resolve(__dirname, '..');
  const text = readFileSync(resolve(root, 'fixtures/reports/baodi-district-transport-2023.txt'), 'utf8');
  const imported = importReportText(text);
  const docx = await exportReportDocx({
    title: imported.title ?? '宝坻区交通局2023年法治政府建设情况报告',
    unitName: imported.unitName ?? '天津市宝坻区交通局',
    date: '2024-01-15',
    sections: imported.sections,
  });
  const dir = mkdtempSync(join(tmpdir(), 'rf-preview-'));
  writeFileSync(join(dir, 'baodi.docx'), docx);
  execFileSync(
    'libreoffice',
    ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'baodi.docx')],
    { stdio: 'ignore' },
  );
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    join(dir, 'baodi.pdf'),
    join(dir, 'page'),
  ]);
  const page = require('node:fs')
    .readdirSync(dir)
    .find((f) => f.startsWith('page') && f.endsWith('.png'));
  copyFileSync(join(dir, page), resolve(root, 'docs/export-baodi-page1.png'));
  const pages = execFileSync('pdfinfo', [join(dir, 'baodi.pdf')], { encoding: 'utf8' }).match(
    /Pages:\s+(\d+)/,
  )[1];
  console.log(`docs/export-baodi-page1.png written (the PDF has ${pages} pages)`);
}

main().catch((error) => {
  console.error(`render-export-preview: ${error.message}`);
  process.exit(1);
});
