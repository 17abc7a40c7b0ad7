/**
 * Plain-text uploads. Drafts saved from Notepad or WPS on a Chinese Windows are often GBK; decoding GBK as
 * UTF-8 gives mojibake that would be stored as the report, so anything that is not valid UTF-8 is refused with
 * a message saying how to re-save it, rather than guessed at.
 */
import { DocumentRejectedError, UPLOAD_LIMITS } from './errors';

/**
 * The text of an uploaded file: UTF-8, with or without a byte-order mark (which is removed).
 * Throws DocumentRejectedError: FILE_TOO_LARGE, NOT_UTF8 (including UTF-16, recognised by its NUL bytes),
 * EMPTY_TEXT (nothing but whitespace).
 */
export function decodeTextUpload(buffer: Buffer): string {
  if (buffer.length > UPLOAD_LIMITS.maxFileBytes) throw new DocumentRejectedError('FILE_TOO_LARGE');
  let text: string;
  try {
    // fatal: throw on the first invalid sequence instead of inserting U+FFFD; the BOM is skipped by default.
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new DocumentRejectedError('NOT_UTF8');
  }
  // UTF-16 text of ASCII characters is valid UTF-8 with a NUL after each byte; no report contains NUL.
  if (text.includes('\u0000')) throw new DocumentRejectedError('NOT_UTF8', 'NUL bytes (UTF-16?)');
  if (text.trim() === '') throw new DocumentRejectedError('EMPTY_TEXT');
  return text;
}
