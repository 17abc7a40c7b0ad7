// The JavaScript a browser loads for the first page (the entry script and the chunks index.html
// preloads), gzipped, and the largest lazily loaded page chunk. Fails above 1 MB for the first page.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const LIMIT = 1024 * 1024;

export function firstPageFiles(html) {
  const refs = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g),
  ].map((m) => m[1]);
  return [...new Set(refs)];
}

const gz = (file) => gzipSync(readFileSync(path.join(dist, file))).length;
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const first = firstPageFiles(html);
const firstBytes = first.reduce((n, f) => n + gz(f), 0);
const all = readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));
const allBytes = all.reduce((n, f) => n + gz(`assets/${f}`), 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`first page: ${first.length} file(s), ${kb(firstBytes)} gzipped (limit ${kb(LIMIT)})`);
console.log(`whole app: ${all.length} chunk(s), ${kb(allBytes)} gzipped`);
if (firstBytes > LIMIT) {
  console.error('the first page is over the limit');
  process.exit(1);
}
