// Expands the fixture form of the shared vectors (tests/vectors/README.md, "Fixtures"). The Rust
// twin is tests/vectors/expand.rs; both run the cases in tests/vectors/expansion.json.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** `tests/vectors/fixtures/*.json` by name (the file name without `.json`). */
export function fixtures(dir = join(here, 'fixtures')) {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => [f.slice(0, -'.json'.length), JSON.parse(readFileSync(join(dir, f), 'utf8'))]),
  );
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * `value` with every `{ "$fixture": name, "$set"?: { path: value }, "$unset"?: [path] }` replaced
 * by a copy of that fixture, its `$set` paths set and its `$unset` paths removed. A path is a JSON
 * Pointer (RFC 6901: `/citizen/birthDate`, `/barriers/0`, `~1` for a `/` in a key, `~0` for `~`). Keys keep their order; a new key comes last. Throws
 * for an unknown fixture, an unknown key beside `$fixture`, a path that does not exist (the last
 * key of a `$set` may be new), or a `$set` that changes nothing.
 */
export function expand(value, all, used = new Set()) {
  if (Array.isArray(value)) return value.map((v) => expand(v, all, used));
  if (!isObject(value)) return value;
  if (!('$fixture' in value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expand(v, all, used)]));
  }
  const name = value.$fixture;
  for (const k of Object.keys(value)) {
    if (!['$fixture', '$set', '$unset'].includes(k)) throw new Error(`${name}: unknown key ${k} beside $fixture`);
  }
  if (!Object.hasOwn(all, name)) throw new Error(`unknown fixture ${JSON.stringify(name)}`);
  used.add(name);
  const out = expand(structuredClone(all[name]), all, used);
  for (const [path, v] of Object.entries(value.$set ?? {})) {
    const [parent, key] = walk(out, path, name, true);
    const next = expand(v, all, used);
    if (Object.hasOwn(parent, key) && JSON.stringify(parent[key]) === JSON.stringify(next)) {
      throw new Error(`${name}: $set ${path} changes nothing`);
    }
    parent[key] = next;
  }
  for (const path of value.$unset ?? []) {
    const [parent, key] = walk(out, path, name, false);
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  }
  return out;
}

/** The object or list that holds the last key of `path`, and that key. */
function walk(root, path, name, mayAdd) {
  if (!path.startsWith('/')) throw new Error(`${name}: ${path} is not a JSON Pointer (/a/b)`);
  const keys = path.slice(1).split('/').map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~'));
  let at = root;
  for (const [i, k] of keys.entries()) {
    const last = i === keys.length - 1;
    const ok = Array.isArray(at) ? /^(0|[1-9][0-9]*)$/.test(k) && Number(k) < at.length : isObject(at) && (Object.hasOwn(at, k) || (last && mayAdd));
    if (!ok) throw new Error(`${name}: no ${path} to ${mayAdd ? 'set' : 'unset'}`);
    if (last) return [at, k];
    at = at[k];
  }
  throw new Error(`${name}: empty path`);
}

/** One vector file, its fixtures expanded (for scripts that seed from the vectors). */
export function readVector(file) {
  return expand(JSON.parse(readFileSync(file, 'utf8')), fixtures());
}
