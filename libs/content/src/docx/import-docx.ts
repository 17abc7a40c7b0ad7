/**
 * Import of an uploaded Word document: its directory checked for hostile structure here (cheap, no
 * inflating), then read in a worker thread with bounded heap and time (docx-sandbox.ts: zip-guard, a clean
 * archive of the checked parts, mammoth), then read by the same importReportText as pasted drafts, so both
 * paths map alike.
 */
import { importReportText } from '../import-text';
import { ImportResult } from '../types';
import { readDocxInWorker, SandboxLimits } from './docx-sandbox';
import { DocumentRejectedError, UPLOAD_LIMITS } from './errors';
import { checkDocxDirectory } from './zip-guard';

export { htmlToText } from './html-text';

/**
 * The text of a .docx, one line per paragraph (and per soft line break, list item and table cell).
 * Throws DocumentRejectedError (FILE_TOO_LARGE, NOT_A_DOCX, DOCX_DAMAGED, DOCX_STRUCTURE_INVALID,
 * DOCX_TOO_LARGE_UNCOMPRESSED, DOCX_TOO_COMPLEX, EMPTY_TEXT) or ImportBusyError.
 */
export async function readDocxText(buffer: Buffer, limits?: Partial<SandboxLimits>): Promise<string> {
  if (buffer.length > UPLOAD_LIMITS.maxFileBytes) throw new DocumentRejectedError('FILE_TOO_LARGE');
  // A crafted directory is refused in microseconds, without starting a thread.
  checkDocxDirectory(buffer);
  return readDocxInWorker(buffer, limits);
}

/** Import a .docx into the five statutory sections. Same result shape as importReportText. */
export async function importReportDocx(buffer: Buffer): Promise<ImportResult> {
  return importReportText(await readDocxText(buffer));
}
