// tests/vectors/workflow/*.json through the built package: transition.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import mestring, { vectors } from '../load.js';
import { compare, subset } from '../compare.js';

const all = vectors('workflow');
test('there are at least 20 workflow vectors', () => assert.ok(all.length >= 20));

for (const [file, v] of all) {
  test(`${file}: ${v.name}`, () => {
    const state = structuredClone(v.state);
    const event = structuredClone(v.event);
    const got = mestring.transition(state, event, v.options);
    assert.deepEqual(state, v.state, 'state mutated');
    assert.deepEqual(event, v.event, 'event mutated');
    assert.ok('ok' in v.expected, 'a workflow vector gives ok');
    if (!got.ok) assert.deepEqual(got.state, v.state, 'a refused step changed the state');
    compare(got, v.expected);
  });
}

test('a whole path: referred to completed, each step feeding the next', () => {
  const [, prep] = all.find(([, v]) => v.event.type === 'startPreparation' && v.expected.ok);
  const [, teach] = all.find(([, v]) => v.event.type === 'startTeaching' && v.expected.ok && v.event.internshipAgreement);
  let r = mestring.transition({ phase: 'referred' }, prep.event);
  assert.ok(r.ok);
  r = mestring.transition(r.state, { ...teach.event, date: '2027-10-04' });
  assert.ok(r.ok, JSON.stringify(r.findings));
  r = mestring.transition(r.state, { type: 'startInternship', date: '2027-10-18' });
  assert.ok(r.ok, JSON.stringify(r.findings));
  r = mestring.transition(r.state, { type: 'startAftercare', date: '2028-01-10', level: 3 });
  r = mestring.transition(r.state, { type: 'complete', date: '2028-04-01' });
  assert.ok(r.ok);
  subset({ phase: 'completed', aftercareLevel: 3 }, r.state);
  assert.deepEqual(r.state.history.map((h) => h.to), ['preparing', 'teaching', 'interning', 'aftercare', 'completed']);
});

test('transition throws only for a non-object state or event', () => {
  assert.throws(() => mestring.transition(null, { type: 'complete' }), TypeError);
  assert.throws(() => mestring.transition({ phase: 'referred' }, 'complete'), TypeError);
  assert.equal(mestring.transition({}, {}).ok, false);
});
