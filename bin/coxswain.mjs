#!/usr/bin/env node
// The `coxswain` command. It is plain JavaScript so that any Node can start it; the code runs on Node >= 24
// (type stripping, and Bolt/client-node need undici 8), so an older Node re-executes with the Node 24 that
// the `node` devDependency installs in node_modules/.bin.
import { spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import module from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const root = join(dirname(realpathSync(fileURLToPath(import.meta.url))), '..');
const major = Number(process.versions.node.split('.')[0]);
/**
 * A command that stays up keeps its memory low at the cost of some garbage-collection work: V8's memory saver mode
 * has `coxswain serve` idle at ~140 MB instead of ~175 MB (npm run bench:memory). Commands that answer and exit
 * keep V8's defaults.
 */
const V8_FLAGS = ['serve', 'worker', 'start', 'mcp'].includes(process.argv[2]) ? ['--memory-saver-mode'] : [];
if (major < 24) {
  const local = join(root, 'node_modules', '.bin', 'node');
  if (!existsSync(local)) {
    console.error(`coxswain needs Node 24 or newer (this is ${process.version}). Run \`npm install\` in ${root} to get it.`);
    process.exit(1);
  }
  const args = ['--no-warnings=ExperimentalWarning', ...V8_FLAGS, fileURLToPath(import.meta.url), ...process.argv.slice(2)];
  const child = spawn(local, args, { stdio: 'inherit' });
  // Forward termination so `kill PID` stops the real process too. Ctrl-C already reaches the child through the
  // terminal's process group, so SIGINT is only kept from ending this wrapper before the child is done.
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  process.on('SIGINT', () => {});
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  // Flags not given on the command line are set here, before the compile cache opens, so its entries are keyed
  // to them (V8 rejects code cached under other flags).
  for (const flag of V8_FLAGS) if (!process.execArgv.includes(flag)) setFlagsFromString(flag);
  // The compile cache keeps each file's TypeScript-stripped text and V8 code between runs (in the OS temp folder):
  // a second start neither loads the type stripper (~19 MB resident) nor compiles again.
  module.enableCompileCache();
  process.removeAllListeners('warning');
  await import(pathToFileURL(join(root, 'src', 'cli', 'main.ts')).href);
}
