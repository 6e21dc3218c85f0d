// Loads the built package (../pkg, what `make build` hands to users) into Node.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { expand, fixtures } from '../../tests/vectors/expand.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..', '..');
export const pkgDir = join(root, 'pkg');

const mestring = await import(join(pkgDir, 'mestring.js'));
/** The instance's exports, `memory` among them. */
export const wasm = mestring.initSync({ module: readFileSync(join(pkgDir, 'mestring_bg.wasm')) });
export default mestring;
export { expand, fixtures };

/** The shared vector files of one kind, `[file, vector]`, in file order, as written. */
export function rawVectors(kind) {
  const dir = join(root, 'tests', 'vectors', kind);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8'))]);
}

/** The shared vectors of one kind, `[file, vector]`, in file order, fixtures expanded. */
export function vectors(kind) {
  const all = fixtures();
  return rawVectors(kind).map(([f, v]) => {
    try {
      return [f, expand(v, all)];
    } catch (e) {
      throw new Error(`${kind}/${f}: ${e.message}`);
    }
  });
}
