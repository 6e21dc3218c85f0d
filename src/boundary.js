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

// Most strings need no escaping; JSON.stringify is called only for those that do. Short ones
// are looked at character by character, which is faster than a regular expression.
const ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
const plain = (s) => {
  if (s.length > 64) return !ESCAPE.test(s);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
};
const quote = (s) => (plain(s) ? '"' + s + '"' : JSON.stringify(s));
// Object keys repeat from call to call: the quoted form of a field name is kept (for a bounded
// number of names). Only names (a letter, then letters and digits) are kept, never a key that
// could be data, such as a CPR number used as a key.
const quotedKeys = new Map();
const isName = (k) => {
  if (k.length === 0 || k.length > 40) return false;
  for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (!letter && !(i > 0 && c >= 0x30 && c <= 0x39)) return false;
  }
  return true;
};
const quoteKey = (k) => {
  const q = quotedKeys.get(k);
  if (q !== undefined) return q;
  if (!isName(k)) return quote(k);
  const quoted = '"' + k + '"';
  if (quotedKeys.size < 1000) quotedKeys.set(k, quoted);
  return quoted;
};

const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);
const hex8 = (n) => n.toString(16).padStart(8, '0');

// An error thrown by the caller's getter or proxy while an argument is read: `encode` returns ''
// (which no value encodes to) and the binding takes the error with `takeError` and throws it.
// Not throwing across the boundary spares every call wasm-bindgen's error-catching wrapper.
let thrown;

/** The error of the last `encode` that returned ''. */
export function takeError() {
  const e = thrown;
  thrown = undefined;
  return e;
}

/** The text for one argument (each argument has its own MAX_VALUES), or '' if reading it threw. */
export function encode(value) {
  try {
    return encodeValue(value);
  } catch (e) {
    thrown = e;
    return '';
  }
}

function encodeValue(value) {
  // State lives in this call (a getter may call into mestring while its object is being read),
  // and in locals of the closure, which V8 reaches faster than module-level variables.
  let out = '';
  let budget = MAX_VALUES;
  const write = (v, depth) => {
    if (budget === 0) {
      out += '!L';
      return;
    }
    budget--;
    switch (typeof v) {
      case 'string':
        // UTF-8 takes at least one byte per UTF-16 unit, so a string longer than the limit in
        // units is too long in bytes; the core checks the bytes of the rest.
        out += v.length > MAX_STRING ? '!L' : quote(v);
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
      case 'undefined':
        out += 'null';
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
      out += quoteKey(key) + ':';
      write(item, depth + 1);
      count++;
    }
    out += '}';
  };
  write(value, 0);
  return out;
}

// `decode` builds a result from the tape the core writes (src/tape.rs): a list of operations and
// operands, and one text from which strings are cut by their UTF-16 offsets. Names (object keys
// from the Rust types) arrive once per wasm instance with a number and are then referred to by it.
const names = [];

/** The result a tape holds. */
export function decode(ops, text) {
  let at = 0;
  const key = () => {
    const op = ops[at++];
    if (op === 7) return names[ops[at++]];
    const start = op === 8 ? at + 1 : at;
    let name = text.slice(ops[start], ops[start + 1]);
    // A name is kept as the engine's own (internalized) copy, so later stores with it need no
    // lookup of the string.
    if (op === 8) names[ops[at]] = name = Object.keys({ [name]: 0 })[0];
    at = start + 2;
    return name;
  };
  const read = () => {
    const op = ops[at++];
    if (op === 4) {
      at += 2;
      return text.slice(ops[at - 2], ops[at - 1]);
    }
    if (op === 6) {
      const n = ops[at++];
      const o = {};
      for (let i = 0; i < n; i++) {
        const k = key();
        const v = read();
        // A key from the input may be `__proto__`: an own property, as JSON.parse makes it.
        if (k === '__proto__') Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
        else o[k] = v;
      }
      return o;
    }
    if (op === 5) {
      const n = ops[at++];
      const items = [];
      for (let i = 0; i < n; i++) items.push(read());
      return items;
    }
    if (op === 3) return ops[at++];
    if (op <= 2) return op === 0 ? null : op === 2;
    throw new Error('mestring: internal error: not a result');
  };
  return read();
}
