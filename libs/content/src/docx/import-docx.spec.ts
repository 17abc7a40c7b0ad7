import { randomBytes } from 'node:crypto';
import JSZip from 'jszip';
import { htmlToText, importReportDocx, readDocxText } from './import-docx';
import { DocumentRejectedError, RejectionCode, UPLOAD_LIMITS } from './errors';
import { cleanText } from '../export/clean-text';
import { exportReportDocx } from '../export/export-docx';
import { importReportText } from '../import-text';
import { SECTION_KEYS } from '../types';
import { readFixture } from '../../test/fixtures';
import {
  hugeDocumentXml,
  makeZip,
  minimalDocxParts,
  patchDeclaredSize,
  withDuplicateEntry,
  withHiddenEntry,
} from '../../test/docx';

async function rejection(promise: Promise<unknown>): Promise<DocumentRejectedError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DocumentRejectedError))
    throw new Error(`expected a rejection, got ${String(error)}`);
  return error;
}
const codeOf = async (buffer: Buffer): Promise<RejectionCode> =>
  (await rejection(importReportDocx(buffer))).code;

const nonBlankLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

describe('importReportDocx', () => {
  it('reads a minimal Word document, bold paragraphs marked as markdown bold', async () => {
    const parts = minimalDocxParts(['某局2024年法治政府建设情况报告', '一、主要举措和成效', '开展培训。']);
    parts['word/document.xml'] = parts['word/document.xml'].replace(
      '<w:r><w:t xml:space="preserve">一、',
      '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">一、',
    );
    const r = await importReportDocx(await makeZip(parts));
    expect(r.title).toBe('某局2024年法治政府建设情况报告');
    expect(r.sections.measures).toContain('**一、主要举措和成效**\n开展培训。');
    expect(r.mapping.find((m) => m.kind === 'section')?.item).toBe(1);
  });

  it('takes a title split over two paragraphs out of item 1 and keeps the 报送 lines there, with notices', async () => {
    const parts = minimalDocxParts([
      'XX县司法局',
      '关于2025年法治政府建设情况的报告',
      '（2026年1月20日）',
      '县委全面依法治县委员会办公室：',
      '2025年，我局扎实推进法治政府建设。现将有关情况报告如下：',
      '一、2025年推进法治政府建设的主要举措和成效',
      '开展培训。',
      '二、存在的不足和原因',
      '力量不足。',
    ]);
    const r = await importReportDocx(await makeZip(parts));
    expect(r.title).toBe('XX县司法局关于2025年法治政府建设情况的报告');
    expect(r.sections.measures.split('\n')).toEqual([
      '（2026年1月20日）',
      '县委全面依法治县委员会办公室：',
      '2025年，我局扎实推进法治政府建设。现将有关情况报告如下：',
      '一、2025年推进法治政府建设的主要举措和成效',
      '开展培训。',
    ]);
    expect(r.notices.map((n) => [n.code, n.location?.excerpt])).toEqual([
      ['title_moved', undefined],
      ['preamble_sender_lines', '（2026年1月20日）'],
      ['preamble_kept', '县委全面依法治县委员会办公室：'],
    ]);
  });

  it.each(['changji', 'lanshan'] as const)(
    'round-trips the %s report through export and import',
    async (name) => {
      const before = importReportText(readFixture(name));
      const docx = await exportReportDocx({
        title: before.title ?? '',
        unitName: before.unitName ?? '',
        date: '2024-01-15',
        sections: before.sections,
      });
      const after = await importReportDocx(docx);
      // The export adds the statutory heading of item 3 (moved out of item 1 by the import), numbers the
      // top-level headings by position, prints the cleaned text (clean-text.ts); the generated signature lands
      // in item 5. Everything else comes back line for line.
      const added = ['三、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况'];
      const unnumbered = (lines: string[]) => lines.map((l) => l.replace(/^[一二三四五]、/, ''));
      for (const key of SECTION_KEYS) {
        const back = nonBlankLines(after.sections[key]).filter((l) => !added.includes(l));
        if (key === 'other') expect(back).toEqual([before.unitName, '2024年1月15日']);
        else
          expect(unnumbered(back)).toEqual(unnumbered(nonBlankLines(cleanText(before.sections[key]).text)));
      }
    },
  );
});

describe('importReportDocx refuses hostile or wrong files before parsing them', () => {
  it('a file over 20 MB', async () => {
    expect(await codeOf(Buffer.alloc(UPLOAD_LIMITS.maxFileBytes + 1))).toBe('FILE_TOO_LARGE');
  });

  it('random bytes, an empty buffer and plain text', async () => {
    expect(await codeOf(randomBytes(4096))).toBe('NOT_A_DOCX');
    expect(await codeOf(Buffer.alloc(0))).toBe('NOT_A_DOCX');
    expect(await codeOf(Buffer.from('一、主要举措和成效', 'utf8'))).toBe('NOT_A_DOCX');
  });

  it('a zip without word/document.xml', async () => {
    expect(await codeOf(await makeZip({ 'hello.txt': 'hello', 'word/other.xml': '<x/>' }))).toBe(
      'NOT_A_DOCX',
    );
  });

  it('a zip whose word/document.xml is not a Word document', async () => {
    expect(await codeOf(await makeZip({ 'word/document.xml': 'not xml at all' }))).toBe('NOT_A_DOCX');
  });

  it('a zip bomb: one entry of 60 MB of zeros', async () => {
    const bomb = await makeZip({
      ...minimalDocxParts(['x']),
      'word/media/zeros.bin': Buffer.alloc(60 * 1024 * 1024),
    });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await rejection(importReportDocx(bomb));
    expect(error.code).toBe('DOCX_TOO_LARGE_UNCOMPRESSED');
    expect(error.detail).toMatch(/bytes uncompressed/);
  });

  it('a compression ratio over 100 below the size limit', async () => {
    const dense = await makeZip({
      ...minimalDocxParts(['x']),
      'word/media/zeros.bin': Buffer.alloc(5 * 1024 * 1024),
    });
    const error = await rejection(importReportDocx(dense));
    expect(error.code).toBe('DOCX_TOO_LARGE_UNCOMPRESSED');
    expect(error.detail).toMatch(/ratio/);
  });

  it('more than 2000 entries', async () => {
    const zip = new JSZip();
    for (const [name, content] of Object.entries(minimalDocxParts(['x']))) zip.file(name, content);
    for (let i = 0; i <= UPLOAD_LIMITS.maxEntries; i++) zip.file(`word/media/${i}.txt`, String(i));
    const many = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    expect(await codeOf(many)).toBe('DOCX_TOO_LARGE_UNCOMPRESSED');
  });

  it('an entry that inflates to more than it declares', async () => {
    const docx = await makeZip(minimalDocxParts(['一、主要举措和成效', '开展培训。'.repeat(200)]));
    const error = await rejection(importReportDocx(patchDeclaredSize(docx, 'word/document.xml', 100)));
    expect(error.code).toBe('DOCX_TOO_LARGE_UNCOMPRESSED');
    expect(error.detail).toMatch(/past its declared size/);
  });

  // Issue #15: the directory counted one document.xml and the guard checked it; JSZip read a second one.
  it.each(['after-counted', 'gap'] as const)(
    'a second word/document.xml outside the counted directory (%s), before any thread starts',
    async (variant) => {
      const visible = await makeZip(minimalDocxParts(['一、主要举措和成效', '开展培训。']));
      const hidden = hugeDocumentXml('隐藏的正文', 4 * 1024 * 1024);
      const crafted = withHiddenEntry(visible, 'word/document.xml', hidden, variant);
      expect(crafted.length).toBeLessThan(visible.length + 64 * 1024);
      const error = await rejection(importReportDocx(crafted));
      expect(error.code).toBe('DOCX_STRUCTURE_INVALID');
      expect(error.messageZh).toMatch(/压缩结构异常/);
    },
  );

  it('an entry listed twice (the later copy would win in JSZip)', async () => {
    const visible = await makeZip(minimalDocxParts(['一、主要举措和成效', '开展培训。']));
    const crafted = withDuplicateEntry(visible, 'word/document.xml', hugeDocumentXml('隐藏', 1024 * 1024));
    const error = await rejection(importReportDocx(crafted));
    expect(error.code).toBe('DOCX_STRUCTURE_INVALID');
    expect(error.detail).toMatch(/duplicate entry word\/document.xml/);
    // OPC part names are case-insensitive, so a differently cased copy is the same part.
    const cased = withDuplicateEntry(visible, 'WORD/Document.xml', hugeDocumentXml('隐藏', 1024));
    expect(await codeOf(cased)).toBe('DOCX_STRUCTURE_INVALID');
  });

  it('a damaged zip: cut short, or a changed byte in a part', async () => {
    const docx = await makeZip(minimalDocxParts(['一、主要举措和成效', '开展培训。'.repeat(50)]));
    expect(await codeOf(docx.subarray(0, Math.floor(docx.length / 2)))).toBe('DOCX_DAMAGED');
    const flipped = Buffer.from(docx);
    // A byte in the middle of the first entry's compressed data: inflates to garbage or fails its CRC.
    const dataStart = 30 + flipped.readUInt16LE(26) + flipped.readUInt16LE(28);
    flipped[dataStart + Math.floor(flipped.readUInt32LE(18) / 2)] ^= 0xff;
    expect(await codeOf(flipped)).toBe('DOCX_DAMAGED');
  });

  // The defaults (15 s, 256 MB) take long to reach; smaller limits show the same mechanism quickly.
  it('a document that needs more time or heap than the reading thread has is refused, the thread stopped', async () => {
    const heavy = await makeZip({
      ...minimalDocxParts(['x']),
      'word/document.xml': hugeDocumentXml('字', 4 * 1024 * 1024),
      'word/media/noise.bin': randomBytes(64 * 1024), // keeps the compression ratio under 100
    });
    const slow = await rejection(readDocxText(heavy, { timeoutMs: 200 }));
    expect(slow).toMatchObject({ code: 'DOCX_TOO_COMPLEX', detail: 'not read within 200 ms' });
    const big = await rejection(
      readDocxText(heavy, { timeoutMs: 60_000, maxOldGenerationSizeMb: 24, maxYoungGenerationSizeMb: 4 }),
    );
    expect(big).toMatchObject({ code: 'DOCX_TOO_COMPLEX', detail: 'the reading thread ran out of memory' });
    expect(big.messageZh).toMatch(/过大或过于复杂/);
  });

  it('an XML part with a DTD (entity expansion)', async () => {
    const parts = minimalDocxParts(['x']);
    parts['word/document.xml'] = parts['word/document.xml'].replace(
      '?>',
      '?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    );
    expect(await codeOf(await makeZip(parts))).toBe('NOT_A_DOCX');
  });

  it('a document without text', async () => {
    expect(await codeOf(await makeZip(minimalDocxParts([' ', ''])))).toBe('EMPTY_TEXT');
  });

  it('gives a message in Chinese and English', async () => {
    const error = await rejection(readDocxText(randomBytes(100)));
    expect(error.messageZh).toMatch(/不是有效的 Word 文档/);
    expect(error.messageEn).toMatch(/not a valid Word document/);
    expect(error.message).toBe(`${error.messageZh}。${error.messageEn}.`);
  });
});

describe('htmlToText', () => {
  it('keeps a table row on one line, its figures beside their labels, and drops no figure', () => {
    const html =
      '<p>全年执法情况如下：</p><table><tr><td><p><strong>项目</strong></p></td><td><p><strong>案件数</strong></p></td>' +
      '<td><p>罚没款（万元）</p></td></tr><tr><td><p>道路运输</p></td><td><p>412</p></td><td><p>26.8</p></td></tr>' +
      '<tr><td><p>路政</p><p>管理</p></td><td><p>57</p></td><td></td></tr></table><p>全年无败诉案件。</p>';
    expect(htmlToText(html).split('\n')).toEqual([
      '全年执法情况如下：',
      '项目　案件数　罚没款（万元）',
      '道路运输　412　26.8',
      '路政 管理　57',
      '全年无败诉案件。',
    ]);
  });

  it('one line per block, whole-paragraph bold as **…**, entities decoded once', () => {
    const html =
      '<h1>一、主要举措</h1><p><strong>（一）加强领导</strong></p><p>正文<strong>加粗</strong>部分&amp;lt;&amp;</p>' +
      '<ul><li>甲</li><li>乙<br />丙</li></ul><table><tr><td><p>表格</p></td></tr></table><p></p>';
    expect(htmlToText(html).split('\n')).toEqual([
      '一、主要举措',
      '**（一）加强领导**',
      '正文加粗部分&lt;&',
      '甲',
      '乙',
      '丙',
      '表格',
    ]);
  });
});
