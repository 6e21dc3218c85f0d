// tests/vectors/plan/*.json and tests/vectors/agreements/*.json through the built package: each
// vector names the function it calls (planCourse, checkPlan, checkTeam, checkMentorAgreement,
// checkInternshipAgreement, checkSupplierAgreement, checkCaseload).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import mestring, { vectors } from '../load.js';
import { compare } from '../compare.js';

for (const kind of ['plan', 'agreements']) {
  const all = vectors(kind);
  test(`there are at least 20 ${kind} vectors`, () => assert.ok(all.length >= 20));
  for (const [file, v] of all) {
    test(`${kind}/${file}: ${v.name}`, () => {
      const before = JSON.stringify(v.input);
      const got = mestring[v.call](v.input, v.options);
      assert.equal(JSON.stringify(v.input), before, 'input mutated');
      compare(got, v.expected);
      const cpr = v.input?.citizen?.cpr;
      if (typeof cpr === 'string') assert.ok(!JSON.stringify(got).includes(cpr), 'CPR number in the output');
    });
  }
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

test('the plan and agreement functions throw only for a non-object', () => {
  for (const fn of ['planCourse', 'checkPlan', 'checkTeam', 'checkMentorAgreement', 'checkInternshipAgreement', 'checkSupplierAgreement', 'checkCaseload']) {
    for (const bad of [null, undefined, 1, 'x', []]) assert.throws(() => mestring[fn](bad), TypeError, fn);
    assert.doesNotThrow(() => mestring[fn]({ start: 5, end: [], phases: 'x', participants: {}, teachingDays: [null, 1, '2027-02-30'], citizens: 'x', tasks: 7, held: 1, mentor: 'x', hoursPerWeek: -1 }));
  }
});
