// Hostile pages and callers against the built package: what a page does to its own JavaScript
// world (setters on Object.prototype, a frozen Object.prototype, broken built-ins, calls near the
// stack limit) and what a caller passes (long keys, objects of many `undefined` entries, boxed
// strings of millions of characters, large binary views). Each call answers correctly, or throws
// the error it met; the module never dies, its memory stays bounded, and each call is fast.
// Each test that abuses a module loads a fresh one, as a page would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { pkgDir, vectors } from '../load.js';

const glue = pathToFileURL(join(pkgDir, 'mestring.js')).href;
const compiled = new WebAssembly.Module(readFileSync(join(pkgDir, 'mestring_bg.wasm')));
let loads = 0;
/** A module of its own: the package's glue evaluated again, with a new instance. */
async function fresh() {
  const mestring = await import(`${glue}?fresh=${++loads}`);
  const wasm = mestring.initSync({ module: compiled });
  return { mestring, wasm };
}

const referrals = vectors('referral').slice(0, 6).map(([, v]) => v);
const MB = 1 << 20;

/** The findings of `rule` on `field`. */
const findings = (r, rule, field) => r.findings.filter((f) => f.rule === rule && f.field === field);

test('a throwing setter on Object.prototype for result keys is never called: 5 000 calls answer correctly', async () => {
  const { mestring } = await fresh();
  const expected = referrals.map((v) => JSON.stringify(mestring.checkReferral(v.input)));
  const transition = () => mestring.transition({ phase: 'referred', history: [] }, { type: 'startPreparation', date: '2027-01-04', referral: referrals[0].input });
  const expectedTransition = JSON.stringify(transition());
  assert.ok(JSON.parse(expectedTransition).state.assessment.outcome, 'the transition result carries an assessment with an outcome');
  const poisoned = ['outcome', 'eligibleFrom', 'criteria', 'findings', 'ruleset', 'rule', 'status', 'field', 'severity', 'source', 'title', 'ref', 'asOf', 'ok', 'state', 'assessment', '0'];
  let called = 0;
  for (const key of poisoned) {
    Object.defineProperty(Object.prototype, key, {
      configurable: true,
      set() {
        called++;
        throw new Error(`the page's setter for ${key}`);
      },
    });
  }
  let wrong = 0;
  let thrown;
  try {
    for (let i = 0; i < 5000; i++) {
      if (i % 10 === 9) {
        if (JSON.stringify(transition()) !== expectedTransition) wrong++;
      } else {
        const k = i % referrals.length;
        if (JSON.stringify(mestring.checkReferral(referrals[k].input)) !== expected[k]) wrong++;
      }
    }
  } catch (e) {
    thrown = e;
  } finally {
    for (const key of poisoned) delete Object.prototype[key];
  }
  assert.equal(thrown, undefined);
  assert.equal(called, 0, 'no setter was called');
  assert.equal(wrong, 0);
  referrals.forEach((v, k) => assert.equal(JSON.stringify(mestring.checkReferral(v.input)), expected[k]));
});

test('under a frozen Object.prototype 4 000 calls whose results carry keys such as toString answer correctly', () => {
  // In a process of its own: a frozen Object.prototype cannot be thawed.
  const script = `
    import { readFileSync } from 'node:fs';
    const mestring = await import(${JSON.stringify(glue)});
    mestring.initSync({ module: readFileSync(${JSON.stringify(join(pkgDir, 'mestring_bg.wasm'))}) });
    const referral = ${JSON.stringify(referrals[0].input)};
    const expected = JSON.stringify(mestring.checkReferral(referral));
    Object.freeze(Object.prototype);
    Object.freeze(Array.prototype);
    const keys = ['toString', 'valueOf', 'constructor', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];
    let wrong = 0, errors = [];
    for (let i = 0; i < 4000; i++) {
      try {
        if (i % 4 === 3) {
          if (JSON.stringify(mestring.checkReferral(referral)) !== expected) wrong++;
          continue;
        }
        const state = JSON.parse('{"phase": "referred", "history": [], "' + keys[i % keys.length] + '": "x' + i + '"}');
        const r = mestring.transition(state, { type: 'startPreparation', date: '2027-01-04', referral });
        const d = Object.getOwnPropertyDescriptor(r.state, keys[i % keys.length]);
        if (!r.ok || !d || d.value !== 'x' + i || !d.enumerable || !d.writable) wrong++;
      } catch (e) {
        if (errors.length < 3) errors.push(String(e));
      }
    }
    console.log(JSON.stringify({ wrong, errors, after: JSON.stringify(mestring.checkReferral(referral)) === expected }));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120000 });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), { wrong: 0, errors: [], after: true });
});

test('tens of thousands of calls near the JavaScript stack limit: each answers or throws RangeError, the module lives', async () => {
  const { mestring } = await fresh();
  const input = referrals[0].input;
  const expected = JSON.stringify(mestring.checkReferral(input));
  const { outcome } = JSON.parse(expected);
  const PER_LEVEL = Number(process.env.STACK_CALLS_PER_LEVEL ?? 50);
  let answered = 0;
  let overflowed = 0;
  let wrong = 0;
  let bottom = false;
  let past = -1;
  // Recurse until the stack runs out, then call PER_LEVEL times at each level on the way back:
  // the first calls find no stack at all, later ones run out somewhere inside the call, until
  // 100 levels after the first call that had enough and 25 000 calls in all.
  const descend = () => {
    try {
      descend();
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      bottom = true;
    }
    if (bottom && (past < 100 || answered + overflowed < 25000) && past < 2000) {
      if (past >= 0) past++;
      for (let i = 0; i < PER_LEVEL; i++) {
        try {
          const r = mestring.checkReferral(input);
          if (r.outcome === outcome && r.criteria.length === 7 && r.ruleset.asOf === input.referenceDate) answered++;
          else wrong++;
          if (past < 0) past = 0;
        } catch (e) {
          if (e instanceof RangeError) overflowed++;
          else wrong++;
        }
      }
    }
  };
  descend();
  assert.equal(wrong, 0);
  assert.ok(answered + overflowed > 20000 && answered > 1000 && overflowed > 1000, `answered ${answered}, overflowed ${overflowed}`);
  assert.equal(JSON.stringify(mestring.checkReferral(input)), expected);
  for (const v of referrals) assert.equal(mestring.checkReferral(v.input).outcome, v.expected.outcome);
});

test('a page that breaks a built-in the binding uses: each call throws that error, the module lives', async () => {
  const { mestring } = await fresh();
  const input = referrals[0].input;
  const expected = JSON.stringify(mestring.checkReferral(input));
  class PageError extends Error {}
  const slice = String.prototype.slice;
  let pageErrors = 0;
  try {
    String.prototype.slice = () => {
      throw new PageError('broken slice');
    };
    for (let i = 0; i < 3000; i++) {
      try {
        mestring.checkReferral(input);
      } catch (e) {
        if (e instanceof PageError) pageErrors++;
      }
    }
  } finally {
    String.prototype.slice = slice;
  }
  assert.equal(pageErrors, 3000);
  assert.equal(JSON.stringify(mestring.checkReferral(input)), expected);
});

test('a long key marks its object as invalid and the memory stays bounded (100 kB key 2 500 times, 800 kB, 1 MB)', async () => {
  const { mestring, wasm } = await fresh();
  for (const size of [100_000, 800_000, MB]) {
    const shared = { [`k${'x'.repeat(size)}`]: 1, ok: 2 };
    const referral = { referenceDate: '2027-01-04', citizen: shared, barriers: Array(1000).fill(shared), a: Array(1000).fill(shared), b: Array(499).fill(shared) };
    const r = mestring.checkReferral(referral);
    assert.equal(r.outcome, 'incomplete');
    assert.equal(findings(r, 'input.invalid', 'citizen').length, 1, `${size}: ${JSON.stringify(r.findings.map((f) => f.field))}`);
    assert.ok(wasm.memory.buffer.byteLength < 16 * MB, `${size}: wasm memory ${wasm.memory.buffer.byteLength}`);
  }
  // Under the limit a key is read as any other.
  const r = mestring.transition({ phase: 'referred', history: [], extra: { ['y'.repeat(10_000)]: 1 } }, { type: 'startPreparation', date: '2027-01-04' });
  assert.equal(r.state.extra['y'.repeat(10_000)], 1);
  assert.ok(mestring.checkReferral(referrals[0].input).outcome, referrals[0].expected.outcome);
});

test('a call with as much text as the limits allow leaves the wasm memory small: after it, the instance is replaced', async () => {
  const { mestring, wasm } = await fresh();
  mestring.checkReferral(referrals[0].input);
  const before = wasm.memory.buffer.byteLength;
  assert.ok(before < 2 * MB, `${before}`);
  const s = 'x'.repeat(10_000);
  const many = Array(1000).fill(s);
  // The notes come first and use up the text; the fields after them are too large then.
  const referral = { notes: [many, many, many, many, many.slice(0, 990)], ...referrals[0].input };
  for (const call of [() => mestring.checkReferral(referral), () => mestring.transition(referral, { ...referral, type: 'x' }, { lang: 'da', extra: referral })]) {
    const r = call();
    assert.ok(r.findings.some((f) => f.rule === 'input.invalid'), 'text past the limit is reported');
    const peak = wasm.memory.buffer.byteLength;
    assert.ok(peak < 16 * MB, `wasm memory ${peak}`);
    mestring.checkReferral(referrals[0].input);
    assert.ok(wasm.memory.buffer.byteLength < 4 * MB, `wasm memory ${wasm.memory.buffer.byteLength} after the next call, ${peak} after the large one`);
  }
  // The three arguments of a transition together grow the memory past 4 MiB: replaced.
  let peak = 0;
  mestring.transition({ phase: 'referred', history: [], notes: referral.notes }, { type: 'startPreparation', date: '2027-01-04', notes: referral.notes }, { lang: 'da', notes: referral.notes });
  peak = wasm.memory.buffer.byteLength;
  assert.ok(peak > 4 * MB, `${peak}`);
  mestring.checkReferral(referrals[0].input);
  assert.ok(wasm.memory.buffer.byteLength < 2 * MB, `${wasm.memory.buffer.byteLength}`);
  assert.equal(mestring.checkReferral(referrals[0].input).outcome, referrals[0].expected.outcome);
});

test('an object of 100 000 undefined entries shared 1 000 times is checked in well under a second', async () => {
  const { mestring } = await fresh();
  const hollow = {};
  for (let i = 0; i < 100_000; i++) hollow[`k${i}`] = undefined;
  const referral = { referenceDate: '2027-01-04', citizen: hollow, barriers: Array(999).fill(hollow) };
  const t0 = performance.now();
  const r = mestring.checkReferral(referral);
  const ms = performance.now() - t0;
  assert.ok(ms < 500, `${ms.toFixed(0)} ms`);
  assert.equal(findings(r, 'input.invalid', 'citizen').length, 1);
  // A few undefined entries are left out, as JSON.stringify leaves them out.
  assert.deepEqual(mestring.checkReferral({ ...referrals[0].input, unused: undefined }), mestring.checkReferral(referrals[0].input));
});

test('a String object of 10 million characters is one long string, read in well under a second', async () => {
  const { mestring } = await fresh();
  const input = referrals[0].input;
  const t0 = performance.now();
  const r = mestring.checkReferral({ ...input, citizen: { ...input.citizen, cpr: new String('1'.repeat(10_000_000)) } });
  const ms = performance.now() - t0;
  assert.ok(ms < 500, `${ms.toFixed(0)} ms`);
  assert.equal(findings(r, 'input.invalid', 'citizen.cpr').length, 1);
  // Boxed values read as their primitives, as JSON.stringify reads them.
  const boxed = { ...input, referenceDate: new String(input.referenceDate), openToGroupWork: new Boolean(true), citizen: { ...input.citizen } };
  assert.deepEqual(mestring.checkReferral(boxed), mestring.checkReferral({ ...input, openToGroupWork: true }));
  // A large binary view is too large without its keys being listed.
  const t1 = performance.now();
  const big = mestring.checkReferral({ ...input, citizen: new Uint8Array(50_000_000) });
  assert.ok(performance.now() - t1 < 500);
  assert.equal(findings(big, 'input.invalid', 'citizen').length, 1);
});
