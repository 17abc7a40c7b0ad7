/**
 * One uploaded file -> its text, whatever the drafter sent. The kind is recognised by the first bytes, not by
 * the name; the name only decides which refusal is the useful one when the bytes are neither a zip nor text:
 * "report.docx" full of random bytes is "not a valid Word file", not "not UTF-8".
 */
import { readDocxText } from './import-docx';
import { decodeTextUpload } from './decode-text';
import { DocumentRejectedError, UPLOAD_LIMITS } from './errors';
import { looksLikeZip } from './zip-guard';

/** The compound-file header of Word 97-2003 (.doc), WPS (.wps) and other old Office files. */
const OLE2 = Buffer.from('d0cf11e0a1b11ae1', 'hex');
const WORD_NAME = /\.(docx|doc|wps|wpt|dotx|docm)$/i;

export type UploadFormat = 'docx' | 'text';

/**
 * The text of an uploaded .docx or UTF-8 text file, and which it was.
 * Throws DocumentRejectedError (each code says what to fix) or ImportBusyError.
 */
export async function readUploadText(
  buffer: Buffer,
  fileName = '',
): Promise<{ format: UploadFormat; text: string }> {
  if (buffer.length > UPLOAD_LIMITS.maxFileBytes) throw new DocumentRejectedError('FILE_TOO_LARGE');
  if (looksLikeZip(buffer)) return { format: 'docx', text: await readDocxText(buffer) };
  if (buffer.subarray(0, OLE2.length).equals(OLE2)) throw new DocumentRejectedError('LEGACY_WORD_FORMAT');
  if (WORD_NAME.test(fileName.trim()))
    throw new DocumentRejectedError('NOT_A_DOCX', 'named as a Word file, but not a zip archive');
  // A UTF-8 character is at most 4 bytes: a file larger than that bound cannot hold a report's text,
  // and is refused before it is decoded on the API's event loop.
  if (buffer.length > UPLOAD_LIMITS.maxTextChars * 4) throw new DocumentRejectedError('TEXT_TOO_LONG');
  return { format: 'text', text: decodeTextUpload(buffer) };
}
