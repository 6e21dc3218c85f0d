// The argument's text (src/wasm/boundary.js `encode`, read by src/wasm/parse.rs): a referral's
// field names cross as one byte each (KEY_CODE / KEYS), which must neither change what the core
// reads nor move the limit on an argument's text. The workflow's `transition` returns the state
// it was given, so it shows what the core read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import mestring from '../load.js';

const MAX_TEXT = 1048576;
const state = (extra) => ({ phase: 'referred', history: [], extra });
const step = (extra) => mestring.transition(state(extra), { type: 'startPreparation', date: '2027-01-04' }).state.extra;

const REFERRAL_KEYS = ['referenceDate', 'plannedEnd', 'citizen', 'cpr', 'birthDate', 'benefit', 'visitationCategory', 'barriers', 'kind', 'severity', 'openToGroupWork', 'canDescribeOwnBarriers', 'substanceAbuse', 'present', 'inTreatment', 'treatmentStart', 'treatmentEnd', 'lastUse'];

test("a referral's field names cross as themselves, at any depth, beside keys that look like their bytes", () => {
  const inner = Object.fromEntries(REFERRAL_KEYS.map((k, i) => [k, i]));
  const extra = { ...inner, nested: [inner, { citizen: { cpr: 'x', kind: [{ present: true }] } }] };
  // Keys whose text is a control character, or a field name with one more character.
  for (let c = 0; c < 0x20; c++) extra[String.fromCharCode(c)] = c;
  extra['citizen\u0000'] = 'a';
  extra[' kind'] = 'b';
  extra.Kind = 'c';
  extra.__proto__key = 'd';
  assert.deepEqual(step(extra), extra);
});

test("the field names' own characters count against the limit on an argument's text, as written out", () => {
  // A thousand strings of 1 100 bytes under a field name. A string that would end past MAX_TEXT
  // bytes of the text, keys written out, is too large (and crosses as null); a key that would,
  // cuts its object (which then holds only the mark). Counting a field name as its one byte
  // would let about twenty more strings through.
  const s = 'x'.repeat(1100);
  const key = 'canDescribeOwnBarriers';
  const extra = { a: Array.from({ length: 1000 }, () => ({ [key]: s })) };
  // The text as written with every key spelled out, up to each string and key.
  let pos = JSON.stringify(state({ a: [] })).indexOf('[') + 1;
  const expected = extra.a.map((_, i) => {
    pos += i > 0 ? 2 : 1; // `,{` or `{`
    if (pos + key.length > MAX_TEXT) {
      pos += JSON.stringify('\u0000truncated').length + 4; // `"\u0000truncated":!L}`
      return { '\u0000truncated': null };
    }
    pos += key.length + 3; // `"key":`
    const fits = pos + s.length <= MAX_TEXT;
    pos += (fits ? s.length + 2 : 2) + 1; // the string or `!L`, then `}`
    return { [key]: fits ? s : null };
  });
  const count = (list, value) => list.filter((o) => o[key] === value).length;
  assert.ok(count(expected, s) > 900 && count(expected, null) > 10 && count(expected, undefined) > 10);
  assert.deepEqual(step(extra).a, expected);
});
