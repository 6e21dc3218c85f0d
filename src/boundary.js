// The JavaScript half of the wasm binding (src/wasm.rs imports it; wasm-bindgen ships it with
// the package): `encode` for arguments, `decode` for results.
//
// `encode` writes any JavaScript value as one text, which the core reads
// with `Value::parse_js` (src/value.rs): JSON, plus `#` and 16 hex digits for a number that is
// not a safe integer (its exact bits: NaN, the infinities, -0 and every fraction survive), and
// `!` and a letter for what JSON cannot hold. The text is written as UTF-8 bytes and crosses into
// the wasm as one copy, instead of one call per property, which is where the time of a check went.
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

const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);
const hex8 = (n) => n.toString(16).padStart(8, '0');
const utf8 = new TextEncoder();

// The text is written as UTF-8 bytes straight into a buffer, which wasm-bindgen copies into the
// wasm memory in one piece: no string is built and flattened first. One buffer is reused; a
// nested call (from a getter that calls mestring) gets its own.
let shared = new Uint8Array(4096);
let busy = false;

/** The error of the last `encode` that returned no bytes (see `encode`). */
let thrown;
export function takeError() {
  const e = thrown;
  thrown = undefined;
  return e;
}

/**
 * The text for one argument as UTF-8 bytes (each argument has its own MAX_VALUES). An error that
 * the caller's getter or proxy throws while the argument is read is kept for `takeError` and no
 * bytes are returned (no value encodes to none): not throwing across the boundary spares every
 * call wasm-bindgen's error-catching wrapper.
 */
export function encode(value) {
  const nested = busy;
  busy = true;
  let buf = nested ? new Uint8Array(256) : shared;
  let pos = 0;
  let budget = MAX_VALUES;
  const room = (n) => {
    if (pos + n <= buf.length) return;
    const bigger = new Uint8Array(Math.max(buf.length * 2, pos + n));
    bigger.set(buf.subarray(0, pos));
    buf = bigger;
  };
  // Text known to be ASCII: markers, numbers, JSON.stringify's escapes of an ASCII string.
  const ascii = (t) => {
    room(t.length);
    for (let i = 0; i < t.length; i++) buf[pos++] = t.charCodeAt(i);
  };
  // A JSON string. Most are printable ASCII with nothing to escape and are copied as they are;
  // the rest go through JSON.stringify (escapes, lone surrogates as \u escapes) and encodeInto.
  const string = (t) => {
    room(t.length + 2);
    const start = pos;
    buf[pos++] = 0x22;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) {
        pos = start;
        const quoted = JSON.stringify(t);
        room(quoted.length * 3);
        pos += utf8.encodeInto(quoted, buf.subarray(pos)).written;
        return;
      }
      buf[pos++] = c;
    }
    buf[pos++] = 0x22;
  };
  const write = (v, depth) => {
    if (budget === 0) return ascii('!L');
    budget--;
    switch (typeof v) {
      case 'string':
        // UTF-8 takes at least one byte per UTF-16 unit, so a string longer than the limit in
        // units is too long in bytes; the core checks the bytes of the rest.
        return v.length > MAX_STRING ? ascii('!L') : string(v);
      case 'boolean':
        return ascii(v ? 'true' : 'false');
      case 'number':
        if (Number.isSafeInteger(v) && !Object.is(v, -0)) return ascii(String(v));
        float[0] = v;
        return ascii('#' + hex8(words[1]) + hex8(words[0]));
      case 'undefined':
        return ascii('null');
      case 'bigint':
        return ascii('!b');
      case 'symbol':
        return ascii('!s');
      case 'function':
        return ascii('!f');
    }
    if (v === null) return ascii('null');
    if (v instanceof Date) return ascii('!d');
    if (depth > MAX_DEPTH) return ascii('!N');
    if (Array.isArray(v)) {
      const length = v.length;
      const n = typeof length === 'number' && length > 0 ? Math.floor(length) : 0;
      ascii('[');
      for (let i = 0; i < n && i < MAX_ENTRIES; i++) {
        if (i > 0) ascii(',');
        write(v[i], depth + 1);
      }
      if (n > MAX_ENTRIES) ascii(',!L');
      return ascii(']');
    }
    ascii('{');
    const keys = Object.keys(v);
    let count = 0;
    for (let i = 0; i < keys.length; i++) {
      if (count >= MAX_ENTRIES) {
        ascii(',' + TRUNCATED + ':!L');
        break;
      }
      const key = keys[i];
      const item = v[key];
      if (item === undefined) continue;
      if (count > 0) ascii(',');
      string(key);
      ascii(':');
      write(item, depth + 1);
      count++;
    }
    ascii('}');
  };
  try {
    write(value, 0);
    // A buffer grown for a large argument is kept only up to 64 KiB.
    if (!nested && buf.length <= 65536) shared = buf;
    return buf.subarray(0, pos);
  } catch (e) {
    thrown = e;
    return buf.subarray(0, 0);
  } finally {
    busy = nested;
  }
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
