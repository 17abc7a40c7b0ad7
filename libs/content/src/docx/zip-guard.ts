/**
 * Checks an uploaded .docx before any parser sees it. A .docx is a zip archive; a hostile one can be a zip
 * bomb (a few kilobytes that inflate to gigabytes), or declare small sizes and inflate to more. So:
 * 1. the central directory is read by hand (no inflating) and the declared sizes, entry count and ratio are
 *    checked against UPLOAD_LIMITS;
 * 2. each entry is then inflated with zlib's output capped at its declared size, so an entry that lies about
 *    its size fails at the cap instead of filling memory. This costs one extra inflate of at most 50 MB,
 *    which is cheap next to what the check prevents;
 * 3. XML parts must not carry a DTD: Word never writes one, and a DTD is how entity-expansion attacks start.
 * Only then is the buffer handed to mammoth.
 */
import { inflateRawSync } from 'node:zlib';
import { DocumentRejectedError, UPLOAD_LIMITS } from './errors';

/** The part every Word document has (mammoth reads it through _rels/.rels, but Word always names it so). */
export const MAIN_DOCUMENT_PART = 'word/document.xml';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
/** Stored and deflated: the only methods Word and WPS use. */
const STORED = 0;
const DEFLATED = 8;

const notADocx = (detail: string) => new DocumentRejectedError('NOT_A_DOCX', detail);
const tooLarge = (detail: string) => new DocumentRejectedError('DOCX_TOO_LARGE_UNCOMPRESSED', detail);

/** The entries listed in the central directory; throws NOT_A_DOCX when the buffer is not a readable zip. */
export function readCentralDirectory(buffer: Buffer): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(buffer);
  if (eocd < 0) throw notADocx('no end-of-central-directory record');
  const count = buffer.readUInt16LE(eocd + 10);
  const size = buffer.readUInt32LE(eocd + 12);
  const offset = buffer.readUInt32LE(eocd + 16);
  // 0xFFFF / 0xFFFFFFFF mean "see the ZIP64 record": only needed past 65535 entries or 4 GB, never for a report.
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw tooLarge('ZIP64 archive');
  if (count > UPLOAD_LIMITS.maxEntries) throw tooLarge(`${count} entries`);
  if (buffer.readUInt16LE(eocd + 4) !== 0 || offset + size > eocd) throw notADocx('bad central directory');

  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || buffer.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw notADocx(`bad entry ${i}`);
    const nameLength = buffer.readUInt16LE(p + 28);
    const next = p + 46 + nameLength + buffer.readUInt16LE(p + 30) + buffer.readUInt16LE(p + 32);
    if (next > eocd) throw notADocx(`entry ${i} runs past the directory`);
    if (buffer.readUInt16LE(p + 8) & 1) throw notADocx('encrypted entry');
    entries.push({
      name: buffer.toString('utf8', p + 46, p + 46 + nameLength),
      method: buffer.readUInt16LE(p + 10),
      compressedSize: buffer.readUInt32LE(p + 20),
      uncompressedSize: buffer.readUInt32LE(p + 24),
      localHeaderOffset: buffer.readUInt32LE(p + 42),
    });
    p = next;
  }
  return entries;
}

/** The end-of-central-directory record is in the last 22 bytes plus at most a 64 KB comment. */
function findEndOfCentralDirectory(buffer: Buffer): number {
  const last = buffer.length - EOCD_SIZE;
  for (let p = last; p >= 0 && p >= last - 0xffff; p--) {
    if (
      buffer.readUInt32LE(p) === EOCD_SIGNATURE &&
      p + EOCD_SIZE + buffer.readUInt16LE(p + 20) <= buffer.length
    )
      return p;
  }
  return -1;
}

/** Declared sizes against the limits; throws DOCX_TOO_LARGE_UNCOMPRESSED. */
export function checkDeclaredSizes(entries: ZipEntry[]): void {
  let uncompressed = 0;
  let compressed = 0;
  for (const e of entries) {
    if (e.compressedSize === 0xffffffff || e.uncompressedSize === 0xffffffff) throw tooLarge('ZIP64 entry');
    uncompressed += e.uncompressedSize;
    compressed += e.compressedSize;
  }
  if (uncompressed > UPLOAD_LIMITS.maxUncompressedBytes) throw tooLarge(`${uncompressed} bytes uncompressed`);
  // The ratio of the whole archive, not per entry: a small, very repetitive part (an empty table's XML) can
  // compress 100x on its own without the archive being a bomb.
  if (uncompressed > UPLOAD_LIMITS.maxCompressionRatio * Math.max(compressed, 1))
    throw tooLarge(`compression ratio ${Math.round(uncompressed / Math.max(compressed, 1))}`);
}

/** Inflate one entry, never producing more than it declared. */
export function readEntry(buffer: Buffer, e: ZipEntry): Buffer {
  const p = e.localHeaderOffset;
  if (p + 30 > buffer.length || buffer.readUInt32LE(p) !== LOCAL_SIGNATURE)
    throw notADocx(`bad header ${e.name}`);
  const start = p + 30 + buffer.readUInt16LE(p + 26) + buffer.readUInt16LE(p + 28);
  if (start + e.compressedSize > buffer.length) throw notADocx(`truncated ${e.name}`);
  const data = buffer.subarray(start, start + e.compressedSize);
  let out: Buffer;
  if (e.method === STORED) out = data;
  else if (e.method === DEFLATED) {
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(e.uncompressedSize, 1) });
    } catch (error: unknown) {
      // By code, not instanceof RangeError: zlib's error may come from another realm (e.g. under Jest).
      const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
      if (code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(`${e.name} inflates past its declared size`);
      throw notADocx(`corrupt ${e.name}`);
    }
  } else throw notADocx(`compression method ${e.method} in ${e.name}`);
  if (out.length !== e.uncompressedSize) throw notADocx(`size mismatch in ${e.name}`);
  return out;
}

const DTD = [Buffer.from('<!DOCTYPE', 'latin1'), Buffer.from('<!DOCTYPE', 'utf16le')];

/**
 * Everything above, in order. Returns the entries so callers can log what was accepted.
 * Throws DocumentRejectedError (NOT_A_DOCX or DOCX_TOO_LARGE_UNCOMPRESSED).
 */
export function checkDocxArchive(buffer: Buffer): ZipEntry[] {
  const entries = readCentralDirectory(buffer);
  checkDeclaredSizes(entries);
  if (!entries.some((e) => e.name === MAIN_DOCUMENT_PART)) throw notADocx(`no ${MAIN_DOCUMENT_PART}`);
  for (const e of entries) {
    const content = readEntry(buffer, e);
    if (/\.(xml|rels)$/i.test(e.name) && DTD.some((d) => content.includes(d)))
      throw notADocx(`DTD in ${e.name}`);
  }
  return entries;
}
