import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { guardedLookup, type OutboundAllowList } from '@app/common';

/**
 * POSTs a JSON body and resolves with the status code. The connection resolves its host through
 * guardedLookup, so it can only reach an address the allow-list accepts; redirects are not
 * followed (a 3xx is just a status, and could point anywhere).
 */
export function postJson(
  url: URL,
  body: string,
  timeoutMs: number,
  allow: OutboundAllowList,
): Promise<number> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        lookup: guardedLookup(allow, Number(url.port) || (url.protocol === 'https:' ? 443 : 80)),
        timeout: timeoutMs,
        // The whole exchange, not only socket idleness, is bounded.
        signal: AbortSignal.timeout(timeoutMs),
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}
