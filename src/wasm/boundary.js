// @ts-check
// The JavaScript half of the wasm binding (src/wasm/bind.rs imports it; scripts/build inlines it
// into the package's glue): `encode` for arguments, `decode` for results.
//
// `encode` writes any JavaScript value as one text, which the core reads
// with `parse_js` (src/wasm/parse.rs): JSON, plus `#` and 16 hex digits for a number that is
// not a safe integer (its exact bits: NaN, the infinities, -0 and every fraction survive),
// `!` and a letter for what JSON cannot hold, and a referral's field names as one control byte
// each where a key starts, with no `:` after it (`KEY_CODE`; they were more than half the
// text). The text is written as UTF-8 bytes and crosses into the wasm as one copy, instead of
// one call per property, which is where the time of a check went.
//
// The limits are applied here, before anything is copied into the wasm memory, so that a
// megabyte string or a million-entry array costs neither time nor memory there. They are the
// core's (src/value.rs; a test there keeps them equal) and mean the same: a string over MAX_STRING bytes, a container nested
// deeper than MAX_DEPTH, the entries of a container past MAX_ENTRIES and the values of one input
// past MAX_VALUES are replaced by markers that the checks report as findings. An object is read
// as JSON.stringify and Object.keys read it: its own enumerable string keys, each read once
// (getters and proxy traps run; an error they throw is the caller's and propagates), entries
// that are `undefined` left out (but counted: each key read counts against MAX_ENTRIES and
// MAX_VALUES, so an object of 100 000 `undefined` entries shared a thousand times costs no more
// than one). A key longer than MAX_STRING marks its object as too large, as does text past
// MAX_TEXT bytes for one argument (keys and strings together), so the wasm memory a call needs
// stays bounded. String, Number and Boolean objects are read as their primitive values (as
// JSON.stringify does; `new String` of ten million characters is not read as ten million keys),
// and a typed array or DataView of more than MAX_ENTRIES bytes is too large without its keys
// being listed.
//
// `guarded` and `attach` keep the module alive whatever a call meets (see there).

const MAX_DEPTH = 32;
const MAX_ENTRIES = 1000;
const MAX_STRING = 10000;
const MAX_VALUES = 5000;
const MAX_TEXT = 1048576;
const TRUNCATED = JSON.stringify('\u0000truncated');

// The tape's operation codes, as `op` in src/wasm/tape.rs (a test there keeps them equal).
const OP_NULL = 0;
const OP_FALSE = 1;
const OP_TRUE = 2;
const OP_NUMBER = 3;
const OP_STRING = 4;
const OP_ARRAY = 5;
const OP_OBJECT = 6;
const OP_KEY = 7;
const OP_NEW_KEY = 8;
const OP_DATA_KEY = 9;
const OP_FINDING = 10;
const OP_CATALOGUE = 11;
const OP_NAME = 12;
const OP_NEW_NAME = 13;
const OP_TEXT = 14;
const OP_NEW_TEXT = 15;
const OP_FORGET_TEXTS = 16;
const OP_RECORD = 17;

// Records, as `compact::RECORDS` in src/finding.rs (a test there keeps the numbers and keys
// equal): results whose keys are fixed, built as object literals (no setter is reached, and
// no key needs checking against Object.prototype).
const RECORD_REFERRAL_RESULT = 0;
const RECORD_CRITERION = 1;
const RECORD_STAMP = 2;

// The kinds of a compact finding's arguments, as `compact` in src/finding.rs (a test there keeps
// them equal).
const ARG_INT = 0;
const ARG_DATE = 1;
const ARG_TEXT = 2;
const ARG_LABELS = 3;
const ARG_ALL = 4;
const ARG_HALVES = 5;
const ARG_COUNT = 6;
const ARG_RANGE = 7;
const ARG_AMOUNT = 8;
const ARG_EVERY = 9;
const SEVERITIES = ['error', 'warning', 'info'];

const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);
const hex8 = (n) => n.toString(16).padStart(8, '0');
const utf8 = new TextEncoder();

// Built-ins used on values, taken before any page code can replace them.
const ObjectPrototype = Object.prototype;
const { defineProperty, freeze, getPrototypeOf, keys: ownKeys } = Object;
const { apply } = Reflect;
const isView = ArrayBuffer.isView;
const objectTag = Object.prototype.toString;
const primitive = { __proto__: null, '[object String]': String.prototype.valueOf, '[object Number]': Number.prototype.valueOf, '[object Boolean]': Boolean.prototype.valueOf };
const byteLength = (v) => apply(isDataView(v) ? dataViewBytes : typedArrayBytes, v, []);
const typedArrayBytes = /** @type {() => number} */ (/** @type {PropertyDescriptor} */ (Object.getOwnPropertyDescriptor(getPrototypeOf(Uint8Array.prototype), 'byteLength')).get);
const dataViewBytes = /** @type {() => number} */ (/** @type {PropertyDescriptor} */ (Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength')).get);
const isDataView = (v) => apply(objectTag, v, []) === '[object DataView]';

// A referral's field names, written as one byte where a key starts instead of their text
// (`KEYS` in src/wasm/parse.rs, from which scripts/generate writes this table).
// BEGIN KEY_CODE
const KEY_CODE = {
  __proto__: null,
  referenceDate: 1,
  plannedEnd: 2,
  citizen: 3,
  cpr: 4,
  birthDate: 5,
  benefit: 6,
  visitationCategory: 7,
  barriers: 8,
  kind: 11,
  severity: 12,
  openToGroupWork: 14,
  canDescribeOwnBarriers: 15,
  substanceAbuse: 16,
  present: 17,
  inTreatment: 18,
  treatmentStart: 19,
  treatmentEnd: 20,
  lastUse: 21,
};
// END KEY_CODE

// The text is written as UTF-8 bytes straight into a buffer, which wasm-bindgen copies into the
// wasm memory in one piece: no string is built and flattened first. One buffer is reused; a
// nested call (from a getter that calls mestring) gets its own.
let shared = new Uint8Array(4096);
let busy = false;

/** The error of the last `encode` that returned no bytes (see `encode`). @type {unknown} */
let thrown;
/** @returns {unknown} */
export function takeError() {
  const e = thrown;
  thrown = undefined;
  return e;
}

// The state of the `encode` under way, kept here rather than in closures made per call (which
// cost a tenth of the writing); a nested call saves the outer call's and restores it when done.
let buf = shared;
let pos = 0;
// How much longer the text would be with every key written out: MAX_TEXT counts the keys'
// text, as it did before keys were written as a byte.
let saved = 0;
let budget = MAX_VALUES;
/** Objects with more keys than are read, with their keys (see `write`). @type {Map<object, string[]> | null} */
let large = null;

/** Makes room for `n` more bytes. @param {number} n */
const room = (n) => {
  if (pos + n <= buf.length) return;
  const bigger = new Uint8Array(Math.max(buf.length * 2, pos + n));
  bigger.set(buf.subarray(0, pos));
  buf = bigger;
};
/** One byte. @param {number} b */
const byte = (b) => {
  if (pos === buf.length) room(1);
  buf[pos++] = b;
};
/** Text known to be ASCII: markers, numbers, JSON.stringify's escapes of an ASCII string. @param {string} t */
const ascii = (t) => {
  room(t.length);
  for (let i = 0; i < t.length; i++) buf[pos++] = t.charCodeAt(i);
};
// A JSON string. Most are printable ASCII with nothing to escape and are copied as they are;
// the rest go through JSON.stringify (escapes, lone surrogates as \u escapes) and encodeInto.
// (The loop is three times as fast as encodeInto for the short strings of a form.)
/** @param {string} t */
const string = (t) => {
  const n = t.length;
  room(n + 2);
  const b = buf;
  let p = pos;
  b[p++] = 0x22;
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) {
      const quoted = JSON.stringify(t);
      room(quoted.length * 3);
      pos += utf8.encodeInto(quoted, buf.subarray(pos)).written;
      return;
    }
    b[p++] = c;
  }
  b[p++] = 0x22;
  pos = p;
};
// Whether a string of `length` UTF-16 units may still be written (UTF-8 takes at least one
// byte per unit: a string longer than the limit in units is too long in bytes; the core checks
// the bytes of the rest).
/** @param {number} length */
const fits = (length) => length <= MAX_STRING && pos + saved + length <= MAX_TEXT;
/**
 * @param {unknown} v
 * @param {number} depth
 * @returns {void}
 */
const write = (v, depth) => {
  if (budget === 0) return ascii('!L');
  budget--;
  switch (typeof v) {
    case 'string':
      return fits(v.length) ? string(v) : ascii('!L');
    case 'boolean':
      return ascii(v ? 'true' : 'false');
    case 'number':
      // A digit (the commonest number in a form: counts, flags) as itself.
      if (v >= 0 && v <= 9 && (v | 0) === v && !Object.is(v, -0)) return byte(0x30 + v);
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
  const proto = getPrototypeOf(v);
  if (proto !== ObjectPrototype && proto !== null) {
    // Not a plain object: a boxed primitive is read as its value, a large binary view is not
    // listed key by key.
    if (isView(v)) {
      if (byteLength(v) > MAX_ENTRIES) return ascii('{' + TRUNCATED + ':!L}');
    } else {
      const unbox = primitive[apply(objectTag, v, [])];
      if (unbox !== undefined) {
        let p;
        try {
          p = apply(unbox, v, []);
        } catch {
          // A plain object dressed up with Symbol.toStringTag: read as any other object.
        }
        if (p !== undefined) {
          budget++;
          return write(p, depth);
        }
      }
    }
  }
  if (depth > MAX_DEPTH) return ascii('!N');
  if (Array.isArray(v)) {
    const length = v.length;
    const n = typeof length === 'number' && length > 0 ? Math.floor(length) : 0;
    byte(0x5b);
    for (let i = 0; i < n && i < MAX_ENTRIES; i++) {
      if (i > 0) byte(0x2c);
      write(v[i], depth + 1);
    }
    if (n > MAX_ENTRIES) ascii(',!L');
    return byte(0x5d);
  }
  const o = /** @type {Record<string, unknown>} */ (v);
  byte(0x7b);
  // An object with more keys than are read is listed once per argument, however often it is
  // referred to (listing 100 000 keys takes milliseconds).
  let keys = large === null ? undefined : large.get(o);
  if (keys === undefined) {
    keys = ownKeys(o);
    if (keys.length > MAX_ENTRIES) (large ??= new Map()).set(o, keys);
  }
  let count = 0;
  let cut = false;
  for (let i = 0; i < keys.length; i++) {
    // Every key read counts, `undefined` entries too: the loop ends after MAX_ENTRIES keys or
    // when the input's values are used up, however many keys the object has.
    if (i >= MAX_ENTRIES || budget === 0) {
      cut = true;
      break;
    }
    const key = keys[i];
    if (!fits(key.length)) {
      cut = true;
      budget--;
      continue;
    }
    const item = o[key];
    if (item === undefined) {
      budget--;
      continue;
    }
    if (count > 0) byte(0x2c);
    const code = KEY_CODE[key];
    if (code !== undefined) {
      // `"key":` is the key's length and three bytes.
      byte(code);
      saved += key.length + 2;
    } else {
      string(key);
      byte(0x3a);
    }
    write(item, depth + 1);
    count++;
  }
  if (cut) ascii((count > 0 ? ',' : '') + TRUNCATED + ':!L');
  byte(0x7d);
};

/**
 * The text for one argument as UTF-8 bytes (each argument has its own MAX_VALUES). An error that
 * the caller's getter or proxy throws while the argument is read is kept for `takeError` and no
 * bytes are returned (no value encodes to none): not throwing across the boundary spares every
 * call wasm-bindgen's error-catching wrapper.
 * @param {unknown} value
 * @returns {Uint8Array}
 */
export function encode(value) {
  const nested = busy;
  const outer = nested ? { buf, pos, saved, budget, large } : null;
  busy = true;
  buf = nested ? new Uint8Array(256) : shared;
  pos = 0;
  saved = 0;
  budget = MAX_VALUES;
  large = null;
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
    large = null;
    if (outer !== null) ({ buf, pos, saved, budget, large } = outer);
  }
}

// `decode` builds a result from the tape the core writes (src/wasm/tape.rs): a list of operations and
// operands, and one text from which strings are cut by their UTF-16 offsets. Names (object keys
// from the Rust types) arrive once per wasm instance with a number and are then referred to by it.
//
// No page code runs while a result is built, so nothing a page did can make it throw. A key
// that Object.prototype has too (`toString`, `__proto__`, or `outcome` when a page put a setter
// there) is defined (Object.defineProperty) instead of assigned: assignment would call the
// page's setter, or throw under a frozen Object.prototype. Checking costs about a tenth of
// defining every key. An array is an array literal, or cut out of a scratch list when longer
// (`slice` defines its elements); never pushed to (`push` would call a setter for `0`).
/** @type {string[]} */
let names = [];
const scratch = [];
let used = 0;
const own = { __proto__: null, value: null, writable: true, enumerable: true, configurable: true };
const define = (o, k, v) => {
  own.value = v;
  defineProperty(o, k, own);
  own.value = null;
};
const grow = (list, length) => {
  for (let i = list.length; i < length; i++) define(list, i, null);
};


// Findings arrive in their compact form (src/finding.rs, `compact`): rule and text by index, the
// field, a ruleset's source, the arguments as values. Their messages are rendered here from the
// renderer's tables (`messages::Renderer`), which the tape carries once per instance and
// language; the Rust renderer (`messages::render`) stays the reference, and a test renders
// every vector's findings both ways. Each rule's source is one frozen object, shared by every
// finding that cites it; a ruleset's own sources are shared the same way. Tables and sources
// belong to the instance in use: `attach` drops them with the names.
/** @type {Array<any>} */
let catalogues = [null, null];
/** Long texts sent before, by number (`OP_NEW_TEXT`). @type {string[]} */
let texts = [];
/** @type {any} */
let sources = { __proto__: null };
let sourceCount = 0;
const MAX_SOURCES = 256;

/** The renderer's tables, as the tape carries them, made ready for use. @param {any} t */
const renderer = (t) => {
  // By their first column; the rules by their index.
  const table = (rows, value) => {
    const o = { __proto__: null };
    for (let i = 0; i < rows.length; i++) o[rows === t.rules ? i : rows[i][0]] = value(rows[i]);
    return o;
  };
  return {
    rules: table(t.rules, (r) => ({ id: r[0], source: freeze({ title: r[1], ref: r[2] }), texts: r[3], parts: { __proto__: null } })),
    labels: table(t.labels, (r) => r[1]),
    nouns: table(t.nouns, (r) => r),
    every: table(t.every, (r) => r[1]),
    period: t.period,
    months: t.months,
    dayMark: t.dayMark,
    or: t.or,
    and: t.and,
    decimal: t.decimal,
    everyN: t.everyN,
    fallback: t.fallback,
  };
};

/** A text split at its arguments: literal, name, literal, ..., literal. @param {string} text */
const split = (text) => {
  const parts = [];
  let rest = text;
  for (;;) {
    const open = rest.indexOf('{');
    if (open < 0) break;
    const close = rest.indexOf('}', open + 1);
    if (close < 0) break;
    parts.push(rest.slice(0, open), rest.slice(open + 1, close));
    rest = rest.slice(close + 1);
  }
  parts.push(rest);
  return parts;
};
/** `text` with `{name}` filled in with `value`. */
const fillIn = (text, name, value) => {
  const parts = split(text);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) out += (parts[i] === name ? value : '{' + parts[i] + '}') + parts[i + 1];
  return out;
};
const label = (cat, code) => {
  if (code.slice(0, 7) === 'period:') {
    const n = code.slice(7);
    return n === '1' ? cat.period[0] : fillIn(cat.period[1], 'n', n);
  }
  const l = cat.labels[code];
  return l === undefined ? code : l;
};
const noun = (cat, key, plural) => {
  const n = cat.nouns[key];
  return n === undefined ? '' : plural ? n[2] : n[1];
};
// Rust's `f64::round` (halves away from zero), then `as i64` (NaN is 0).
const round = (x) => (x !== x ? 0 : x < 0 ? -Math.round(-x) : Math.round(x));
// As `messages::decimal`: hundredths of the magnitude, NaN as 0, at most 9e15 (exact in both
// languages), the sign apart (-0,5 keeps it).
const decimal = (cat, x) => {
  const h = Math.min(round(Math.abs(x) * 100), 9e15);
  const frac = h % 100;
  const whole = String((h - frac) / 100);
  const sign = x < 0 && h !== 0 ? '-' : '';
  if (frac === 0) return sign + whole;
  return sign + whole + cat.decimal + (frac % 10 === 0 ? String(frac / 10) : String(frac).padStart(2, '0'));
};
const source = (title, ref) => {
  let byRef = sources[title];
  if (byRef === undefined) {
    if (sourceCount >= MAX_SOURCES) {
      sources = { __proto__: null };
      sourceCount = 0;
    }
    byRef = sources[title] = { __proto__: null };
  }
  let s = byRef[ref];
  if (s === undefined) {
    s = byRef[ref] = freeze({ title, ref });
    sourceCount++;
  }
  return s;
};

/**
 * The result a tape holds.
 * @param {Float64Array} ops
 * @param {string} text
 * @returns {unknown}
 */
export function decode(ops, text) {
  let at = 0;
  const key = () => {
    const op = ops[at++];
    if (op === OP_KEY) return names[ops[at++]];
    const start = op === OP_DATA_KEY ? at : at + 1;
    let name = text.slice(ops[start], ops[start + 1]);
    // A name is kept as the engine's own (internalized) copy, so later stores with it need no
    // lookup of the string.
    if (op === OP_NEW_KEY) define(names, ops[at], (name = ownKeys({ [name]: 0 })[0]));
    at = start + 2;
    return name;
  };
  const finding = () => {
    const cat = catalogues[ops[at++]];
    const n = ops[at++];
    if (cat == null) throw new Error('mestring: internal error: a finding before its catalogue');
    const rule = cat.rules[read()];
    const variant = read();
    const severity = SEVERITIES[read()];
    const field = read();
    const title = read();
    const ref = read();
    const args = { __proto__: null };
    for (let left = n - 6; left > 0;) {
      const name = read();
      const kind = read();
      let v;
      left -= 3;
      switch (kind) {
        case ARG_INT: v = String(read()); break;
        case ARG_DATE: { const y = read(); const m = read(); const d = read(); left -= 2; v = String(d) + cat.dayMark + ' ' + cat.months[m - 1] + ' ' + String(y); break; }
        case ARG_TEXT: v = read(); break;
        case ARG_LABELS: case ARG_ALL: {
          const k = read();
          left -= k;
          v = '';
          for (let i = 0; i < k; i++) {
            if (i > 0) v += i + 1 === k ? (kind === ARG_ALL ? cat.and : cat.or) : ', ';
            v += label(cat, read());
          }
          break;
        }
        case ARG_HALVES: { const h = read(); const a = Math.abs(h); v = (h < 0 ? '-' : '') + String((a - (a % 2)) / 2) + (a % 2 === 0 ? '' : cat.decimal + '5'); break; }
        case ARG_COUNT: { const x = read(); left--; v = String(x) + ' ' + noun(cat, read(), x !== 1); break; }
        case ARG_RANGE: { const lo = read(); const hi = read(); left -= 2; v = lo === hi ? String(lo) + ' ' + noun(cat, read(), lo !== 1) : String(lo) + '-' + String(hi) + ' ' + noun(cat, read(), true); break; }
        case ARG_AMOUNT: { const x = read(); left--; v = decimal(cat, x) + ' ' + noun(cat, read(), Math.abs(x - 1) > Number.EPSILON); break; }
        case ARG_EVERY: { const d = read(); const w = cat.every[d]; v = w === undefined ? fillIn(cat.everyN, 'n', String(d)) : w; break; }
        default: throw new Error('mestring: internal error: not an argument');
      }
      args[name] = v;
    }
    let message;
    if (variant < 0) {
      message = fillIn(cat.fallback, 'rule', rule.id);
    } else {
      const parts = rule.parts[variant] ?? (rule.parts[variant] = split(rule.texts[variant]));
      message = parts[0];
      for (let i = 1; i < parts.length; i += 2) {
        const a = args[parts[i]];
        message += (a === undefined ? '{' + parts[i] + '}' : a) + parts[i + 1];
      }
      // A sentence may begin with an argument: capitalised (a-z, æ, ø, å), as in Rust.
      const c = message.charCodeAt(0);
      if ((c >= 97 && c <= 122) || c === 0xe6 || c === 0xf8 || c === 0xe5) message = String.fromCharCode(c - 32) + message.slice(1);
    }
    return { rule: rule.id, severity, field, message, source: title === null ? rule.source : source(title, ref) };
    };
  const read = () => {
    const op = ops[at++];
    if (op === OP_STRING) {
      at += 2;
      return text.slice(ops[at - 2], ops[at - 1]);
    }
    if (op === OP_OBJECT) {
      const n = ops[at++];
      const o = {};
      for (let i = 0; i < n; i++) {
        const k = key();
        const v = read();
        if (k in ObjectPrototype) define(o, k, v);
        else o[k] = v;
      }
      return o;
    }
    if (op === OP_ARRAY) {
      const n = ops[at++];
      // Array literals define their elements; most result arrays are this short.
      switch (n) {
        case 0: return [];
        case 1: return [read()];
        case 2: { const a = read(); return [a, read()]; }
        case 3: { const a = read(); const b = read(); return [a, b, read()]; }
        case 4: { const a = read(); const b = read(); const c = read(); return [a, b, c, read()]; }
        case 5: { const a = read(); const b = read(); const c = read(); const d = read(); return [a, b, c, d, read()]; }
        case 6: { const a = read(); const b = read(); const c = read(); const d = read(); const e = read(); return [a, b, c, d, e, read()]; }
        case 7: { const a = read(); const b = read(); const c = read(); const d = read(); const e = read(); const f = read(); return [a, b, c, d, e, f, read()]; }
        case 8: { const a = read(); const b = read(); const c = read(); const d = read(); const e = read(); const f = read(); const g = read(); return [a, b, c, d, e, f, g, read()]; }
      }
      const base = used;
      used += n;
      if (used > scratch.length) grow(scratch, used);
      for (let i = base; i < base + n; i++) scratch[i] = read();
      const items = scratch.slice(base, base + n);
      scratch.fill(null, base, base + n);
      used = base;
      return items;
    }
    if (op === OP_RECORD) {
      const record = ops[at];
      at += 2;
      if (record === RECORD_CRITERION) {
        const rule = read();
        const status = read();
        const field = read();
        return { rule, status, field };
      }
      if (record === RECORD_STAMP) {
        const id = read();
        const version = read();
        const asOf = read();
        return { id, version, asOf };
      }
      if (record === RECORD_REFERRAL_RESULT) {
        const outcome = read();
        const eligibleFrom = read();
        const criteria = read();
        const findings = read();
        const ruleset = read();
        return { outcome, eligibleFrom, criteria, findings, ruleset };
      }
      throw new Error('mestring: internal error: not a record');
    }
    if (op === OP_NAME) return names[ops[at++]];
    if (op === OP_TEXT) return texts[ops[at++]];
    if (op === OP_FINDING) return finding();
    if (op === OP_NEW_NAME || op === OP_NEW_TEXT) {
      const id = ops[at++];
      const value = text.slice(ops[at], ops[at + 1]);
      at += 2;
      // A name as the engine's own (internalized) copy, as for keys.
      if (op === OP_NEW_NAME) define(names, id, ownKeys({ [value]: 0 })[0]);
      else define(texts, id, value);
      return op === OP_NEW_NAME ? names[id] : value;
    }
    if (op === OP_CATALOGUE) {
      const lang = ops[at++];
      catalogues[lang] = renderer(read());
      return read();
    }
    if (op === OP_FORGET_TEXTS) {
      texts = [];
      return read();
    }
    if (op === OP_NUMBER) return ops[at++];
    if (op === OP_NULL) return null;
    if (op === OP_FALSE || op === OP_TRUE) return op === OP_TRUE;
    throw new Error('mestring: internal error: not a result');
  };
  const base = used;
  try {
    return read();
  } finally {
    used = base;
  }
}

// The guard. A call can still end in an exception while wasm frames are on the stack: the
// JavaScript stack can run out anywhere (a page calling near its limit), and a wasm trap would
// be one too. The wasm frames are then gone without their epilogues: the shadow stack pointer
// is not restored, a borrowed buffer stays borrowed, an allocation may be half done, and the
// names sent to this side may be out of step. So such an instance is never used
// again: the next call first replaces it by a fresh instance of the same compiled module (about
// a millisecond; the results never depended on the instance). So is one whose memory a large
// call grew past MAX_MEMORY, since wasm memory never shrinks.
//
// scripts/build wires this into the wasm-bindgen glue: `attach` is what the glue gets as its
// `wasm` (the exports, each function wrapped to notice an exception through it), and each of the
// package's exported functions runs through `guarded`.
const MAX_MEMORY = 4 * 1048576;
/** @type {Record<string, unknown>} */
const facade = {};
/** @type {{ memory: WebAssembly.Memory } | null} */
let exportsInUse = null;
/** @type {(() => void) | null} */
let renewInstance = null;
let calls = 0;
let failed = false;
/** @type {unknown} */
let failure;
let grown = false;

/**
 * Makes `exports` the instance in use; `renew` makes and attaches a fresh one.
 * @param {WebAssembly.Exports} exports
 * @param {() => void} renew
 * @returns {Record<string, unknown>}
 */
export function attach(exports, renew) {
  exportsInUse = /** @type {{ memory: WebAssembly.Memory }} */ (/** @type {unknown} */ (exports));
  renewInstance = renew;
  names = [];
  catalogues = [null, null];
  texts = [];
  sources = { __proto__: null };
  sourceCount = 0;
  const list = ownKeys(exports);
  for (let i = 0; i < list.length; i++) {
    const name = list[i];
    const f = exports[name];
    if (typeof f === 'function' && f.length > 4) throw new Error(`mestring: internal error: ${name} takes ${f.length} arguments`);
    // Defined, not assigned: a renewal may happen while a page's setters are in place.
    define(facade, name, typeof f !== 'function'
      ? f
      : function (a, b, c, d) {
        try {
          return f(a, b, c, d);
        } catch (e) {
          if (!failed) failure = e;
          failed = true;
          throw e;
        }
      });
  }
  return facade;
}

/**
 * Calls one of the package's functions (`glue`, the generated one) under the guard.
 * @template T
 * @param {(a?: any, b?: any, c?: any) => T} glue
 * @param {unknown} [a]
 * @param {unknown} [b]
 * @param {unknown} [c]
 * @returns {T}
 */
export function guarded(glue, a, b, c) {
  if (calls === 0 && (failed || grown)) renew();
  calls++;
  let result;
  try {
    result = glue(a, b, c);
  } finally {
    calls--;
    if (calls === 0 && !failed && /** @type {{ memory: WebAssembly.Memory }} */ (exportsInUse).memory.buffer.byteLength > MAX_MEMORY) grown = true;
  }
  // A call made while this one was under way (from a getter) met an exception inside the
  // instance: this result came from an instance in an unknown state.
  if (failed && calls === 0) throw failure;
  return result;
}

function renew() {
  /** @type {() => void} */ (renewInstance)();
  failed = false;
  failure = undefined;
  grown = false;
}
