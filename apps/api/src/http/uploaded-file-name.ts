/**
 * The name a browser sent with an upload, as it is stored and shown again:
 * - browsers send it as raw UTF-8 bytes, which multer reads as latin1: turned back into the
 *   characters typed (关于….pdf); a name that is not such a byte string is left alone;
 * - NFC, and at most 200 characters;
 * - path separators and control characters become _, and invisible format characters go: a
 *   right-to-left override made ‮xcod.pdf show as fdp.docx beside a PDF (penetration test, stop 40).
 * One rule for the report attachments, the stamped scan and the campaign notice file.
 */
export function uploadedFileName(original: string): string {
  return utf8Name(original)
    .normalize('NFC')
    .replace(FORMAT_CHARS, '')
    .replace(UNSAFE_CHARS, '_')
    .slice(0, 200);
}

// eslint-disable-next-line no-control-regex -- control characters and path separators must not reach a file name
const UNSAFE_CHARS = /[\\/\u0000-\u001f\u007f]/g;
/** Bidirectional overrides and isolates, zero-width characters, soft hyphens: Unicode's format class. */
const FORMAT_CHARS = /\p{Cf}/gu;

function utf8Name(name: string): string {
  // eslint-disable-next-line no-control-regex -- the whole latin1 range, control characters included
  if (!/^[\u0000-\u00ff]*$/.test(name)) return name;
  const decoded = Buffer.from(name, 'latin1').toString('utf8');
  return decoded.includes('\ufffd') ? name : decoded;
}
