// The one comparison of a result with a vector's `expected`, for every kind of vector; its Rust
// twin is `compare` in tests/vectors.rs. What each key means: tests/vectors/README.md.
import assert from 'node:assert/strict';

export const findingKey = (f) => `${JSON.stringify(f.rule)} ${JSON.stringify(f.severity)} ${JSON.stringify(f.field)}`;

const EXPECTED_KEYS = ['findings', 'outcome', 'eligibleFrom', 'ok', 'criteria', 'match', 'includes', 'excludes', 'lengths', 'throws'];
const FINDING_KEYS = ['rule', 'severity', 'field', 'message', 'sourceRef'];

/** Every finding by rule, severity and field, no more and no fewer; messages and source refs where given; every finding well-formed. */
export function compareFindings(got, expected) {
  assert.deepEqual(got.map(findingKey).sort(), expected.map(findingKey).sort());
  for (const e of expected) {
    for (const k of Object.keys(e)) assert.ok(FINDING_KEYS.includes(k), `unknown key ${k} in the expected finding ${findingKey(e)}`);
    const same = got.filter((f) => findingKey(f) === findingKey(e));
    if ('message' in e) {
      const messages = same.map((f) => f.message);
      assert.ok(messages.includes(e.message), `message of ${findingKey(e)}: expected ${JSON.stringify(e.message)}, got ${JSON.stringify(messages)}`);
    }
    if ('sourceRef' in e) {
      const refs = same.map((f) => f.source.ref);
      assert.ok(refs.includes(e.sourceRef), `source of ${findingKey(e)}: expected ${e.sourceRef}, got ${JSON.stringify(refs)}`);
    }
  }
  for (const f of got) {
    assert.deepEqual(Object.keys(f).sort(), ['field', 'message', 'rule', 'severity', 'source']);
    assert.ok(f.message && f.source.title && f.source.ref, JSON.stringify(f));
  }
}

/** `expected` is a part of `got`: objects by the keys given (a missing key is null), lists in full. */
export function subset(expected, got, path = '') {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    assert.ok(got !== null && typeof got === 'object' && !Array.isArray(got), `${path}: expected an object, got ${JSON.stringify(got)}`);
    for (const [k, v] of Object.entries(expected)) subset(v, got[k] ?? null, `${path}.${k}`);
  } else if (Array.isArray(expected)) {
    assert.ok(Array.isArray(got) && got.length === expected.length, `${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
    expected.forEach((v, i) => subset(v, got[i], `${path}.${i}`));
  } else {
    assert.equal(got, expected, path);
  }
}

/** The whole comparison: every key `expected` gives is checked (`throws` is the walker's). */
export function compare(got, expected) {
  for (const k of Object.keys(expected)) assert.ok(EXPECTED_KEYS.includes(k), `unknown key ${k} in expected`);
  for (const key of ['outcome', 'eligibleFrom', 'ok']) {
    if (key in expected) assert.equal(got[key], expected[key], key);
  }
  for (const [rule, status] of Object.entries(expected.criteria ?? {})) {
    const c = got.criteria.find((c) => c.rule === rule);
    assert.ok(c, `criterion ${rule} missing`);
    assert.equal(c.status, status, `criterion ${rule}`);
  }
  if ('match' in expected) subset(expected.match, got);
  for (const [field, values] of Object.entries(expected.includes ?? {})) {
    for (const v of values) assert.ok(got[field].includes(v), `${field} lacks ${v}`);
  }
  for (const [field, values] of Object.entries(expected.excludes ?? {})) {
    for (const v of values) assert.ok(!got[field].includes(v), `${field} has ${v}`);
  }
  for (const [field, n] of Object.entries(expected.lengths ?? {})) assert.equal(got[field].length, n, `${field} length`);
  assert.ok(Array.isArray(expected.findings), 'expected gives findings');
  compareFindings(got.findings, expected.findings);
}
