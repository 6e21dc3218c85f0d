// The JavaScript half of the wasm binding (src/wasm.rs imports it; wasm-bindgen ships it with
// the package): `encode` for arguments, `decode` for results.
//
// `encode` writes any JavaScript value as one text, which the core reads
// with `Value::parse_js` (src/value.rs): JSON, plus `#` and 16 hex digits for a number that is
// not a safe integer (its exact bits: NaN, the infinities, -0 and every fraction survive), and
// `!` and a letter for what JSON cannot hold. One text crosses into the wasm instead of one call
// per property, which is where the time of a check went.
//
// The limits are applied here, before anything is copied into the wasm memory, so that a
// megabyte string or a million-entry array costs neither time nor memory there. They are the
// core's (src/value.rs) and mean the same: a string over MAX_STRING bytes, a container nested
// deeper than MAX_DEPTH, the entries of a container past MAX_ENTRIES and the values of one input
// past MAX_VALUES are replaced by markers that the checks report as findings. An object is read
// as JSON.stringify and Object.keys read it: its own enumerable string keys, each read once
// (getters and proxy traps run; an error they throw is the caller's and propagates), entries
// that are `undefined` left out.

const MAX_DEPTH = 32;
const MAX_ENTRIES = 1000;
const MAX_STRING = 10000;
const MAX_VALUES = 5000;
const TRUNCATED = JSON.stringify('\u0000truncated');

// Most strings need no escaping; JSON.stringify is called only for those that do.
const ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
const quote = (s) => (ESCAPE.test(s) ? JSON.stringify(s) : '"' + s + '"');

const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);
const hex8 = (n) => n.toString(16).padStart(8, '0');

let out = '';
let budget = 0;

function write(v, depth) {
  if (budget === 0) {
    out += '!L';
    return;
  }
  budget--;
  switch (typeof v) {
    case 'undefined':
      out += 'null';
      return;
    case 'boolean':
      out += v ? 'true' : 'false';
      return;
    case 'number':
      if (Number.isSafeInteger(v) && !Object.is(v, -0)) {
        out += v;
      } else {
        float[0] = v;
        out += '#' + hex8(words[1]) + hex8(words[0]);
      }
      return;
    case 'string':
      // UTF-8 takes at least one byte per UTF-16 unit, so a string longer than the limit in
      // units is too long in bytes; the core checks the bytes of the rest.
      out += v.length > MAX_STRING ? '!L' : quote(v);
      return;
    case 'bigint':
      out += '!b';
      return;
    case 'symbol':
      out += '!s';
      return;
    case 'function':
      out += '!f';
      return;
  }
  if (v === null) {
    out += 'null';
    return;
  }
  if (v instanceof Date) {
    out += '!d';
    return;
  }
  if (depth > MAX_DEPTH) {
    out += '!N';
    return;
  }
  if (Array.isArray(v)) {
    const length = v.length;
    const n = typeof length === 'number' && length > 0 ? Math.floor(length) : 0;
    out += '[';
    for (let i = 0; i < n && i < MAX_ENTRIES; i++) {
      if (i > 0) out += ',';
      write(v[i], depth + 1);
    }
    if (n > MAX_ENTRIES) out += ',!L';
    out += ']';
    return;
  }
  out += '{';
  const keys = Object.keys(v);
  let count = 0;
  for (let i = 0; i < keys.length; i++) {
    if (count >= MAX_ENTRIES) {
      out += ',' + TRUNCATED + ':!L';
      break;
    }
    const key = keys[i];
    const item = v[key];
    if (item === undefined) continue;
    if (count > 0) out += ',';
    out += quote(key) + ':';
    write(item, depth + 1);
    count++;
  }
  out += '}';
}

/** The text for one argument (each argument has its own MAX_VALUES). */
export function encode(v) {
  // A getter may call into mestring while its object is being read: keep the outer state.
  const outer = out;
  const outerBudget = budget;
  out = '';
  budget = MAX_VALUES;
  try {
    write(v, 0);
    return out;
  } finally {
    out = outer;
    budget = outerBudget;
  }
}

// `decode` builds a result from the tape the core writes (src/tape.rs): a list of operations and
// operands, and one text from which strings are cut by their UTF-16 offsets. Names (object keys
// from the Rust types) arrive once per wasm instance with a number and are then referred to by it.
const names = [];
let ops;
let text = '';
let at = 0;

function read() {
  switch (ops[at++]) {
    case 0:
      return null;
    case 1:
      return false;
    case 2:
      return true;
    case 3:
      return ops[at++];
    case 4: {
      const s = text.slice(ops[at], ops[at + 1]);
      at += 2;
      return s;
    }
    case 5: {
      const n = ops[at++];
      const items = [];
      for (let i = 0; i < n; i++) items.push(read());
      return items;
    }
    case 6: {
      const n = ops[at++];
      const o = {};
      for (let i = 0; i < n; i++) {
        const key = readKey();
        const v = read();
        // A key from the input may be `__proto__`: an own property, as JSON.parse makes it.
        if (key === '__proto__') Object.defineProperty(o, key, { value: v, enumerable: true, writable: true, configurable: true });
        else o[key] = v;
      }
      return o;
    }
    default:
      throw new Error('mestring: internal error: not a result');
  }
}

function readKey() {
  switch (ops[at++]) {
    case 7:
      return names[ops[at++]];
    case 8: {
      const name = text.slice(ops[at + 1], ops[at + 2]);
      names[ops[at]] = name;
      at += 3;
      return name;
    }
    default: {
      const key = text.slice(ops[at], ops[at + 1]);
      at += 2;
      return key;
    }
  }
}

/** The result a tape holds. */
export function decode(tapeOps, tapeText) {
  ops = tapeOps;
  text = tapeText;
  at = 0;
  try {
    return read();
  } finally {
    ops = undefined;
    text = '';
  }
}
