// The rest of the public API, through the built package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mestring, { pkgDir } from '../load.js';

const eligible = {
  referenceDate: '2027-01-04',
  citizen: { birthDate: '1999-03-15', benefit: 'kontanthjaelp', visitationCategory: 'aktivitetsparat' },
  barriers: [{ kind: 'anxiety', severity: 'mild' }],
  openToGroupWork: true,
  canDescribeOwnBarriers: true,
  substanceAbuse: { present: false },
};

test('the API.md example shape: criteria in a fixed order, ruleset stamp', () => {
  const r = mestring.checkReferral(eligible);
  assert.equal(r.outcome, 'eligible');
  assert.equal(r.eligibleFrom, null);
  assert.deepEqual(r.criteria.map((c) => c.rule), [
    'target.age', 'target.barrier', 'target.openness', 'target.selfReflection', 'target.benefit', 'abuse.treatment', 'abuse.sobriety',
  ]);
  assert.deepEqual(r.ruleset, { id: 'mestring-katalog-2013', version: mestring.version().rulesetVersion, asOf: '2027-01-04' });
});

test('only a non-object throws, and it throws a TypeError', () => {
  for (const bad of [undefined, null, 42, 'x', true, [], () => 1, Symbol('s'), 10n]) {
    assert.throws(() => mestring.checkReferral(bad), TypeError);
  }
  assert.throws(() => mestring.checkReferral({}, 5), TypeError);
  assert.doesNotThrow(() => mestring.checkReferral({}, undefined));
  assert.doesNotThrow(() => mestring.checkReferral({}, null));
});

test('wrong types in fields are findings, never exceptions', () => {
  const weird = [undefined, null, 0, -1, NaN, Infinity, '', ' ', 'x'.repeat(100000), true, [], {}, [[[]]], () => 1, Symbol('s'), 10n, new Date(0), new Map()];
  const fields = ['referenceDate', 'citizen', 'barriers', 'openToGroupWork', 'canDescribeOwnBarriers', 'substanceAbuse', 'plannedEnd'];
  let calls = 0;
  for (const f of fields) {
    for (const w of weird) {
      const r = mestring.checkReferral({ ...eligible, [f]: w });
      assert.ok(['eligible', 'not_eligible', 'incomplete'].includes(r.outcome));
      calls++;
    }
  }
  for (const f of ['cpr', 'birthDate', 'benefit', 'visitationCategory']) {
    for (const w of weird) {
      mestring.checkReferral({ ...eligible, citizen: { ...eligible.citizen, [f]: w } });
      calls++;
    }
  }
  assert.equal(mestring.checkReferral(eligible).outcome, 'eligible', 'still answers correctly afterwards');
  assert.ok(calls > 100);
});

test('a municipality can pass a changed copy of the default ruleset', () => {
  const rs = mestring.defaultRuleset();
  assert.equal(rs.targetGroup.age.min, 25);
  assert.ok(rs.parameters['mentor.maxPeriodMonths'].values[0].source.ref.includes('167'));
  rs.targetGroup.age.min = 18;
  const young = { ...eligible, citizen: { ...eligible.citizen, birthDate: '2006-06-01' } };
  assert.equal(mestring.checkReferral(young).outcome, 'not_eligible');
  assert.equal(mestring.checkReferral(young, { ruleset: rs }).outcome, 'eligible');
  // A fresh copy each time: changing one does not change the embedded default.
  assert.equal(mestring.defaultRuleset().targetGroup.age.min, 25);
});

test('an invalid ruleset gives findings, not a crash', () => {
  for (const bad of [{}, [], 'x', 7, { id: 'x', targetGroup: null }]) {
    const r = mestring.checkReferral(eligible, { ruleset: bad });
    assert.equal(r.outcome, 'incomplete');
    assert.ok(r.findings.length > 0 && r.findings.every((f) => f.rule === 'ruleset.invalid' && f.field.startsWith('options.ruleset')));
  }
});

test('messages(lang) exposes the catalogue in Danish and English', () => {
  const da = mestring.messages('da');
  const en = mestring.messages('en');
  assert.deepEqual(mestring.messages(), da);
  assert.equal(da.lang, 'da');
  assert.deepEqual(da.rules.map((r) => r.rule), en.rules.map((r) => r.rule));
  const ids = da.rules.map((r) => r.rule);
  for (const id of ['mentor.required', 'mentor.duration', 'mentor.contact', 'mentor.taskScope', 'mentor.schedule', 'internship.required',
    'internship.consent', 'internship.duration', 'internship.hours', 'internship.teachingDay', 'supplier.required', 'caseload.perFullTime',
    'caseload.hours', 'caseload.band', 'plan.phaseOrder', 'plan.contiguity', 'plan.phaseLength', 'plan.internshipLength', 'plan.teamSize', 'plan.teamComposition',
    'plan.weeklyTeachingDay', 'plan.shortWeek', 'workflow.eligibility', 'workflow.plan', 'workflow.internshipAgreement', 'workflow.referBack',
    'target.age', 'target.barrier', 'target.openness', 'target.selfReflection', 'target.benefit', 'abuse.treatment', 'abuse.sobriety',
    'input.invalid', 'cpr.format', 'cpr.date', 'cpr.checksum', 'cpr.substitute', 'cpr.mismatch', 'target.category', 'target.ageDuringCourse']) {
    assert.ok(ids.includes(id), id);
  }
  const age = da.rules.find((r) => r.rule === 'target.age');
  assert.match(age.texts.missing, /fødselsdato/);
  assert.throws(() => mestring.messages('fr'), TypeError);
});

test('version() names the package and the ruleset', () => {
  const v = mestring.version();
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  assert.equal(v.package, pkg.version);
  assert.equal(v.rulesetId, 'mestring-katalog-2013');
});

test('the TypeScript declarations cover the API without any', () => {
  const dts = readFileSync(join(pkgDir, 'mestring.d.ts'), 'utf8');
  assert.doesNotMatch(dts, /:\s*any\b/);
  assert.doesNotMatch(readFileSync(join(pkgDir, 'mestring_bg.wasm.d.ts'), 'utf8'), /:\s*any\b/);
  assert.match(dts, /export function checkReferral\(referral: Referral, options\?: Options \| null\): ReferralResult;/);
  for (const sig of [
    'export function planCourse(input: PlanInput, options?: Options | null): PlanResult;',
    'export function checkPlan(plan: Plan, options?: Options | null): CheckResult;',
    'export function checkTeam(team: Team, options?: Options | null): CheckResult;',
    'export function transition(state: ParticipantState, event: WorkflowEvent, options?: Options | null): TransitionResult;',
    'export function checkMentorAgreement(agreement: MentorAgreement, options?: Options | null): AgreementResult;',
    'export function checkInternshipAgreement(agreement: InternshipAgreement, options?: Options | null): AgreementResult;',
    'export function checkSupplierAgreement(agreement: SupplierAgreement, options?: Options | null): AgreementResult;',
    'export function checkCaseload(mentor: MentorCaseload, options?: Options | null): CaseloadResult;',
  ]) assert.ok(dts.includes(sig), sig);
  for (const t of ['interface Referral', 'interface Finding', 'interface ReferralResult', 'interface Ruleset', 'interface Catalogue', 'interface PlanResult', 'interface ParticipantState', 'type WorkflowEvent']) {
    assert.ok(dts.includes(t), t);
  }
});
