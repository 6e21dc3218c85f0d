// tests/vectors/plan/*.json through the built package: planCourse, checkPlan, checkTeam.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import mestring, { vectors } from '../load.js';
import { compareParts } from '../compare.js';

const all = vectors('plan');
test('there are at least 20 plan vectors', () => assert.ok(all.length >= 20));

for (const [file, v] of all) {
  test(`${file}: ${v.name}`, () => {
    const before = JSON.stringify(v.input);
    const got = mestring[v.call](v.input, v.options);
    assert.equal(JSON.stringify(v.input), before, 'input mutated');
    compareParts(got, v.expected);
  });
}

test('a plan from planCourse, handed back to checkPlan, has no errors', () => {
  for (const start of ['2027-03-01', '2027-04-26', '2027-05-03', '2027-12-20', '2028-03-27']) {
    for (const profile of ['recommended', 'playbook']) {
      const plan = mestring.planCourse({ start, profile, internshipAgreementDate: start });
      assert.deepEqual(plan.findings.filter((f) => f.severity === 'error'), [], `${start} ${profile}`);
      const checked = mestring.checkPlan(plan);
      assert.equal(checked.ok, true, `${start} ${profile}: ${JSON.stringify(checked.findings)}`);
    }
  }
});

test('the plan functions throw only for a non-object', () => {
  for (const fn of ['planCourse', 'checkPlan', 'checkTeam']) {
    for (const bad of [null, undefined, 1, 'x', []]) assert.throws(() => mestring[fn](bad), TypeError, fn);
    assert.doesNotThrow(() => mestring[fn]({ start: 5, phases: 'x', participants: {}, teachingDays: [null, 1, '2027-02-30'] }));
  }
});
