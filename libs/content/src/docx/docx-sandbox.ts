/**
 * Reads an uploaded .docx in a worker thread with a bounded heap and a deadline, so that parsing an untrusted
 * file can neither block the API's event loop nor exhaust its heap: a file that needs more is refused
 * (DOCX_TOO_COMPLEX) and the thread is terminated. At most SANDBOX_LIMITS.concurrency files are read at once
 * (each may use its whole heap); a few more wait, and beyond that the caller is told to try again.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerReply } from './docx-worker';
import { DocumentRejectedError, ImportBusyError, isRejectionCode } from './errors';

export interface SandboxLimits {
  timeoutMs: number;
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
}

/** The defaults; a caller (a batch import of large archives, say) may pass its own time and heap. */
export const SANDBOX_LIMITS = {
  /** A real report is read in well under a second; this is for a slow, shared machine. */
  timeoutMs: 15_000,
  /** mammoth's document tree of a long report takes tens of megabytes. */
  maxOldGenerationSizeMb: 256,
  maxYoungGenerationSizeMb: 32,
  concurrency: 2,
  maxWaiting: 16,
} as const;

/** Counts running reads and queues the callers above the limit. */
class Gate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  async enter(): Promise<void> {
    if (this.running < SANDBOX_LIMITS.concurrency) {
      this.running++;
      return;
    }
    if (this.waiting.length >= SANDBOX_LIMITS.maxWaiting) throw new ImportBusyError();
    // The slot is handed over by leave(), so running stays counted.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  leave(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}

const gate = new Gate();

/** The text of a .docx, read in a worker thread. Throws DocumentRejectedError or ImportBusyError. */
export async function readDocxInWorker(buffer: Buffer, limits: Partial<SandboxLimits> = {}): Promise<string> {
  await gate.enter();
  try {
    return await runWorker(buffer, { ...SANDBOX_LIMITS, ...limits });
  } finally {
    gate.leave();
  }
}

function runWorker(buffer: Buffer, limits: SandboxLimits): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const worker = startWorker(new Uint8Array(buffer), limits);
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const tooComplex = (detail: string) => () =>
      reject(new DocumentRejectedError('DOCX_TOO_COMPLEX', detail));
    const timer = setTimeout(settle, limits.timeoutMs, tooComplex(`not read within ${limits.timeoutMs} ms`));
    worker.on('message', (reply: WorkerReply) =>
      settle(() => {
        if (reply.kind === 'text') resolve(reply.text);
        else if (reply.kind === 'rejected' && isRejectionCode(reply.code))
          reject(new DocumentRejectedError(reply.code, reply.detail));
        else
          reject(new Error(`docx worker failed: ${reply.kind === 'failed' ? reply.message : 'bad reply'}`));
      }),
    );
    worker.on('error', (error: Error & { code?: string }) =>
      settle(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? tooComplex('the reading thread ran out of memory')
          : () => reject(error),
      ),
    );
    worker.on('exit', (code) => settle(tooComplex(`the reading thread stopped (exit code ${code})`)));
  });
}

const options = (bytes: Uint8Array, limits: SandboxLimits) => ({
  workerData: { bytes },
  resourceLimits: {
    maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb,
    maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb,
  },
});

/**
 * The built app runs docx-worker.js. Run from the TypeScript sources (Jest, ts tooling), there is no .js
 * beside this file, so the thread compiles the .ts modules it loads with swc, the compiler the project's
 * tooling already uses; the built app never takes that path.
 */
function startWorker(bytes: Uint8Array, limits: SandboxLimits): Worker {
  if (__filename.endsWith('.js'))
    return new Worker(join(__dirname, 'docx-worker.js'), options(bytes, limits));
  return new Worker(fromTypeScriptSource(join(__dirname, 'docx-worker.ts')), {
    ...options(bytes, limits),
    eval: true,
  });
}

function fromTypeScriptSource(entry: string): string {
  return `
    const { readFileSync } = require('node:fs');
    const Module = require('node:module');
    const { transformSync } = Module.createRequire(${JSON.stringify(entry)})('@swc/core');
    Module._extensions['.ts'] = (module, filename) => {
      const { code } = transformSync(readFileSync(filename, 'utf8'), {
        filename,
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      });
      module._compile(code, filename);
    };
    require(${JSON.stringify(entry)});
  `;
}
