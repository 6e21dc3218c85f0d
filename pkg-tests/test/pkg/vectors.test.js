// Walks tests/vectors/referral/*.json through the built package, with the same comparison as
// tests/vectors.rs: the wasm build must answer every vector the way the native core does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mestring, { expand, fixtures, rawVectors, vectors } from '../load.js';

const all = vectors('referral');
const key = (f) => `${JSON.stringify(f.rule)} ${JSON.stringify(f.severity)} ${JSON.stringify(f.field)}`;

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
    assert.equal(got.outcome, expected.outcome);
    assert.equal(got.eligibleFrom, expected.eligibleFrom);
    for (const [rule, status] of Object.entries(expected.criteria ?? {})) {
      const c = got.criteria.find((c) => c.rule === rule);
      assert.ok(c, `criterion ${rule} missing`);
      assert.equal(c.status, status, `criterion ${rule}`);
    }
    assert.deepEqual(got.findings.map(key).sort(), expected.findings.map(key).sort());
    for (const e of expected.findings.filter((e) => 'message' in e)) {
      assert.ok(got.findings.some((f) => key(f) === key(e) && f.message === e.message), `message of ${key(e)}: ${JSON.stringify(got.findings)}`);
    }
    // The fixed shape, exactly.
    assert.deepEqual(Object.keys(got).sort(), ['criteria', 'eligibleFrom', 'findings', 'outcome', 'ruleset']);
    for (const f of got.findings) {
      assert.deepEqual(Object.keys(f).sort(), ['field', 'message', 'rule', 'severity', 'source']);
      assert.ok(f.message && f.source.title && f.source.ref);
    }
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
