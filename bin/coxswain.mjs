#!/usr/bin/env node
// The `coxswain` command. It is plain JavaScript so that any Node can start it; the code runs on Node >= 24
// (type stripping, and Bolt/client-node need undici 8), so an older Node re-executes with the Node 24 that
// the `node` devDependency installs in node_modules/.bin.
import { spawn } from 'node:child_process';
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
  const child = spawn(local, ['--no-warnings=ExperimentalWarning', fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  // Forward termination so `kill PID` stops the real process too. Ctrl-C already reaches the child through the
  // terminal's process group, so SIGINT is only kept from ending this wrapper before the child is done.
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  process.on('SIGINT', () => {});
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  process.removeAllListeners('warning');
  await import(pathToFileURL(join(root, 'src', 'cli', 'main.ts')).href);
}
