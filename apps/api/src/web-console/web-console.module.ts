import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Module, type OnModuleInit } from '@nestjs/common';
import { ApplicationConfig, HttpAdapterHost } from '@nestjs/core';
import { ExpressLoader, type ServeStaticModuleOptions } from '@nestjs/serve-static';

/**
 * The web console (apps/web, built by `npm run build:web`) served by the API at `/`. Its pages live
 * under /app/…, a prefix no API route uses, so every API path keeps answering exactly as before
 * (an unknown API path is still a JSON 404) and a reload of /app/reports/… gets the page.
 */
export const WEB_CONSOLE_PREFIX = '/app';

/** apps/web/dist, found upward from here (src under jest, dist/… when compiled), or WEB_DIST_DIR. */
export function findWebDist(start = __dirname): string | null {
  const configured = process.env.WEB_DIST_DIR;
  if (configured) return existsSync(join(configured, 'index.html')) ? configured : null;
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'apps', 'web', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

export function webConsoleOptions(rootPath: string): ServeStaticModuleOptions {
  return {
    rootPath,
    renderPath: `${WEB_CONSOLE_PREFIX}{/*path}`,
    serveStaticOptions: {
      index: 'index.html',
      // Hashed assets never change; index.html is always revalidated so a new build is picked up.
      setHeaders: (res: { setHeader(name: string, value: string): void }, path: string) =>
        res.setHeader(
          'Cache-Control',
          path.startsWith(join(rootPath, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache',
        ),
    },
  };
}

/**
 * Registers @nestjs/serve-static's Express loader when the app initialises. (ServeStaticModule picks
 * its loader when the module is compiled, before @nestjs/testing has an HTTP adapter, so under the
 * e2e tests it would serve nothing; registering at init works the same in both.) Without a build the
 * API runs alone, as before.
 */
@Module({})
export class WebConsoleModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: ApplicationConfig,
  ) {}

  onModuleInit(): void {
    const rootPath = findWebDist();
    const adapter = this.adapterHost.httpAdapter;
    if (!rootPath || !adapter) return;
    new ExpressLoader().register(adapter, this.config, [webConsoleOptions(rootPath)]);
  }
}
