// The boundary under abuse, against the built package: tens of thousands of random JavaScript
// values (null, undefined, NaN, BigInt, symbols, functions, cyclic objects, getters that throw,
// proxies, megabyte strings, deep nesting, __proto__ and constructor keys) into every export.
// Each call returns a result or throws a TypeError, or the caller's own error from a getter or
// proxy; never a wasm trap. Also long keys, objects of thousands of undefined entries, boxed
// strings of a megabyte, and the same calls again with a throwing setter on Object.prototype for
// every key a result has (frozen prototypes: hostile.test.js, in a process of its own). The module keeps answering correctly afterwards, and a million calls
// leave its memory where it was after warm-up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import mestring, { vectors, wasm } from '../load.js';

class CallerError extends Error {}

// A small deterministic generator (xorshift), so a failure can be replayed from its seed.
function rng(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x100000000;
  };
}

const KEYS = ['referenceDate', 'citizen', 'cpr', 'birthDate', 'benefit', 'barriers', 'kind', 'severity', 'openToGroupWork',
  'substanceAbuse', 'present', 'lastUse', 'start', 'end', 'phases', 'phase', 'teachingDays', 'participants', 'age', 'goal',
  'mentor', 'tasks', 'held', 'citizens', 'hoursPerWeek', 'type', 'date', 'history', 'plan', 'internshipAgreement', 'ruleset',
  'lang', '__proto__', 'constructor', 'toString', 'valueOf', 'toJSON', 'then'];
const MEGA = 'x'.repeat(1 << 20);
const LONG_KEY = 'k'.repeat(200000);
// An object of 5 000 undefined entries and one that is not.
const HOLLOW = Object.fromEntries([...Array.from({ length: 5000 }, (_, i) => [`u${i}`, undefined]), ['referenceDate', '2027-01-04']]);

function value(r, depth, pick = Math.floor(r() * 27)) {
  switch (pick) {
    case 0: return null;
    case 1: return undefined;
    case 2: return NaN;
    case 3: return BigInt(Math.floor(r() * 1e6));
    case 4: return Symbol('s');
    case 5: return () => 1;
    case 6: return r() < 0.5 ? '2027-01-04' : '2027-02-30';
    case 7: return r() < 0.5 ? '150399-1000' : 'ÆØÅ\u0000\ud800';
    case 8: return MEGA;
    case 9: return Math.floor(r() * 200) - 50;
    case 10: return r() < 0.5;
    case 11: return new Date(0);
    case 12: return new Map([[1, 2]]);
    case 13: return new Uint8Array(4);
    case 14: {
      const o = {};
      Object.defineProperty(o, KEYS[Math.floor(r() * KEYS.length)], { enumerable: true, get() { throw new CallerError('getter'); } });
      return o;
    }
    case 15: return new Proxy({}, { ownKeys() { throw new CallerError('proxy'); } });
    case 16: return new Proxy({ referenceDate: '2027-01-04' }, { get(t, k) { return k === 'citizen' ? { cpr: '150399-1000' } : Reflect.get(t, k); } });
    case 17: {
      const o = { referenceDate: '2027-01-04' };
      o.self = o;
      o.citizen = o;
      return o;
    }
    case 18: {
      let o = {};
      for (let i = 0; i < 5000; i++) o = { citizen: o, barriers: [o] };
      return o;
    }
    case 19: return JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}');
    case 20: return { [LONG_KEY.slice(0, 10001 + Math.floor(r() * 100000))]: value(r, depth + 1), [KEYS[Math.floor(r() * KEYS.length)]]: value(r, depth + 1) };
    case 21: return HOLLOW;
    case 22: return r() < 0.5 ? new String(r() < 0.5 ? MEGA : '2027-01-04') : new Number(r() * 10);
    default: {
      if (depth > 4) return 'leaf';
      if (r() < 0.3) return Array.from({ length: Math.floor(r() * 5) }, () => value(r, depth + 1));
      const o = {};
      // Own data properties, even for '__proto__' (which plain assignment would turn into the prototype).
      for (let i = 0, n = Math.floor(r() * 6); i < n; i++) Object.defineProperty(o, KEYS[Math.floor(r() * KEYS.length)], { value: value(r, depth + 1), enumerable: true, writable: true, configurable: true });
      return o;
    }
  }
}

const EXPORTS = [
  ['checkReferral', (a, b) => mestring.checkReferral(a, b)],
  ['planCourse', (a, b) => mestring.planCourse(a, b)],
  ['checkPlan', (a, b) => mestring.checkPlan(a, b)],
  ['checkTeam', (a, b) => mestring.checkTeam(a, b)],
  ['transition', (a, b) => mestring.transition(a, b, undefined)],
  ['transition (options)', (a, b) => mestring.transition({ phase: 'referred' }, { type: 'startPreparation', date: '2027-01-04', referral: a }, b)],
  ['checkMentorAgreement', (a, b) => mestring.checkMentorAgreement(a, b)],
  ['checkInternshipAgreement', (a, b) => mestring.checkInternshipAgreement(a, b)],
  ['checkSupplierAgreement', (a, b) => mestring.checkSupplierAgreement(a, b)],
  ['checkCaseload', (a, b) => mestring.checkCaseload(a, b)],
  ['messages', (a) => mestring.messages(a)],
];

const [, eligible] = vectors('referral')[0];
const stillCorrect = () => assert.equal(mestring.checkReferral(eligible.input).outcome, eligible.expected.outcome);

test('random values into every export: a result, a TypeError or the caller\'s own error, never a trap', () => {
  const calls = Number(process.env.TORTURE_CALLS ?? 10000);
  const counts = { result: 0, TypeError: 0, CallerError: 0 };
  for (let i = 0; i < calls; i++) {
    const r = rng(i + 1);
    const [name, fn] = EXPORTS[i % EXPORTS.length];
    // Mostly objects at the top (the interesting case), sometimes anything at all.
    const a = r() < 0.75 ? value(r, 0, 20) : value(r, 0);
    const b = r() < 0.8 ? undefined : value(r, 0);
    try {
      const out = fn(a, b);
      assert.ok(out && typeof out === 'object', `${name} returned ${out}`);
      JSON.stringify(out); // plain data
      counts.result++;
    } catch (e) {
      if (e instanceof TypeError) counts.TypeError++;
      else if (e instanceof CallerError) counts.CallerError++;
      else assert.fail(`${name}, seed ${i + 1}: ${e?.constructor?.name}: ${e?.message}`);
    }
    if (i % 2000 === 0) stillCorrect();
  }
  stillCorrect();
  assert.ok(counts.result > calls / 3 && counts.TypeError > 0 && counts.CallerError > 0, JSON.stringify(counts));
  assert.equal({}.polluted, undefined, 'no prototype pollution');
});

/** What a call gives: its result as JSON, or the kind of error it threw. */
function outcome(fn, a, b) {
  try {
    return JSON.stringify(fn(a, b));
  } catch (e) {
    return e instanceof CallerError ? 'CallerError' : `${e?.constructor?.name}: ${e?.message}`;
  }
}

/** Every key of every result object (and array indices up to 9). */
function resultKeys(out, seen = new Set()) {
  if (out && typeof out === 'object') {
    for (const k of Object.keys(out)) {
      if (!Array.isArray(out)) seen.add(k);
      resultKeys(out[k], seen);
    }
  }
  return seen;
}

test('the same random calls with a throwing setter on Object.prototype for every result key: the same answers, no setter called', () => {
  const calls = Number(process.env.TORTURE_SETTER_CALLS ?? 3000);
  const poisoned = new Set(['0', '1', '2', '9']);
  for (let i = 0; i < 200; i++) {
    const r = rng(i + 1);
    const [, fn] = EXPORTS[i % EXPORTS.length];
    try {
      resultKeys(fn(value(r, 0, 20), undefined), poisoned);
    } catch {
      // only the keys of results
    }
  }
  poisoned.delete('__proto__');
  assert.ok(poisoned.has('outcome') && poisoned.has('findings') && poisoned.has('state'), [...poisoned].join());
  let called = 0;
  const install = () => {
    for (const key of poisoned) {
      Object.defineProperty(Object.prototype, key, { configurable: true, set() { called++; throw new CallerError(`setter ${key}`); } });
    }
  };
  const remove = () => {
    for (const key of poisoned) delete Object.prototype[key];
  };
  for (let i = 0; i < calls; i++) {
    const [name, fn] = EXPORTS[i % EXPORTS.length];
    // The same seed twice: the same values, built before the setters are in place.
    const args = (seed) => {
      const r = rng(seed);
      return [r() < 0.75 ? value(r, 0, 20) : value(r, 0), r() < 0.8 ? undefined : value(r, 0)];
    };
    const plain = outcome(fn, ...args(i + 1));
    const [a, b] = args(i + 1);
    install();
    let hostile;
    try {
      hostile = outcome(fn, a, b);
    } finally {
      remove();
    }
    assert.equal(hostile, plain, `${name}, seed ${i + 1}`);
  }
  assert.equal(called, 0);
  stillCorrect();
});

test('a million checks leave the wasm memory where it was after warm-up', () => {
  const inputs = [eligible.input, { referenceDate: '2027-01-04', citizen: { cpr: '15039' } }, { referenceDate: 'x', barriers: [1, 2, 3] }];
  for (let i = 0; i < 20000; i++) mestring.checkReferral(inputs[i % 3]);
  const before = wasm.memory.buffer.byteLength;
  const calls = Number(process.env.MEMORY_CALLS ?? 1000000);
  for (let i = 0; i < calls; i++) mestring.checkReferral(inputs[i % 3]);
  assert.equal(wasm.memory.buffer.byteLength, before);
  stillCorrect();
});
