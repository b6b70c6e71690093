// npm links the bins of dependencies, not the package's own; link ours so `npx coxswain` and
// node_modules/.bin/coxswain work in a clone.
import { chmodSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const binDir = join(root, 'node_modules', '.bin');
const target = join(root, 'bin', 'coxswain.mjs');
mkdirSync(binDir, { recursive: true });
rmSync(join(binDir, 'coxswain'), { force: true });
symlinkSync(relative(binDir, target), join(binDir, 'coxswain'));
chmodSync(target, 0o755);
