import type { Request, Response } from 'express';
import type { BoardAnswer } from './board-answers';
import { gzipChunks, plainChunks } from './board-body';

/**
 * Writes a board answer: `Cache-Control: private, no-cache` (the board depends on who asks; reuse
 * only after asking with If-None-Match), the ETag, and 304 with nothing built when it matches
 * (req.fresh: the test Express's res.send makes). Otherwise the stored bytes: gzipped ones for a
 * client that accepts gzip (the compression middleware leaves an answer already encoded alone),
 * else plain, which the middleware treats as any other answer.
 */
export async function sendBoard(req: Request, res: Response, answer: BoardAnswer): Promise<void> {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'private, no-cache');
  res.setHeader('ETag', answer.etag);
  res.vary('Accept-Encoding');
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  const body = await answer.body();
  const gzipped =
    req.acceptsEncodings('gzip', 'identity') === 'gzip' ? gzipChunks(body, answer.generatedAt) : null;
  if (gzipped) res.setHeader('Content-Encoding', 'gzip');
  const chunks = gzipped ?? plainChunks(body, answer.generatedAt);
  res.setHeader(
    'Content-Length',
    chunks.reduce((sum, chunk) => sum + chunk.length, 0),
  );
  res.status(200);
  for (const chunk of chunks.slice(0, -1)) res.write(chunk);
  res.end(chunks[chunks.length - 1]);
}
