// Compiles consumer.ts with `tsc --strict` against the built package as a portal installs it:
// a throw-away folder whose node_modules/mestring is pkg/, so the `exports` map is what
// resolves `mestring` and `mestring/forms`. Then type-checks the hand-written JavaScript (each
// file `// @ts-check`, typed with JSDoc): the binding's half (src/wasm/boundary.js) and the
// glue and demo pages in www/, against pkg/'s declarations (tsconfig.js.json).
import { mkdtempSync, mkdirSync, symlinkSync, copyFileSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mestring-types-'));
try {
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(join(here, '..', '..', 'pkg'), join(dir, 'node_modules', 'mestring'), 'dir');
  for (const f of ['consumer.ts', 'tsconfig.json']) copyFileSync(join(here, f), join(dir, f));
  execFileSync(process.execPath, [join(here, '..', 'node_modules', 'typescript', 'bin', 'tsc'), '--strict', '-p', join(dir, 'tsconfig.json')], { stdio: 'inherit' });
  console.log('types: consumer.ts compiles with tsc --strict against pkg/ (mestring, mestring/forms)');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const js = JSON.parse(readFileSync(join(here, 'tsconfig.js.json'), 'utf8')).files;
for (const f of js) {
  if (!readFileSync(join(here, f), 'utf8').startsWith('// @ts-check\n')) throw new Error(`types: ${f} does not start with // @ts-check`);
}
execFileSync(process.execPath, [join(here, '..', 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(here, 'tsconfig.js.json')], { stdio: 'inherit' });
console.log(`types: ${js.length} JavaScript files pass tsc (// @ts-check, JSDoc types, strict)`);
