import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Node answers a request it cannot parse (a URL and headers over its 16 KB limit, a broken request
 * line) itself, before Express sees it, with a status and an empty body. This listener answers those
 * in the API's one error shape instead, so a client that sent 5,000 query parameters reads what to
 * fix (penetration test, stop 40: "431 with an empty body"). Registering it replaces Node's default,
 * so it must close every socket it is given.
 */
export function answerUnparsableRequests(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A client that went away, or a socket already answered: nothing to write to.
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    socket.end(rawAnswer(unparsableAnswer(error.code)));
  });
}

interface UnparsableAnswer {
  statusCode: number;
  error: string;
  message: string;
}

/** The answer to a request Node could not parse, by the parser's error code. */
export function unparsableAnswer(code: string | undefined): UnparsableAnswer {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return {
      statusCode: 431,
      error: 'HEADERS_TOO_LARGE',
      message:
        'The URL and headers are larger than the 16 KB the server reads: send fewer or shorter query parameters',
    };
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return {
      statusCode: 408,
      error: 'REQUEST_TIMEOUT',
      message: 'The request was not received in time',
    };
  }
  return {
    statusCode: 400,
    error: 'BAD_REQUEST',
    message: 'The request is not valid HTTP/1.1 and could not be read',
  };
}

function rawAnswer(answer: UnparsableAnswer): string {
  const body = JSON.stringify({ ...answer, requestId: randomUUID() });
  return [
    `HTTP/1.1 ${answer.statusCode} ${STATUS_CODES[answer.statusCode] ?? ''}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'X-Content-Type-Options: nosniff',
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}
