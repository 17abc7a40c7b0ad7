/**
 * mammoth's HTML of a Word document -> the plain lines the text import reads. Kept apart from the import so
 * the worker thread that runs mammoth (docx-worker.ts) and the tests can use it alone.
 */

/** Tags after which (or, for <br>, <ul>, <ol>, at which) a new line starts, in mammoth's HTML. */
const BLOCK_BREAK = /<br\s*\/?>|<(?:ul|ol)>|<\/(?:p|h[1-6]|li|td|th|tr|table|ul|ol)>/i;

/**
 * mammoth's HTML -> plain lines. A paragraph that is bold as a whole becomes `**…**`, the markdown the text
 * import already reads as a heading hint; bold inside a sentence is dropped, so stored text is not littered
 * with markers. Empty blocks are dropped (mammoth drops empty paragraphs too).
 */
export function htmlToText(html: string): string {
  return html
    .replace(TABLE_ROW, (_, row: string) => `<p>${escapeText(rowText(row))}</p>`)
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

/** A table row of mammoth's HTML (the innermost: a table nested in a cell keeps its rows apart). */
const TABLE_ROW = /<tr>((?:(?!<tr>)[\s\S])*?)<\/tr>/g;
/** A cell of a row, header or data. */
const TABLE_CELL = /<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g;
/** Between the cells of a row as it is stored: a full-width space, as a typed table reads in Chinese text. */
export const CELL_SEPARATOR = '\u3000';

/**
 * A table row as one line, its cells in order and apart by a full-width space: "道路运输 412 57 26.8".
 * One cell per line made a row's figures lines of their own, away from their labels (a test with real
 * reports, stop 43), and a cell's paragraphs stay together in it. No bold hint: a table's header row is not a heading.
 */
function rowText(row: string): string {
  return [...row.matchAll(TABLE_CELL)]
    .map(([, cell]) =>
      textOf(cell.replace(/<\/p>|<br\s*\/?>/gi, ' '))
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .join(CELL_SEPARATOR)
    .trim();
}

/** Text put back into HTML for the block split: only what textOf decodes needs escaping. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
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
