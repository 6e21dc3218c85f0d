// The catalogue's target group (figure 2) written the ways a portal developer could write it
// instead of using mestring: plain JavaScript, a Zod 4 schema with refinements, the same schema in
// Valibot and in ArkType, json-rules-engine rules over facts, and a GoRules JDM decision run by
// zen-engine. Each answers the same question
// (eligible / not_eligible / incomplete) under the same decided semantics, so the benchmark
// compares like with like; `make bench` checks that they agree on every input before timing.
import { z } from 'zod';
import * as v from 'valibot';
import { type } from 'arktype';
import { Engine } from 'json-rules-engine';
import { ZenEngine } from '@gorules/zen-engine';

// ---- the date rules, shared by the JavaScript implementations ------------------------------
// Kept as source text too, so the zen function node runs exactly the same code.
export const DATE_RULES = `
const ISO = /^(\\d{4})-(\\d{2})-(\\d{2})$/;
function parse(s) {
  if (typeof s !== 'string') return null;
  const m = ISO.exec(s);
  if (!m) return null;
  const y = +m[1], mo = +m[2], d = +m[3];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCMonth() === mo - 1 ? { y, m: mo, d } : null;
}
const key = (x) => x.y * 10000 + x.m * 100 + x.d;
const leap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
function ageOn(b, on) {
  const bd = b.m === 2 && b.d === 29 && !leap(on.y) ? { m: 3, d: 1 } : b;
  return on.y - b.y - (on.m * 100 + on.d < bd.m * 100 + bd.d ? 1 : 0);
}
function plusMonths(x, n) {
  const total = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(total / 12), m = (total % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { y, m, d: Math.min(x.d, last) };
}
`;
const { parse, key, ageOn, plusMonths } = new Function(`${DATE_RULES}; return { parse, key, ageOn, plusMonths };`)();

const KINDS = ['adhd', 'anxiety', 'depression'];
const outcome = (statuses) => (statuses.includes('not_met') ? 'not_eligible' : statuses.includes('unknown') ? 'incomplete' : 'eligible');

// ---- (e) plain JavaScript ---------------------------------------------------------------------
export function plainJs(r) {
  const on = parse(r.referenceDate);
  const c = r.citizen ?? {};
  const birth = parse(c.birthDate);
  const age = birth && on ? ageOn(birth, on) : null;
  const bs = Array.isArray(r.barriers) ? r.barriers : [];
  const abuse = r.substanceAbuse;
  const st = {
    age: age === null ? 'unknown' : age >= 25 && age <= 30 ? 'met' : 'not_met',
    barrier: bs.length === 0 ? 'unknown' : bs.some((b) => KINDS.includes(b.kind) && b.severity === 'mild') ? 'met' : 'not_met',
    openness: typeof r.openToGroupWork !== 'boolean' ? 'unknown' : r.openToGroupWork ? 'met' : 'not_met',
    reflection: typeof r.canDescribeOwnBarriers !== 'boolean' ? 'unknown' : r.canDescribeOwnBarriers ? 'met' : 'not_met',
    benefit: !c.benefit ? 'unknown' : c.benefit === 'kontanthjaelp' ? 'met' : 'not_met',
  };
  if (typeof abuse?.present !== 'boolean' || !on) {
    st.treatment = st.sobriety = 'unknown';
  } else if (!abuse.present) {
    st.treatment = st.sobriety = 'met';
  } else {
    const s = parse(abuse.treatmentStart), e = parse(abuse.treatmentEnd), l = parse(abuse.lastUse);
    st.treatment = abuse.inTreatment === false ? 'not_met' : !s ? 'unknown' : key(s) <= key(on) && (!e || key(e) >= key(on)) ? 'met' : 'not_met';
    st.sobriety = !l ? 'unknown' : key(on) >= key(plusMonths(l, 1)) ? 'met' : 'not_met';
  }
  return { outcome: outcome(Object.values(st)), criteria: st };
}

// ---- (b) Zod 4: a schema with refinements ------------------------------------------------------
const isoDate = z.iso.date();
const zodSchema = z
  .object({
    referenceDate: isoDate,
    citizen: z.object({ birthDate: isoDate, benefit: z.literal('kontanthjaelp') }),
    barriers: z
      .array(z.object({ kind: z.enum(['adhd', 'anxiety', 'depression', 'other']), severity: z.enum(['mild', 'moderate', 'severe']) }))
      .min(1)
      .refine((bs) => bs.some((b) => KINDS.includes(b.kind) && b.severity === 'mild'), { message: 'target.barrier' }),
    openToGroupWork: z.literal(true),
    canDescribeOwnBarriers: z.literal(true),
    substanceAbuse: z.discriminatedUnion('present', [
      z.object({ present: z.literal(false) }),
      z.object({ present: z.literal(true), inTreatment: z.boolean(), treatmentStart: isoDate, treatmentEnd: isoDate.nullable().optional(), lastUse: isoDate }),
    ]),
  })
  .superRefine((r, ctx) => {
    const on = parse(r.referenceDate);
    const age = ageOn(parse(r.citizen.birthDate), on);
    if (age < 25 || age > 30) ctx.addIssue({ code: 'custom', path: ['citizen', 'birthDate'], message: 'target.age' });
    const a = r.substanceAbuse;
    if (a.present) {
      const s = parse(a.treatmentStart), e = a.treatmentEnd ? parse(a.treatmentEnd) : null;
      if (!a.inTreatment || key(s) > key(on) || (e && key(e) < key(on))) ctx.addIssue({ code: 'custom', path: ['substanceAbuse'], message: 'abuse.treatment' });
      if (key(on) < key(plusMonths(parse(a.lastUse), 1))) ctx.addIssue({ code: 'custom', path: ['substanceAbuse', 'lastUse'], message: 'abuse.sobriety' });
    }
  });

export function zod(r) {
  const res = zodSchema.safeParse(r, { reportInput: true });
  if (res.success) return { outcome: 'eligible', issues: [] };
  // A missing field is incomplete; any other issue means the citizen does not fit.
  const failing = res.error.issues.filter((i) => i.input !== undefined);
  return { outcome: failing.length ? 'not_eligible' : 'incomplete', issues: res.error.issues };
}

// ---- (b2) Valibot: the Zod schema, written as Valibot's guide recommends ------------------------
// `v.object` with `v.pipe` for the refinements, one `v.rawCheck` for the rules across fields (it
// runs only on a structurally valid referral, as Zod's `superRefine` does), `v.safeParse`.
// `v.isoDate()` checks the form (YYYY-MM-DD, month 01-12, day 01-31) but not the calendar, unlike
// Zod's `z.iso.date()`; a string that is no date is reported where the cross-field rule reads it.
const vDate = v.pipe(v.string(), v.isoDate());
const vPath = (input, ...keys) => {
  const path = [];
  let at = input;
  for (const key of keys) {
    path.push({ type: 'object', origin: 'value', input: at, key, value: at[key] });
    at = at[key];
  }
  return path;
};
const valibotSchema = v.pipe(
  v.object({
    referenceDate: vDate,
    citizen: v.object({ birthDate: vDate, benefit: v.literal('kontanthjaelp') }),
    barriers: v.pipe(
      v.array(v.object({ kind: v.picklist(['adhd', 'anxiety', 'depression', 'other']), severity: v.picklist(['mild', 'moderate', 'severe']) })),
      v.minLength(1),
      v.check((bs) => bs.some((b) => KINDS.includes(b.kind) && b.severity === 'mild'), 'target.barrier'),
    ),
    openToGroupWork: v.literal(true),
    canDescribeOwnBarriers: v.literal(true),
    substanceAbuse: v.variant('present', [
      v.object({ present: v.literal(false) }),
      v.object({ present: v.literal(true), inTreatment: v.boolean(), treatmentStart: vDate, treatmentEnd: v.nullish(vDate), lastUse: vDate }),
    ]),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const r = dataset.value;
    const on = parse(r.referenceDate), birth = parse(r.citizen.birthDate);
    if (!on) return addIssue({ message: 'date', path: vPath(r, 'referenceDate') });
    if (!birth) addIssue({ message: 'date', path: vPath(r, 'citizen', 'birthDate') });
    else {
      const age = ageOn(birth, on);
      if (age < 25 || age > 30) addIssue({ message: 'target.age', path: vPath(r, 'citizen', 'birthDate') });
    }
    const a = r.substanceAbuse;
    if (a.present) {
      const s = parse(a.treatmentStart), e = a.treatmentEnd ? parse(a.treatmentEnd) : null, l = parse(a.lastUse);
      if (!s || !l || (a.treatmentEnd && !e)) return addIssue({ message: 'date', path: vPath(r, 'substanceAbuse') });
      if (!a.inTreatment || key(s) > key(on) || (e && key(e) < key(on))) addIssue({ message: 'abuse.treatment', path: vPath(r, 'substanceAbuse') });
      if (key(on) < key(plusMonths(l, 1))) addIssue({ message: 'abuse.sobriety', path: vPath(r, 'substanceAbuse', 'lastUse') });
    }
  }),
);

export function valibot(r) {
  const res = v.safeParse(valibotSchema, r);
  if (res.success) return { outcome: 'eligible', issues: [] };
  // As for Zod: a missing field (no input) is incomplete; any other issue means not eligible.
  const failing = res.issues.filter((i) => i.input !== undefined);
  return { outcome: failing.length ? 'not_eligible' : 'incomplete', issues: res.issues };
}

// ---- (b3) ArkType: the Zod schema, written as ArkType's docs recommend ----------------------------
// `type({...})` (compiled once to a validator function), `.narrow` for the refinements; the
// object's `.narrow` runs only on a structurally valid referral, as Zod's `superRefine` does.
// ArkType's `string.date.iso` takes any ISO 8601 date (a time too), so a string that is no plain
// date is reported where the cross-field rule reads it.
const aDate = type('string.date.iso');
const arkSchema = type({
  referenceDate: aDate,
  citizen: { birthDate: aDate, benefit: "'kontanthjaelp'" },
  barriers: type({ kind: "'adhd' | 'anxiety' | 'depression' | 'other'", severity: "'mild' | 'moderate' | 'severe'" })
    .array()
    .atLeastLength(1)
    .narrow((bs, ctx) => bs.some((b) => KINDS.includes(b.kind) && b.severity === 'mild') || ctx.reject({ expected: 'target.barrier' })),
  openToGroupWork: 'true',
  canDescribeOwnBarriers: 'true',
  substanceAbuse: type({ present: 'false' }).or({ present: 'true', inTreatment: 'boolean', treatmentStart: aDate, 'treatmentEnd?': aDate.or('null'), lastUse: aDate }),
}).narrow((r, ctx) => {
  const on = parse(r.referenceDate), birth = parse(r.citizen.birthDate);
  if (!on) return ctx.reject({ expected: 'date', relativePath: ['referenceDate'] });
  let ok = true;
  if (!birth) ok = ctx.reject({ expected: 'date', relativePath: ['citizen', 'birthDate'] });
  else {
    const age = ageOn(birth, on);
    if (age < 25 || age > 30) ok = ctx.reject({ expected: 'target.age', relativePath: ['citizen', 'birthDate'] });
  }
  const a = r.substanceAbuse;
  if (a.present) {
    const s = parse(a.treatmentStart), e = a.treatmentEnd ? parse(a.treatmentEnd) : null, l = parse(a.lastUse);
    if (!s || !l || (a.treatmentEnd && !e)) return ctx.reject({ expected: 'date', relativePath: ['substanceAbuse'] });
    if (!a.inTreatment || key(s) > key(on) || (e && key(e) < key(on))) ok = ctx.reject({ expected: 'abuse.treatment', relativePath: ['substanceAbuse'] });
    if (key(on) < key(plusMonths(l, 1))) ok = ctx.reject({ expected: 'abuse.sobriety', relativePath: ['substanceAbuse', 'lastUse'] });
  }
  return ok;
});

export function arktype(r) {
  const out = arkSchema(r);
  if (!(out instanceof type.errors)) return { outcome: 'eligible', issues: [] };
  // As for Zod: a missing key (`required`) is incomplete; any other error means not eligible.
  const failing = out.filter((e) => e.code !== 'required');
  return { outcome: failing.length ? 'not_eligible' : 'incomplete', issues: out };
}

// ---- (c) json-rules-engine: facts and rules --------------------------------------------------------
function jreEngine() {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const fact = (name, f) => engine.addFact(name, async (params, almanac) => f(await almanac.factValue('referral')));
  fact('age', (r) => {
    const on = parse(r.referenceDate), b = parse(r.citizen?.birthDate);
    return on && b ? ageOn(b, on) : undefined;
  });
  fact('qualifyingBarrier', (r) => (Array.isArray(r.barriers) && r.barriers.length ? r.barriers.some((b) => KINDS.includes(b.kind) && b.severity === 'mild') : undefined));
  fact('openToGroupWork', (r) => r.openToGroupWork);
  fact('canDescribeOwnBarriers', (r) => r.canDescribeOwnBarriers);
  fact('benefit', (r) => r.citizen?.benefit || undefined);
  fact('abuseAnswered', (r) => typeof r.substanceAbuse?.present === 'boolean' && !!parse(r.referenceDate));
  fact('inTreatmentOrNoAbuse', (r) => {
    const a = r.substanceAbuse, on = parse(r.referenceDate);
    if (typeof a?.present !== 'boolean' || !on) return undefined;
    if (!a.present) return true;
    const s = parse(a.treatmentStart), e = parse(a.treatmentEnd);
    if (a.inTreatment === false) return false;
    if (!s) return undefined;
    return key(s) <= key(on) && (!e || key(e) >= key(on));
  });
  fact('soberOrNoAbuse', (r) => {
    const a = r.substanceAbuse, on = parse(r.referenceDate);
    if (typeof a?.present !== 'boolean' || !on) return undefined;
    if (!a.present) return true;
    const l = parse(a.lastUse);
    return l ? key(on) >= key(plusMonths(l, 1)) : undefined;
  });
  const rule = (name, conditions) => engine.addRule({ name, conditions: { all: conditions }, event: { type: name } });
  rule('target.age', [{ fact: 'age', operator: 'greaterThanInclusive', value: 25 }, { fact: 'age', operator: 'lessThanInclusive', value: 30 }]);
  rule('target.barrier', [{ fact: 'qualifyingBarrier', operator: 'equal', value: true }]);
  rule('target.openness', [{ fact: 'openToGroupWork', operator: 'equal', value: true }]);
  rule('target.selfReflection', [{ fact: 'canDescribeOwnBarriers', operator: 'equal', value: true }]);
  rule('target.benefit', [{ fact: 'benefit', operator: 'equal', value: 'kontanthjaelp' }]);
  rule('abuse.treatment', [{ fact: 'inTreatmentOrNoAbuse', operator: 'equal', value: true }]);
  rule('abuse.sobriety', [{ fact: 'soberOrNoAbuse', operator: 'equal', value: true }]);
  return engine;
}
const engine = jreEngine();
const FACT_OF = {
  'target.age': 'age',
  'target.barrier': 'qualifyingBarrier',
  'target.openness': 'openToGroupWork',
  'target.selfReflection': 'canDescribeOwnBarriers',
  'target.benefit': 'benefit',
  'abuse.treatment': 'inTreatmentOrNoAbuse',
  'abuse.sobriety': 'soberOrNoAbuse',
};

export async function jsonRulesEngine(r) {
  const { results, failureResults, almanac } = await engine.run({ referral: r });
  const statuses = results.map(() => 'met');
  for (const f of failureResults) {
    statuses.push((await almanac.factValue(FACT_OF[f.name])) === undefined ? 'unknown' : 'not_met');
  }
  return { outcome: outcome(statuses) };
}

// ---- (d) zen-engine: a JDM decision (function node for the dates, expression node for the rules) --------
const jdm = {
  contentType: 'application/vnd.gorules.decision',
  nodes: [
    { id: 'in', type: 'inputNode', name: 'Referral', position: { x: 0, y: 0 } },
    {
      id: 'dates', type: 'functionNode', name: 'Dates', position: { x: 200, y: 0 },
      content: {
        source: `${DATE_RULES}
export const handler = async (r) => {
  const on = parse(r.referenceDate), c = r.citizen || {}, b = parse(c.birthDate), a = r.substanceAbuse;
  let treatment = null, sober = null;
  if (a && typeof a.present === 'boolean' && on) {
    if (!a.present) { treatment = true; sober = true; } else {
      const s = parse(a.treatmentStart), e = parse(a.treatmentEnd), l = parse(a.lastUse);
      treatment = a.inTreatment === false ? false : !s ? null : key(s) <= key(on) && (!e || key(e) >= key(on));
      sober = l ? key(on) >= key(plusMonths(l, 1)) : null;
    }
  }
  return { ...r, age: b && on ? ageOn(b, on) : null, treatment, sober };
};`,
      },
    },
    {
      id: 'rules', type: 'expressionNode', name: 'Target group', position: { x: 400, y: 0 },
      content: {
        expressions: [
          { id: 'e1', key: 'age', value: "age == null ? 'unknown' : (age >= 25 and age <= 30 ? 'met' : 'not_met')" },
          { id: 'e2', key: 'barrier', value: "len(barriers ?? []) == 0 ? 'unknown' : (some(barriers, #.kind in ['adhd', 'anxiety', 'depression'] and #.severity == 'mild') ? 'met' : 'not_met')" },
          { id: 'e3', key: 'openness', value: "openToGroupWork == null ? 'unknown' : (openToGroupWork ? 'met' : 'not_met')" },
          { id: 'e4', key: 'reflection', value: "canDescribeOwnBarriers == null ? 'unknown' : (canDescribeOwnBarriers ? 'met' : 'not_met')" },
          { id: 'e5', key: 'benefit', value: "(citizen.benefit ?? '') == '' ? 'unknown' : (citizen.benefit == 'kontanthjaelp' ? 'met' : 'not_met')" },
          { id: 'e6', key: 'treatment', value: "treatment == null ? 'unknown' : (treatment ? 'met' : 'not_met')" },
          { id: 'e7', key: 'sobriety', value: "sober == null ? 'unknown' : (sober ? 'met' : 'not_met')" },
          { id: 'e8', key: 'outcome', value: "some([$.age, $.barrier, $.openness, $.reflection, $.benefit, $.treatment, $.sobriety], # == 'not_met') ? 'not_eligible' : (some([$.age, $.barrier, $.openness, $.reflection, $.benefit, $.treatment, $.sobriety], # == 'unknown') ? 'incomplete' : 'eligible')" },
        ],
      },
    },
    { id: 'out', type: 'outputNode', name: 'Result', position: { x: 600, y: 0 } },
  ],
  edges: [
    { id: 'a', type: 'edge', sourceId: 'in', targetId: 'dates' },
    { id: 'b', type: 'edge', sourceId: 'dates', targetId: 'rules' },
    { id: 'c', type: 'edge', sourceId: 'rules', targetId: 'out' },
  ],
};
const zen = new ZenEngine();
const decision = zen.createDecision(Buffer.from(JSON.stringify(jdm)));

export async function zenEngine(r) {
  const { result } = await decision.evaluate(r);
  return { outcome: result.outcome, criteria: result };
}

export function dispose() {
  zen.dispose?.();
}
