// Loads the built package (../pkg, what `make build` hands to users) into Node.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..', '..');
export const pkgDir = join(root, 'pkg');

const mestring = await import(join(pkgDir, 'mestring.js'));
/** The instance's exports, `memory` among them. */
export const wasm = mestring.initSync({ module: readFileSync(join(pkgDir, 'mestring_bg.wasm')) });
export default mestring;

/** The shared vectors of one kind, `[file, vector]`, in file order. */
export function vectors(kind) {
  const dir = join(root, 'tests', 'vectors', kind);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8'))]);
}
