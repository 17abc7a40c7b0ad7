/**
 * The whole reading of an untrusted .docx: zip-guard's checks, a clean archive of the checked parts, mammoth,
 * then plain lines. Runs inside a worker thread (docx-worker.ts) so that a file that still manages to be
 * expensive costs that thread's bounded heap and time, never the API's event loop.
 */
import mammoth from 'mammoth';
import { cleanZip } from './clean-zip';
import { DocumentRejectedError } from './errors';
import { htmlToText } from './html-text';
import { writeNumbersIntoText } from './word-numbering';
import { checkDocxArchive, MAIN_DOCUMENT_PART, type CheckedPart } from './zip-guard';

/** Images are never read: the report's content is its text, and not decoding them keeps the import cheap. */
const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/** Throws DocumentRejectedError: NOT_A_DOCX, DOCX_DAMAGED, DOCX_STRUCTURE_INVALID, DOCX_TOO_LARGE_UNCOMPRESSED, EMPTY_TEXT. */
export async function parseDocxText(buffer: Buffer): Promise<string> {
  const clean = await cleanZip(withNumbersInText(checkDocxArchive(buffer)));
  let html: string;
  try {
    // externalFileAccess false: a document must not make the server read files or URLs it links to.
    ({ value: html } = await mammoth.convertToHtml(
      { buffer: clean },
      { convertImage: skipImages, externalFileAccess: false },
    ));
  } catch (error: unknown) {
    throw new DocumentRejectedError('NOT_A_DOCX', error instanceof Error ? error.message : String(error));
  }
  const text = htmlToText(html);
  if (text.trim() === '') throw new DocumentRejectedError('EMPTY_TEXT');
  return text;
}

/** The parts with Word's list numbers written into the main document's text (word-numbering.ts). */
function withNumbersInText(parts: CheckedPart[]): CheckedPart[] {
  const text = (name: string) => parts.find((part) => part.name === name)?.data.toString('utf8');
  const document = text(MAIN_DOCUMENT_PART);
  const numbering = text('word/numbering.xml');
  if (document === undefined || numbering === undefined) return parts;
  const numbered = writeNumbersIntoText(document, numbering, text('word/styles.xml'));
  return parts.map((part) =>
    part.name === MAIN_DOCUMENT_PART ? { name: part.name, data: Buffer.from(numbered, 'utf8') } : part,
  );
}
