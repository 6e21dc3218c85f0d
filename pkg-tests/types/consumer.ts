// A portal's TypeScript using the package through its `exports` map: the glue's declarations
// (mestring/forms) and the core's (mestring). Compiled with `tsc --strict` by `make test-types`.
import init, { checkReferral, defaultRuleset, type Referral, type ReferralResult, type Ruleset } from 'mestring';
import { attach, attachAll, observe, readForm, FIELD_TYPES, type AttachOptions, type FieldType, type FormHandle, type Problem, type SubmitCheck } from 'mestring/forms';

const form = document.querySelector<HTMLFormElement>('form[data-mestring]');
if (form) {
  const options: AttachOptions = {
    lang: 'da',
    block: true,
    style: 'govuk',
    presentOnly: false,
    moduleUrl: new URL('mestring/mestring_bg.wasm', import.meta.url),
    values: { referenceDate: '2027-01-04' },
  };
  const handle: FormHandle = await attach(form, options);
  if (handle.available) {
    const live = handle.validate();
    const outcome: string | undefined = live && 'outcome' in live ? live.outcome : undefined;
    const check: SubmitCheck = handle.validate({ submit: true, focus: false });
    const problems: Problem[] = check.ok ? [] : check.problems;
    for (const p of problems) console.log(p.path, p.message, p.kind, p.element?.id, outcome);
    // @ts-expect-error: submit takes true, not a string
    handle.validate({ submit: 'yes' });
  }
  form.addEventListener('mestring:result', (e) => {
    const input: Record<string, unknown> = e.detail.input;
    console.log(Object.keys(input), e.detail.findings.length);
  });
  form.addEventListener('mestring:invalid', (e) => console.log(e.detail.problems.map((p) => p.message)));

  // The same input, checked again where the form is received.
  await init();
  const result: ReferralResult = checkReferral(readForm(form) as Referral);
  console.log(result.outcome);
  const first = result.findings[0];
  if (first) {
    console.log(first.source.title, { ...first.source, title: 'a copy may change' }.title);
    // @ts-expect-error: a finding's source is frozen and shared (copy it to change it)
    first.source.title = 'changed';
  }
}
// A municipality's ruleset: its practice parameters may be left out, the law may not, and an id
// the reader would refuse is a type error.
const ruleset: Ruleset = defaultRuleset();
const practiceLeftOut: Ruleset = { ...ruleset, parameters: { ...ruleset.parameters, 'mentor.caseloadPerFullTime': undefined } };
const { 'mentor.maxPeriodMonths': _law, ...withoutLaw } = ruleset.parameters;
// @ts-expect-error: a legal parameter cannot be left out
const lawLeftOut: Ruleset = { ...ruleset, parameters: withoutLaw };
// @ts-expect-error: no such parameter (the reader refuses unknown ids)
const misspelt: Ruleset = { ...ruleset, parameters: { ...ruleset.parameters, 'mentor.maxPeriodMonth': ruleset.parameters['mentor.maxPeriodMonths'] } };
console.log(practiceLeftOut.id, lawLeftOut.id, misspelt.id, _law.unit);
const type: FieldType | undefined = FIELD_TYPES.referral['openToGroupWork'];
const handles: FormHandle[] = await attachAll({ lang: 'en' });
const stop: () => void = observe({ block: true });
stop();
console.log(type, handles.length);
