/**
 * Test helpers for .docx files: reading parts with jszip, the text of word/document.xml paragraph by
 * paragraph, and building hostile archives. Used by the specs only.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';

export async function readPart(docx: Buffer, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const part = zip.file(name);
  if (!part) throw new Error(`no ${name} in the archive`);
  return part.async('string');
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The text of each w:p of a WordprocessingML part, runs joined, XML entities decoded. */
export function paragraphTexts(xml: string): string[] {
  return xml
    .split('</w:p>')
    .map((p) =>
      [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1].replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => XML_ENTITIES[e]))
        .join(''),
    )
    .filter((t) => t !== '');
}

/** A zip with the given entries, deflated (level 9: for 60 MB of zeros it is also the fastest level in pako). */
export async function makeZip(entries: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(entries)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** The smallest parts that make a .docx mammoth can read, with one paragraph per line. */
export function minimalDocxParts(lines: string[]): Record<string, string> {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const body = lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`).join('');
  return {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
  };
}

/**
 * Rewrite the uncompressed size that the central directory declares for one entry: a zip that lies about
 * its size, which a check of declared sizes alone would let through.
 */
export function patchDeclaredSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let p = out.indexOf('PK\x01\x02'); p >= 0; p = out.indexOf('PK\x01\x02', p + 4)) {
    const nameLength = out.readUInt16LE(p + 28);
    if (out.toString('utf8', p + 46, p + 46 + nameLength) !== name) continue;
    out.writeUInt32LE(size, p + 24);
    return out;
  }
  throw new Error(`no central directory entry for ${name}`);
}

const EOCD = 0x06054b50;

/** Where a zip's directory is, from its end-of-central-directory record (no comment, as JSZip writes it). */
function directoryOf(zip: Buffer): { eocd: number; count: number; size: number; offset: number } {
  const eocd = zip.length - 22;
  if (zip.readUInt32LE(eocd) !== EOCD) throw new Error('expected an end record without comment');
  return {
    eocd,
    count: zip.readUInt16LE(eocd + 10),
    size: zip.readUInt32LE(eocd + 12),
    offset: zip.readUInt32LE(eocd + 16),
  };
}

/** A local header plus its deflated data, and the matching central header pointing at `localOffset`. */
function hiddenEntry(name: string, content: Buffer, localOffset: number): { local: Buffer; central: Buffer } {
  const data = deflateRawSync(content, { level: 9 });
  const nameBytes = Buffer.from(name, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc32(content), 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc32(content), 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(localOffset, 42);
  return { local: Buffer.concat([local, nameBytes, data]), central: Buffer.concat([central, nameBytes]) };
}

/**
 * The issue #15 attack: a valid .docx plus one more entry that the end record does not count. Its local
 * header and data go before the directory; its central header goes
 * - `after-counted`: right after the counted headers, inside the size the end record gives (the count is
 *   one short of the headers there), or
 * - `gap`: after the directory the end record describes, in a gap before the end record.
 * JSZip reads every central header it finds and lets the later of two same-named entries win.
 */
export function withHiddenEntry(
  zip: Buffer,
  name: string,
  content: Buffer,
  variant: 'after-counted' | 'gap',
): Buffer {
  const dir = directoryOf(zip);
  const entries = zip.subarray(0, dir.offset);
  const hidden = hiddenEntry(name, content, dir.offset);
  const directory = zip.subarray(dir.offset, dir.offset + dir.size);
  const newOffset = dir.offset + hidden.local.length;
  const end = Buffer.from(zip.subarray(dir.eocd));
  end.writeUInt32LE(newOffset, 16);
  if (variant === 'after-counted') end.writeUInt32LE(dir.size + hidden.central.length, 12);
  return Buffer.concat([entries, hidden.local, directory, hidden.central, end]);
}

/** A zip of the given entries whose directory lists one of them twice (a second copy, other content). */
export function withDuplicateEntry(zip: Buffer, name: string, content: Buffer): Buffer {
  const dir = directoryOf(zip);
  const hidden = hiddenEntry(name, content, dir.offset);
  const end = Buffer.from(zip.subarray(dir.eocd));
  end.writeUInt16LE(dir.count + 1, 8);
  end.writeUInt16LE(dir.count + 1, 10);
  end.writeUInt32LE(dir.size + hidden.central.length, 12);
  end.writeUInt32LE(dir.offset + hidden.local.length, 16);
  return Buffer.concat([
    zip.subarray(0, dir.offset),
    hidden.local,
    zip.subarray(dir.offset, dir.offset + dir.size),
    hidden.central,
    end,
  ]);
}

/** A document.xml of about `bytes` bytes of one repeated paragraph: much text from little compressed data. */
export function hugeDocumentXml(paragraph: string, bytes: number): Buffer {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const p = Buffer.from(`<w:p><w:r><w:t>${paragraph}</w:t></w:r></w:p>`, 'utf8');
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>`);
  const tail = Buffer.from('</w:body></w:document>');
  const body = Buffer.alloc(Math.ceil(bytes / p.length) * p.length);
  for (let i = 0; i < body.length; i += p.length) p.copy(body, i);
  return Buffer.concat([head, body, tail]);
}
