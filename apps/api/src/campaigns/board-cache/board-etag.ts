import { createHash } from 'node:crypto';
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';

/** What the board answer needs for its validator: the instant it was computed, and everything else. */
export interface BoardAnswer {
  generatedAt: string;
}

export interface SerialisedBoard {
  /** The JSON body sent (generatedAt first, then the board as the service built it). */
  body: string;
  /**
   * A weak validator of the board's content: a hash of everything but generatedAt, so it changes
   * exactly when something a user can see changed (a row, a light, a count, `today`), and not on
   * every read as Express's hash of the whole body did. Weak because the bytes differ in
   * generatedAt and in content coding (gzip or not) while the representation is the same.
   */
  etag: string;
}

/**
 * One JSON.stringify of the board for both the hash and the body: generatedAt goes first, and the
 * hash covers the text after it, a view of the same string (neither a second serialisation nor a
 * copy of the 3 MB body: each was a few per cent of a board's CPU).
 */
export function serialiseBoard(board: BoardAnswer): SerialisedBoard {
  const { generatedAt, ...content } = board;
  const body = JSON.stringify({ generatedAt, ...content });
  const prefix = `{"generatedAt":${JSON.stringify(generatedAt)}`;
  const etag = `W/"b-${createHash('sha1').update(body.slice(prefix.length)).digest('base64url')}"`;
  return { body, etag };
}

/**
 * The board's conditional GET: the answer carries the content ETag and `Cache-Control: private,
 * no-cache`, so a browser keeps the last board and asks with If-None-Match each time the console
 * polls or refocuses; while nothing changed, Express answers 304 with no body, and the body is
 * neither gzipped nor sent. The board is still computed for every request (the validator is the
 * hash of what it would send), so a 304 can never hide a change: a change of data or of the clock
 * changes the content and with it the ETag. The client keeps its earlier body, generatedAt included:
 * that is the instant this content was first sent to it, still current.
 */
@Injectable()
export class BoardEtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler<BoardAnswer>): Observable<string> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    return next.handle().pipe(
      map((board) => {
        const { body, etag } = serialiseBoard(board);
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        // Private: the board depends on who asks; no-cache: reuse only after asking (If-None-Match).
        res.setHeader('Cache-Control', 'private, no-cache');
        // res.send keeps an ETag already set, and answers 304 when the request's If-None-Match matches.
        res.setHeader('ETag', etag);
        // That 304 drops the body, so it is not handed over to be encoded first (3 MB of UTF-8):
        // req.fresh is the very test res.send makes, on the same headers.
        return req.fresh ? '' : body;
      }),
    );
  }
}
