/**
 * Entry of the worker thread that reads one uploaded .docx (started by docx-sandbox.ts). It answers with one
 * message — the text, or why the file was refused — and ends; the thread's heap and time are bounded by its
 * parent, so a hostile file can exhaust only this thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DocumentRejectedError } from './errors';
import { parseDocxText } from './parse-docx';

export type WorkerReply =
  | { kind: 'text'; text: string }
  | { kind: 'rejected'; code: DocumentRejectedError['code']; detail?: string }
  | { kind: 'failed'; message: string };

const { bytes } = workerData as { bytes: Uint8Array };
const reply = (message: WorkerReply) => parentPort?.postMessage(message);

parseDocxText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).then(
  (text) => reply({ kind: 'text', text }),
  (error: unknown) =>
    reply(
      error instanceof DocumentRejectedError
        ? { kind: 'rejected', code: error.code, detail: error.detail }
        : {
            kind: 'failed',
            message: error instanceof Error ? (error.stack ?? error.message) : String(error),
          },
    ),
);
