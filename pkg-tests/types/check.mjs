// Compiles consumer.ts with `tsc --strict` against the built package as a portal installs it:
// a throw-away folder whose node_modules/mestring is pkg/, so the `exports` map is what
// resolves `mestring` and `mestring/forms`.
import { mkdtempSync, mkdirSync, symlinkSync, copyFileSync, rmSync } from 'node:fs';
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
