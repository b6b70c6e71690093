import { readdirSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The repository's web/ folder: the playground page, its ES modules and its styles. */
export const WEB_DIR = join(import.meta.dirname, '..', '..', '..', 'web');

/**
 * The files of `dir`, read once at start: only names that exist there are served, so no path from a URL ever
 * reaches the file system.
 */
export function staticFiles(dir = WEB_DIR) {
  const files = new Map<string, { type: string; body: Buffer }>();
  for (const name of readdirSync(dir)) {
    const type = TYPES[extname(name)];
    if (type) files.set(`/${name}`, { type, body: readFileSync(join(dir, name)) });
  }
  return {
    /** Serves `path` ("/" is index.html); false when there is no such file. */
    serve(path: string, res: ServerResponse): boolean {
      const file = files.get(path === '/' ? '/index.html' : path);
      if (!file) return false;
      res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-cache' });
      res.end(file.body);
      return true;
    },
  };
}
