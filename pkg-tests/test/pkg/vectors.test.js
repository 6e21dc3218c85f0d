// Walks tests/vectors/referral/*.json through the built package, with the same comparison as
// tests/vectors.rs (compare.js): the wasm build must answer every vector the way the native core
// does. Also the fixture expansion's own tests (tests/vectors/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mestring, { expand, fixtures, rawVectors, vectors } from '../load.js';
import { compare } from '../compare.js';

const all = vectors('referral');

test('there are at least 50 referral vectors', () => {
  assert.ok(all.length >= 50, `only ${all.length}`);
});

for (const [file, v] of all) {
  test(`${file}: ${v.name}`, () => {
    const { input, options, expected } = v;
    if (expected.throws) {
      assert.throws(() => mestring.checkReferral(input, options), (e) => e.constructor.name === expected.throws);
      return;
    }
    const before = JSON.stringify(input);
    const got = mestring.checkReferral(input, options);
    assert.equal(JSON.stringify(input), before, 'input mutated');
    assert.ok('outcome' in expected && 'eligibleFrom' in expected, 'a referral vector gives outcome and eligibleFrom');
    for (const f of expected.findings) assert.ok('sourceRef' in f, `no sourceRef for the expected ${JSON.stringify(f)}`);
    compare(got, expected);
    // The fixed shape, exactly.
    assert.deepEqual(Object.keys(got).sort(), ['criteria', 'eligibleFrom', 'findings', 'outcome', 'ruleset']);
    for (const c of got.criteria) assert.deepEqual(Object.keys(c).sort(), ['field', 'rule', 'status']);
    assert.deepEqual(Object.keys(got.ruleset).sort(), ['asOf', 'id', 'version']);
    // No CPR number in any output string.
    const cpr = input?.citizen?.cpr;
    if (typeof cpr === 'string' && cpr.replace(/\D/g, '').length >= 7) {
      const text = JSON.stringify(got);
      assert.ok(!text.includes(cpr.trim()) && !text.includes(cpr.replace(/\D/g, '')), 'CPR number in output');
    }
  });
}

test('eligibleFrom = D means the same referral as of D is eligible', () => {
  let checked = 0;
  for (const [file, v] of all) {
    if (v.expected.throws) continue;
    const got = mestring.checkReferral(v.input, v.options);
    if (!got.eligibleFrom) continue;
    const later = mestring.checkReferral({ ...v.input, referenceDate: got.eligibleFrom }, v.options);
    assert.equal(later.outcome, 'eligible', file);
    checked++;
  }
  assert.ok(checked >= 10);
});

// The fixture expansion (tests/vectors/README.md): the same cases as tests/vectors.rs.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'tests', 'vectors');

test('the fixture expansion cases of tests/vectors/expansion.json', () => {
  const spec = JSON.parse(readFileSync(join(root, 'expansion.json'), 'utf8'));
  assert.ok(spec.cases.length >= 8);
  for (const c of spec.cases) {
    if ('error' in c) assert.throws(() => expand(c.given, spec.fixtures), (e) => e.message.includes(c.error), c.name);
    else assert.equal(JSON.stringify(expand(c.given, spec.fixtures)), JSON.stringify(c.expected), c.name);
  }
});

test('every vector expands and every fixture is used by some vector', () => {
  const all = fixtures();
  const used = new Set();
  let count = 0;
  for (const kind of ['referral', 'plan', 'agreements', 'workflow']) {
    for (const [file, v] of rawVectors(kind)) {
      const got = expand(v, all, used);
      assert.ok(!JSON.stringify(got).includes('"$fixture"'), `${kind}/${file}`);
      count++;
    }
  }
  assert.ok(count >= 200, `only ${count} vectors`);
  assert.deepEqual(Object.keys(all).filter((k) => !used.has(k)), [], 'fixtures no vector uses');
});
