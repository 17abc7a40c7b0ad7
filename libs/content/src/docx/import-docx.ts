/**
 * Import of an uploaded Word document: checked for hostile content (zip-guard), converted to lines of text
 * with mammoth, then read by the same importReportText as pasted drafts, so both paths map alike.
 */
import mammoth from 'mammoth';
import { importReportText } from '../import-text';
import { ImportResult } from '../types';
import { DocumentRejectedError, UPLOAD_LIMITS } from './errors';
import { checkDocxArchive } from './zip-guard';

/** Images are never read: the report's content is its text, and not decoding them keeps the import cheap. */
const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * The text of a .docx, one line per paragraph (and per soft line break, list item and table cell).
 * Throws DocumentRejectedError: FILE_TOO_LARGE, NOT_A_DOCX, DOCX_TOO_LARGE_UNCOMPRESSED, EMPTY_TEXT.
 */
export async function readDocxText(buffer: Buffer): Promise<string> {
  if (buffer.length > UPLOAD_LIMITS.maxFileBytes) throw new DocumentRejectedError('FILE_TOO_LARGE');
  checkDocxArchive(buffer);
  let html: string;
  try {
    // externalFileAccess false: a document must not make the server read files or URLs it links to.
    ({ value: html } = await mammoth.convertToHtml(
      { buffer },
      { convertImage: skipImages, externalFileAccess: false },
    ));
  } catch (error: unknown) {
    throw new DocumentRejectedError('NOT_A_DOCX', error instanceof Error ? error.message : String(error));
  }
  const text = htmlToText(html);
  if (text.trim() === '') throw new DocumentRejectedError('EMPTY_TEXT');
  return text;
}

/** Import a .docx into the five statutory sections. Same result shape as importReportText. */
export async function importReportDocx(buffer: Buffer): Promise<ImportResult> {
  return importReportText(await readDocxText(buffer));
}

/** Tags after which (or, for <br>, <ul>, <ol>, at which) a new line starts, in mammoth's HTML. */
const BLOCK_BREAK = /<br\s*\/?>|<(?:ul|ol)>|<\/(?:p|h[1-6]|li|td|th|tr|table|ul|ol)>/i;

/**
 * mammoth's HTML -> plain lines. A paragraph that is bold as a whole becomes `**…**`, the markdown the text
 * import already reads as a heading hint; bold inside a sentence is dropped, so stored text is not littered
 * with markers. Empty blocks are dropped (mammoth drops empty paragraphs too).
 */
export function htmlToText(html: string): string {
  return html
    .split(BLOCK_BREAK)
    .map((block) => {
      const text = textOf(block);
      const outsideBold = textOf(block.replace(/<strong>[\s\S]*?<\/strong>/g, ''));
      const wholeBold = block.includes('<strong>') && text.trim() !== '' && outsideBold.trim() === '';
      return wholeBold ? `**${text.trim()}**` : text;
    })
    .filter((line) => line.trim() !== '')
    .join('\n');
}

function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ''));
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** In one pass, so "&amp;lt;" becomes "&lt;" (the text the drafter typed), not "<". */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
