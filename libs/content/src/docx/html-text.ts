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
