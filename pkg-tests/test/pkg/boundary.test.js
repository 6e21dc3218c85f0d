// The boundary (src/wasm/boundary.js with src/wasm/parse.rs and src/wasm/tape.rs): what a value is after it
// crossed into the wasm and back. The workflow's `transition` returns the state it was given
// (with its own changes), so it shows what the core read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import mestring from '../load.js';

const step = (extra) => mestring.transition({ phase: 'referred', history: [], extra }, { type: 'startPreparation', date: '2027-01-04' }).state.extra;

test('numbers cross exactly: fractions, -0, integers beyond 2^53; NaN becomes null as in JSON', () => {
  const back = step({ a: 0.1 + 0.2, b: -0, c: 2 ** 53 + 2, d: 1e-300, e: -1.5e300, f: NaN, g: 12 });
  assert.equal(back.a, 0.1 + 0.2);
  assert.ok(Object.is(back.b, -0));
  assert.equal(back.c, 2 ** 53 + 2);
  assert.equal(back.d, 1e-300);
  assert.equal(back.e, -1.5e300);
  assert.equal(back.f, null);
  assert.equal(back.g, 12);
});

test('strings cross exactly, control characters and all; a lone surrogate becomes U+FFFD', () => {
  const s = 'æøå "quoted" \\ \n\t\u0001 😀 \u2028';
  const back = step({ s, lone: 'a\ud800b', [s]: 1 });
  assert.equal(back.s, s);
  assert.equal(back.lone, 'a\ufffdb');
  assert.equal(back[s], 1);
});

test('a "__proto__" key from the input stays an own property and changes no prototype', () => {
  const extra = JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}');
  const back = step(extra);
  assert.equal(Object.getPrototypeOf(back), Object.prototype);
  assert.deepEqual(Object.getOwnPropertyDescriptor(back, '__proto__')?.value, { polluted: true });
  assert.equal({}.polluted, undefined);
});

test('keys that are not names (digits, dashes, control characters) are read like any other', () => {
  const back = step({ '150399-1234': 1, 'a\u0010': 2, '': 3, 'x y': 4 });
  assert.deepEqual(back, { '150399-1234': 1, 'a\u0010': 2, '': 3, 'x y': 4 });
});

test("a caller's getter error propagates as it is, and the next call is answered", () => {
  class Mine extends Error {}
  const bad = { get referenceDate() { throw new Mine('getter'); } };
  assert.throws(() => mestring.checkReferral(bad), Mine);
  assert.throws(() => mestring.checkReferral({}, { get lang() { throw new Mine('options'); } }), Mine);
  assert.equal(mestring.checkReferral({ referenceDate: '2027-01-04' }).outcome, 'incomplete');
});

test('a getter that calls into mestring while its object is read does not disturb the outer read', () => {
  const outer = {
    referenceDate: '2027-01-04',
    get citizen() {
      mestring.checkReferral({ referenceDate: '2020-01-01', citizen: { birthDate: '1990-01-01' } });
      return { birthDate: '1999-03-15', benefit: 'kontanthjaelp' };
    },
  };
  const r = mestring.checkReferral(outer);
  assert.equal(r.ruleset.asOf, '2027-01-04');
  assert.equal(r.criteria.find((c) => c.rule === 'target.age').status, 'met');
});

test('names sent once per instance: many calls of every kind give the same objects as the first', () => {
  const input = { referenceDate: '2027-01-04', citizen: { birthDate: '2002-01-20', benefit: 'kontanthjaelp' } };
  const first = JSON.stringify(mestring.checkReferral(input));
  mestring.planCourse({ start: '2027-01-04' });
  mestring.checkCaseload({ hoursPerWeek: 37, citizens: [] });
  mestring.messages('en');
  for (let i = 0; i < 100; i++) assert.equal(JSON.stringify(mestring.checkReferral(input)), first);
});

test('a setter on Object.prototype is never called while a result is built, even one that would call mestring', () => {
  const input = { referenceDate: '2027-01-04', citizen: { birthDate: '2002-01-20', benefit: 'kontanthjaelp' } };
  const expected = JSON.stringify(mestring.checkReferral(input));
  let called = 0;
  Object.defineProperty(Object.prototype, 'eligibleFrom', {
    configurable: true,
    set() {
      called++;
      mestring.checkReferral({ referenceDate: '2020-01-01' });
    },
  });
  let r;
  try {
    r = mestring.checkReferral(input);
  } finally {
    delete Object.prototype.eligibleFrom;
  }
  assert.equal(called, 0);
  assert.ok(Object.hasOwn(r, 'eligibleFrom'));
  assert.equal(JSON.stringify(r), expected);
});
