#!/usr/bin/env node
// The `coxswain` command. It is plain JavaScript so that any Node can start it; the code runs on Node >= 24
// (type stripping, and Bolt/client-node need undici 8), so an older Node re-executes with the Node 24 that
// the `node` devDependency installs in node_modules/.bin.
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(realpathSync(fileURLToPath(import.meta.url))), '..');
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  const local = join(root, 'node_modules', '.bin', 'node');
  if (!existsSync(local)) {
    console.error(`coxswain needs Node 24 or newer (this is ${process.version}). Run \`npm install\` in ${root} to get it.`);
    process.exit(1);
  }
  const r = spawnSync(local, ['--no-warnings=ExperimentalWarning', fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(r.status ?? 1);
}
process.removeAllListeners('warning');
await import(pathToFileURL(join(root, 'src', 'cli', 'main.ts')).href);
