#!/usr/bin/env bash
# Reproduce deploy/Dockerfile without Docker: its install step in a clean directory, then the runtime stage's
# files started with production dependencies only. The COPY lines are read from the Dockerfile, so the check
# follows it. The image's base provides Node 24; here it is the `node` devDependency of the main install.
set -euo pipefail
cd "$(dirname "$0")/.."
node24="$PWD/node_modules/.bin/node"
[ -x "$node24" ] || { echo "check-image: $node24 is missing; run npm ci first" >&2; exit 1; }

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cp package.json package-lock.json "$dir/"
install=$(sed -n 's/^RUN \(npm ci .*\)$/\1/p' deploy/Dockerfile)
[ -n "$install" ] || { echo "check-image: no 'RUN npm ci' step in deploy/Dockerfile" >&2; exit 1; }
echo "check-image: $install"
(cd "$dir" && $install)

# COPY <src>... <dest> of the runtime stage (not the node_modules copied --from the deps stage).
awk '/^FROM .* AS runtime/{r=1} r && /^COPY / && !/--from/ {$1=""; print}' deploy/Dockerfile |
  while read -r -a args; do
    dest="${args[-1]}"
    for src in "${args[@]:0:${#args[@]}-1}"; do
      case "$dest" in
      */) mkdir -p "$dir/$dest" && cp -r "$src" "$dir/$dest" ;;
      *) mkdir -p "$dir/$(dirname "$dest")" && cp -r "$src" "$dir/$dest" ;;
      esac
    done
  done

cd "$dir"
# Every package the sources import must be a production dependency (a devDependency would be missing in
# the image, and a lazy import would only fail when first used).
"$node24" --input-type=module -e '
import { readFileSync, readdirSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
const missing = [];
const seen = new Set();
const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
for (const file of walk("src").filter((f) => /\.(ts|mjs|js)$/.test(f))) {
  const text = readFileSync(file, "utf8");
  // Type-only imports are erased before Node runs the file, so only value imports count.
  const imports = /^\s*(?:import|export)(?!\s+type\b)[^;]*?\bfrom\s+["\x27]([^"\x27]+)["\x27]|\bimport\(\s*["\x27]([^"\x27]+)["\x27]\s*\)/gm;
  for (const m of text.matchAll(imports)) {
    const spec = m[1] ?? m[2];
    if (spec.startsWith(".") || spec.startsWith("node:") || builtinModules.includes(spec)) continue;
    seen.add(spec);
    try { import.meta.resolve(spec); } catch { missing.push(`${file}: ${spec}`); }
  }
}
if (missing.length) { console.error(`check-image: imports not in the production tree:\n  ${missing.join("\n  ")}`); process.exit(1); }
if (seen.size === 0) { console.error("check-image: found no package imports in src/"); process.exit(1); }
console.log(`check-image: ${seen.size} imported packages resolve in the production tree`);
'
NODE_ENV=production "$node24" --no-warnings=ExperimentalWarning bin/coxswain.mjs tools >/dev/null
echo "check-image: npm ci --omit=dev succeeded; the runtime files start (coxswain tools) with production dependencies only"
