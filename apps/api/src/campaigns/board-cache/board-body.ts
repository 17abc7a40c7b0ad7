import { crc32, deflateRaw, deflateRawSync, constants } from 'node:zlib';
import { promisify } from 'node:util';

const deflateRawAsync = promisify(deflateRaw);

/**
 * A board serialised once, without the instant it is sent at: the JSON text up to its last `}`,
 * UTF-8, and the same bytes deflated (gzip's level 1, as the compression middleware would) and
 * ended with a sync flush, so that the few bytes of `generatedAt` can follow as a separate deflate
 * stream and the whole still is one valid gzip member (RFC 1951: a sync flush ends on a byte
 * boundary with a non-final block; the next stream's blocks never refer back).
 */
export interface BuiltBody {
  /** `{"campaign":…,"rollup":…` : everything but generatedAt and the closing brace. */
  head: Buffer;
  /** CRC-32 of `head`, for the gzip trailer (zlib.crc32 continues it over the tail). */
  headCrc: number;
  /** `head` deflated, not final; null for a board too small for the middleware to gzip. */
  headDeflated: Buffer | null;
}

/** The compression middleware's threshold (apps/api/src/http/configure-app.ts): smaller bodies go plain. */
export const GZIP_THRESHOLD_BYTES = 8 * 1024;

/** What the board answer is made of: the instant it is sent at, and everything else. */
export interface BoardContent {
  generatedAt: string;
}

/** `gzip`: also deflate it, once, for the answers that reuse it (not for a board sent once). */
export async function buildBody(board: BoardContent, options: { gzip: boolean }): Promise<BuiltBody> {
  const { generatedAt: _sentAt, ...content } = board;
  const json = JSON.stringify(content);
  const head = Buffer.from(json.slice(0, -1), 'utf8');
  const headDeflated =
    options.gzip && head.length >= GZIP_THRESHOLD_BYTES
      ? await deflateRawAsync(head, { level: 1, finishFlush: constants.Z_SYNC_FLUSH })
      : null;
  return { head, headCrc: crc32(head), headDeflated };
}

/** The bytes an entry holds in memory. */
export function bytesOf(body: BuiltBody): number {
  return body.head.length + (body.headDeflated?.length ?? 0);
}

/** The closing part of the JSON: generatedAt is the instant of this answer (the board is current then). */
function tailOf(generatedAt: Date): Buffer {
  return Buffer.from(`,"generatedAt":${JSON.stringify(generatedAt.toISOString())}}`, 'utf8');
}

/** The JSON body, plain: the stored head and the tail (two chunks, no copy of the head). */
export function plainChunks(body: BuiltBody, generatedAt: Date): Buffer[] {
  return [body.head, tailOf(generatedAt)];
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/** The JSON body as one gzip member (RFC 1952), or null when the board is not gzipped. */
export function gzipChunks(body: BuiltBody, generatedAt: Date): Buffer[] | null {
  if (!body.headDeflated) return null;
  const tail = tailOf(generatedAt);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(tail, body.headCrc) >>> 0, 0);
  trailer.writeUInt32LE((body.head.length + tail.length) >>> 0, 4);
  return [GZIP_HEADER, body.headDeflated, deflateRawSync(tail, { level: 1 }), trailer];
}
