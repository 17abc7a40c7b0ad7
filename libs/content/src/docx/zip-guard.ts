/**
 * Checks an uploaded .docx before any parser sees it, and returns the only bytes a parser may see. A .docx
 * is a zip archive; a hostile one can be a zip bomb (a few kilobytes that inflate to gigabytes), declare
 * small sizes and inflate to more, or list entries the end-of-central-directory (EOCD) record does not
 * count — JSZip (inside mammoth) reads every central header it finds and lets a later entry of the same
 * name win, so an unlisted `word/document.xml` of 300 MB would be parsed although every listed entry was
 * checked. So:
 * 1. the central directory is read by hand (no inflating) and must be exactly what the EOCD says: it starts
 *    at the EOCD's offset, holds the counted entries and ends where the EOCD begins (no gap, no extra
 *    headers); names are unique (case-insensitively, as OPC part names are) and entries do not overlap;
 * 2. declared sizes, entry count and ratio are checked against UPLOAD_LIMITS;
 * 3. each entry is inflated with zlib's output capped at its declared size (an entry that lies fails at the
 *    cap instead of filling memory) and its CRC-32 compared;
 * 4. XML parts must not carry a DTD: Word never writes one, and a DTD is how entity-expansion attacks start.
 * The caller builds a fresh archive from the returned parts (clean-zip.ts), so the parser can only ever read
 * what was checked here, whatever else the upload holds.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { DocumentRejectedError, UPLOAD_LIMITS } from './errors';

/** The part every Word document has (mammoth reads it through _rels/.rels, but Word always names it so). */
export const MAIN_DOCUMENT_PART = 'word/document.xml';

export interface ZipEntry {
  name: string;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** One checked entry, inflated. */
export interface CheckedPart {
  name: string;
  data: Buffer;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_HEADER_SIZE = 46;
const LOCAL_HEADER_SIZE = 30;
/** Stored and deflated: the only methods Word and WPS use. */
const STORED = 0;
const DEFLATED = 8;

/** Starts like a zip ("PK\3\4"): if it then cannot be read, the Word file is damaged rather than not one. */
export function looksLikeZip(buffer: Buffer): boolean {
  return buffer.length >= 4 && buffer.readUInt32LE(0) === LOCAL_SIGNATURE;
}

const notADocx = (detail: string) => new DocumentRejectedError('NOT_A_DOCX', detail);
const damaged = (detail: string) => new DocumentRejectedError('DOCX_DAMAGED', detail);
const abnormal = (detail: string) => new DocumentRejectedError('DOCX_STRUCTURE_INVALID', detail);
const tooLarge = (detail: string) => new DocumentRejectedError('DOCX_TOO_LARGE_UNCOMPRESSED', detail);

/**
 * The entries listed in the central directory, which must be exactly what the EOCD record describes.
 * Throws NOT_A_DOCX (no zip at all), DOCX_DAMAGED (a zip that cannot be read), DOCX_STRUCTURE_INVALID
 * (entries outside the counted directory, duplicate names), DOCX_TOO_LARGE_UNCOMPRESSED (too many entries).
 */
export function readCentralDirectory(buffer: Buffer): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(buffer);
  if (eocd < 0)
    throw looksLikeZip(buffer) ? damaged('no end-of-central-directory record') : notADocx('not a zip');
  const count = buffer.readUInt16LE(eocd + 10);
  const size = buffer.readUInt32LE(eocd + 12);
  const offset = buffer.readUInt32LE(eocd + 16);
  // 0xFFFF / 0xFFFFFFFF mean "see the ZIP64 record": only needed past 65535 entries or 4 GB, never for a report.
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw tooLarge('ZIP64 archive');
  if (count > UPLOAD_LIMITS.maxEntries) throw tooLarge(`${count} entries`);
  const split = buffer.readUInt16LE(eocd + 4) !== 0 || buffer.readUInt16LE(eocd + 6) !== 0;
  if (split || buffer.readUInt16LE(eocd + 8) !== count) throw damaged('multi-volume archive');
  if (offset + size > eocd) throw damaged('central directory runs past its end record');
  // Nothing between the directory and its end record: bytes there are headers no check would have seen.
  if (offset + size !== eocd)
    throw abnormal(`${eocd - offset - size} bytes between the directory and its end`);

  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + CENTRAL_HEADER_SIZE > eocd || buffer.readUInt32LE(p) !== CENTRAL_SIGNATURE)
      throw damaged(`bad central header ${i}`);
    const nameLength = buffer.readUInt16LE(p + 28);
    const next =
      p + CENTRAL_HEADER_SIZE + nameLength + buffer.readUInt16LE(p + 30) + buffer.readUInt16LE(p + 32);
    if (next > eocd) throw damaged(`entry ${i} runs past the directory`);
    if (buffer.readUInt16LE(p + 8) & 1) throw notADocx('encrypted entry');
    const name = buffer.toString('utf8', p + CENTRAL_HEADER_SIZE, p + CENTRAL_HEADER_SIZE + nameLength);
    const key = name.toLowerCase();
    if (seen.has(key)) throw abnormal(`duplicate entry ${name}`);
    seen.add(key);
    entries.push({
      name,
      method: buffer.readUInt16LE(p + 10),
      crc32: buffer.readUInt32LE(p + 16),
      compressedSize: buffer.readUInt32LE(p + 20),
      uncompressedSize: buffer.readUInt32LE(p + 24),
      localHeaderOffset: buffer.readUInt32LE(p + 42),
    });
    p = next;
  }
  // The counted entries must fill the directory exactly: more headers after them are the hidden-entry trick.
  if (p !== eocd) throw abnormal(`${eocd - p} bytes of unlisted headers after ${count} entries`);
  return entries;
}

/**
 * The end-of-central-directory record: the last 22 bytes plus its comment (at most 64 KB), the comment
 * running exactly to the end of the file — Word writes none, and trailing bytes would be unchecked.
 */
function findEndOfCentralDirectory(buffer: Buffer): number {
  const last = buffer.length - EOCD_SIZE;
  for (let p = last; p >= 0 && p >= last - 0xffff; p--) {
    if (
      buffer.readUInt32LE(p) === EOCD_SIGNATURE &&
      p + EOCD_SIZE + buffer.readUInt16LE(p + 20) === buffer.length
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

/** Where an entry's data lies, after its local header (whose name must be the directory's). */
function dataRange(buffer: Buffer, e: ZipEntry, directoryStart: number): { start: number; end: number } {
  const p = e.localHeaderOffset;
  if (p + LOCAL_HEADER_SIZE > directoryStart || buffer.readUInt32LE(p) !== LOCAL_SIGNATURE)
    throw damaged(`bad local header of ${e.name}`);
  const nameLength = buffer.readUInt16LE(p + 26);
  const start = p + LOCAL_HEADER_SIZE + nameLength + buffer.readUInt16LE(p + 28);
  if (buffer.toString('utf8', p + LOCAL_HEADER_SIZE, p + LOCAL_HEADER_SIZE + nameLength) !== e.name)
    throw abnormal(`local header of ${e.name} names another entry`);
  const end = start + e.compressedSize;
  if (end > directoryStart) throw damaged(`truncated ${e.name}`);
  return { start, end };
}

/** Entries sharing bytes are how "overlapping" zip bombs multiply one compressed block; Word never writes them. */
function checkNoOverlap(ranges: Array<{ name: string; from: number; end: number }>): void {
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i].from < sorted[i - 1].end)
      throw abnormal(`${sorted[i].name} overlaps ${sorted[i - 1].name}`);
}

/** Inflate one entry's data, never producing more than it declared, and check its CRC-32. */
function inflateEntry(e: ZipEntry, data: Buffer): Buffer {
  let out: Buffer;
  if (e.method === STORED) out = data;
  else if (e.method === DEFLATED) {
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(e.uncompressedSize, 1) });
    } catch (error: unknown) {
      // By code, not instanceof RangeError: zlib's error may come from another realm (e.g. under Jest).
      const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
      if (code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(`${e.name} inflates past its declared size`);
      throw damaged(`corrupt data in ${e.name}`);
    }
  } else throw notADocx(`compression method ${e.method} in ${e.name}`);
  if (out.length !== e.uncompressedSize) throw damaged(`size mismatch in ${e.name}`);
  if (crc32(out) !== e.crc32) throw damaged(`CRC mismatch in ${e.name}`);
  return out;
}

const DTD = [Buffer.from('<!DOCTYPE', 'latin1'), Buffer.from('<!DOCTYPE', 'utf16le')];

/**
 * The directory checks alone (1 and 2 above): cheap (no inflating), so they can run before a worker thread
 * is started. Throws DocumentRejectedError.
 */
export function checkDocxDirectory(buffer: Buffer): ZipEntry[] {
  const entries = readCentralDirectory(buffer);
  checkDeclaredSizes(entries);
  if (!entries.some((e) => e.name === MAIN_DOCUMENT_PART)) throw notADocx(`no ${MAIN_DOCUMENT_PART}`);
  return entries;
}

/**
 * Everything above, in order. Returns the checked entries' contents (directories left out): the only input
 * a parser should be given. Throws DocumentRejectedError.
 */
export function checkDocxArchive(buffer: Buffer): CheckedPart[] {
  const entries = checkDocxDirectory(buffer);
  const directoryStart = buffer.readUInt32LE(findEndOfCentralDirectory(buffer) + 16);
  const ranges = entries.map((e) => ({ e, ...dataRange(buffer, e, directoryStart) }));
  checkNoOverlap(
    ranges.map(({ e, start, end }) => ({
      name: e.name,
      from: e.localHeaderOffset,
      end: Math.max(end, start),
    })),
  );
  const parts: CheckedPart[] = [];
  for (const { e, start, end } of ranges) {
    const data = inflateEntry(e, buffer.subarray(start, end));
    if (/\.(xml|rels)$/i.test(e.name) && DTD.some((d) => data.includes(d)))
      throw notADocx(`DTD in ${e.name}`);
    if (!e.name.endsWith('/')) parts.push({ name: e.name, data });
  }
  return parts;
}
