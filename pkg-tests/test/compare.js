// The comparison tests/vectors.rs makes, for the same vector files.
import assert from 'node:assert/strict';

export const findingKey = (f) => `${JSON.stringify(f.rule)} ${JSON.stringify(f.severity)} ${JSON.stringify(f.field)}`;

/** Every finding by rule, severity and field, no more and no fewer; messages where given. */
export function compareFindings(got, expected) {
  assert.deepEqual(got.map(findingKey).sort(), expected.map(findingKey).sort());
  for (const e of expected.filter((e) => 'message' in e)) {
    const messages = got.filter((f) => findingKey(f) === findingKey(e)).map((f) => f.message);
    assert.ok(messages.includes(e.message), `message of ${findingKey(e)}: expected ${JSON.stringify(e.message)}, got ${JSON.stringify(messages)}`);
  }
  for (const e of expected.filter((e) => 'sourceRef' in e)) {
    const refs = got.filter((f) => findingKey(f) === findingKey(e)).map((f) => f.source.ref);
    assert.ok(refs.includes(e.sourceRef), `source of ${findingKey(e)}: expected ${e.sourceRef}, got ${JSON.stringify(refs)}`);
  }
  for (const f of got) {
    assert.deepEqual(Object.keys(f).sort(), ['field', 'message', 'rule', 'severity', 'source']);
    assert.ok(f.message && f.source.title && f.source.ref, JSON.stringify(f));
  }
}

/** `expected` is a part of `got`: objects by the keys given, lists in full. */
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

/** `match`, `includes`, `excludes`, `lengths` and `findings` of an expectation. */
export function compareParts(got, expected) {
  if ('match' in expected) subset(expected.match, got);
  for (const [field, values] of Object.entries(expected.includes ?? {})) {
    for (const v of values) assert.ok(got[field].includes(v), `${field} lacks ${v}`);
  }
  for (const [field, values] of Object.entries(expected.excludes ?? {})) {
    for (const v of values) assert.ok(!got[field].includes(v), `${field} has ${v}`);
  }
  for (const [field, n] of Object.entries(expected.lengths ?? {})) assert.equal(got[field].length, n, `${field} length`);
  compareFindings(got.findings, expected.findings);
}
