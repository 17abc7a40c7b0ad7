/**
 * Plain-text uploads. Drafts saved from Notepad or WPS on a Chinese Windows are often GBK; decoding GBK as
 * UTF-8 gives mojibake that would be stored as the report, so anything that is not valid UTF-8 is refused —
 * with a message that names the encoding when it is recognisably GBK, so the drafter knows what to re-save.
 */
import { DocumentRejectedError, UPLOAD_LIMITS } from './errors';

/** Control characters no text file has (tab, line breaks and form feed are fine). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const BINARY = /[\u0000-\u0008\u000e-\u001f\u007f]/;
const HAN = /[\u4e00-\u9fff]/;

/**
 * The text of an uploaded file: UTF-8, with or without a byte-order mark (which is removed).
 * Throws DocumentRejectedError: FILE_TOO_LARGE; TEXT_IS_GBK (not UTF-8 but reads cleanly as GBK Chinese);
 * NOT_UTF8 (UTF-16, recognised by its byte-order mark or NUL bytes, or another encoding); UNSUPPORTED_FILE
 * (binary: control characters, or neither UTF-8 nor GBK); EMPTY_TEXT (nothing but whitespace).
 */
export function decodeTextUpload(buffer: Buffer): string {
  if (buffer.length > UPLOAD_LIMITS.maxFileBytes) throw new DocumentRejectedError('FILE_TOO_LARGE');
  let text: string;
  try {
    // fatal: throw on the first invalid sequence instead of inserting U+FFFD; the BOM is skipped by default.
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw notUtf8(buffer);
  }
  // UTF-16 text of ASCII characters is valid UTF-8 with a NUL after each byte; no report contains NUL.
  if (text.includes('\u0000')) throw new DocumentRejectedError('NOT_UTF8', 'NUL bytes (UTF-16?)');
  if (BINARY.test(text)) throw new DocumentRejectedError('UNSUPPORTED_FILE', 'control characters');
  if (text.trim() === '') throw new DocumentRejectedError('EMPTY_TEXT');
  return text;
}

/** Why bytes that are not UTF-8 were refused: GBK Chinese, UTF-16, or not text at all. */
function notUtf8(buffer: Buffer): DocumentRejectedError {
  const bom = buffer.subarray(0, 2).toString('hex');
  if (bom === 'fffe' || bom === 'feff')
    return new DocumentRejectedError('NOT_UTF8', 'UTF-16 byte-order mark');
  const gbk = decodeOrNull('gbk', buffer);
  if (gbk !== null && !BINARY.test(gbk) && HAN.test(gbk)) return new DocumentRejectedError('TEXT_IS_GBK');
  const share = buffer.filter((b) => b === 0).length / buffer.length;
  if (share > 0.2) return new DocumentRejectedError('NOT_UTF8', 'NUL bytes (UTF-16?)');
  return new DocumentRejectedError('UNSUPPORTED_FILE', 'neither UTF-8 nor GBK text');
}

function decodeOrNull(encoding: string, buffer: Buffer): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(buffer);
  } catch {
    return null;
  }
}
