// `make bench`: the same target-group rules as mestring (the built pkg/), plain JavaScript, a Zod 4
// schema, the same schema in Valibot and ArkType, json-rules-engine and zen-engine, in one Node
// process, in rounds, on an eligible, an ineligible and a half-filled referral. Prints the median
// and p99 microseconds per check and the ratios to mestring, and checks first that every
// implementation gives the same outcome on these and on the referrals of AGREEMENT (the date rules
// at their edges). Writes its figures to target/bench/node.json for targets.mjs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import mestring, { pkgDir, root, wasm as instance } from '../test/load.js';
import { plainJs, zod, valibot, arktype, jsonRulesEngine, zenEngine, dispose } from './alternatives.js';

const loadBefore = loadavg();

const INPUTS = {
  eligible: {
    referenceDate: '2027-01-04',
    citizen: { birthDate: '1999-03-15', benefit: 'kontanthjaelp', visitationCategory: 'aktivitetsparat' },
    barriers: [{ kind: 'anxiety', severity: 'mild' }],
    openToGroupWork: true,
    canDescribeOwnBarriers: true,
    substanceAbuse: { present: true, inTreatment: true, treatmentStart: '2026-10-01', treatmentEnd: null, lastUse: '2026-11-20' },
  },
  ineligible: {
    referenceDate: '2027-01-04',
    citizen: { birthDate: '2002-01-20', benefit: 'kontanthjaelp' },
    barriers: [{ kind: 'depression', severity: 'severe' }],
    openToGroupWork: false,
    canDescribeOwnBarriers: true,
    substanceAbuse: { present: false },
  },
  'half-filled': { referenceDate: '2027-01-04', citizen: { birthDate: '1999-03-15' }, openToGroupWork: true },
};

// Not timed; each is the eligible referral with one change, at the edge of a decided rule
// (../shared/DOMAIN.md): age on the reference date with 29 February, sobriety "one month" clamped
// to the end of the month, treatment dates, incomplete against not eligible.
const withChange = ({ citizen, substanceAbuse, ...rest }) => {
  const r = structuredClone(INPUTS.eligible);
  Object.assign(r, rest);
  Object.assign(r.citizen, citizen);
  Object.assign(r.substanceAbuse, substanceAbuse);
  for (const [k, x] of Object.entries(r.substanceAbuse)) if (x === undefined) delete r.substanceAbuse[k];
  return r;
};
const AGREEMENT = {
  'born 29 Feb, 24 on 28 Feb': [withChange({ referenceDate: '2025-02-28', citizen: { birthDate: '2000-02-29' }, substanceAbuse: { present: false } }), 'not_eligible'],
  'born 29 Feb, 25 on 1 Mar': [withChange({ referenceDate: '2025-03-01', citizen: { birthDate: '2000-02-29' }, substanceAbuse: { present: false } }), 'eligible'],
  'the day before turning 31': [withChange({ citizen: { birthDate: '1996-01-05' } }), 'eligible'],
  'turning 31 that day': [withChange({ citizen: { birthDate: '1996-01-04' } }), 'not_eligible'],
  'sober exactly one month': [withChange({ substanceAbuse: { lastUse: '2026-12-04' } }), 'eligible'],
  'sober one day short': [withChange({ substanceAbuse: { lastUse: '2026-12-05' } }), 'not_eligible'],
  'last use 31 Jan, on 28 Feb': [withChange({ referenceDate: '2027-02-28', substanceAbuse: { lastUse: '2027-01-31' } }), 'eligible'],
  'last use 31 Jan, on 27 Feb': [withChange({ referenceDate: '2027-02-27', substanceAbuse: { lastUse: '2027-01-31' } }), 'not_eligible'],
  'treatment ended the day before': [withChange({ substanceAbuse: { treatmentEnd: '2027-01-03' } }), 'not_eligible'],
  'treatment ends that day': [withChange({ substanceAbuse: { treatmentEnd: '2027-01-04' } }), 'eligible'],
  'treatment starts the day after': [withChange({ substanceAbuse: { treatmentStart: '2027-01-05' } }), 'not_eligible'],
  'not in treatment': [withChange({ substanceAbuse: { inTreatment: false } }), 'not_eligible'],
  'last use missing': [withChange({ substanceAbuse: { lastUse: undefined } }), 'incomplete'],
  'another benefit': [withChange({ citizen: { benefit: 'dagpenge' } }), 'not_eligible'],
  'a moderate barrier only': [withChange({ barriers: [{ kind: 'adhd', severity: 'moderate' }] }), 'not_eligible'],
  'cannot describe own barriers': [withChange({ canDescribeOwnBarriers: false }), 'not_eligible'],
};

const IMPLS = {
  mestring: (r) => mestring.checkReferral(r),
  'plain JS': plainJs,
  'Zod 4': zod,
  Valibot: valibot,
  ArkType: arktype,
  'json-rules-engine': jsonRulesEngine,
  'zen-engine': zenEngine,
};

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PER_ROUND = Number(process.env.BENCH_CALLS ?? 2000);

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function sample(fn, input, n) {
  const times = new Float64Array(n);
  const isAsync = fn(input) instanceof Promise;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const r = fn(input);
    if (isAsync) await r;
    times[i] = (performance.now() - t0) * 1000;
  }
  return times;
}

// Same answers first: a fast wrong answer is no answer.
const EXPECTED = { eligible: 'eligible', ineligible: 'not_eligible', 'half-filled': 'incomplete' };
const checked = [...Object.entries(INPUTS).map(([name, input]) => [name, [input, EXPECTED[name]]]), ...Object.entries(AGREEMENT)];
for (const [name, [input, expected]] of checked) {
  const answers = {};
  for (const [impl, fn] of Object.entries(IMPLS)) answers[impl] = (await fn(input)).outcome;
  const distinct = new Set(Object.values(answers));
  if (distinct.size !== 1 || !distinct.has(expected)) {
    console.error(`bench: on ${name} (expected ${expected}) the implementations answer ${JSON.stringify(answers)}`);
    process.exit(1);
  }
}
console.log(`All ${Object.keys(IMPLS).length} implementations give the expected outcome on ${checked.length} referrals.`);

const results = [];
for (const [name, input] of Object.entries(INPUTS)) {
  const all = Object.fromEntries(Object.keys(IMPLS).map((k) => [k, []]));
  for (let round = 0; round < ROUNDS; round++) {
    // Interleaved, so a slow moment of the machine hits every implementation alike.
    for (const [impl, fn] of Object.entries(IMPLS)) {
      const n = impl === 'json-rules-engine' || impl === 'zen-engine' ? Math.max(200, PER_ROUND / 10) : PER_ROUND;
      await sample(fn, input, Math.min(200, n)); // warm-up
      all[impl].push(...(await sample(fn, input, n)));
    }
  }
  for (const [impl, times] of Object.entries(all)) {
    times.sort((a, b) => a - b);
    results.push({ input: name, impl, median: quantile(times, 0.5), p99: quantile(times, 0.99), n: times.length });
  }
}
dispose();

const pad = (s, n) => String(s).padEnd(n);
const num = (x) => x.toFixed(x < 10 ? 2 : 1).padStart(8);
console.log(`\nPer check, microseconds (Node ${process.version}, ${ROUNDS} rounds; ratio = other / mestring median)\n`);
console.log(`${pad('input', 13)}${pad('implementation', 20)}${'median'.padStart(8)}${'p99'.padStart(8)}${'ratio'.padStart(9)}`);
for (const r of results) {
  const base = results.find((x) => x.input === r.input && x.impl === 'mestring').median;
  console.log(`${pad(r.input, 13)}${pad(r.impl, 20)}${num(r.median)}${num(r.p99)}${(r.median / base).toFixed(2).padStart(8)}x`);
}

const wasm = readFileSync(join(pkgDir, 'mestring_bg.wasm'));
const { gzipSync } = await import('node:zlib');
const glue = readFileSync(join(pkgDir, 'mestring.js'));
const size = { wasm: wasm.length, wasmGzip: gzipSync(wasm, { level: 9 }).length, glue: glue.length, glueGzip: gzipSync(glue, { level: 9 }).length };
console.log(`\nSize: wasm ${size.wasm} bytes (${size.wasmGzip} gzipped), JS glue ${size.glueGzip} gzipped`);

// Memory after warm-up, across many checks: the wasm memory must stay where it was.
const calls = Number(process.env.BENCH_MEMORY_CALLS ?? 200000);
for (let i = 0; i < 20000; i++) mestring.checkReferral(INPUTS.eligible);
const before = instance.memory.buffer.byteLength;
for (let i = 0; i < calls; i++) mestring.checkReferral(INPUTS[['eligible', 'ineligible', 'half-filled'][i % 3]]);
const after = instance.memory.buffer.byteLength;
console.log(`Wasm memory after warm-up: ${before} bytes; after ${calls} more checks: ${after} bytes${before === after ? ' (flat)' : ' (GREW)'}`);
if (process.env.BENCH_JSON) console.log(JSON.stringify(results));

// For targets.mjs: the figures of this run, tagged with the run's id (BENCH_RUN, set by `make bench`).
const out = process.env.BENCH_OUT ?? join(root, 'target', 'bench');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'node.json'),
  JSON.stringify(
    {
      run: process.env.BENCH_RUN ?? null,
      node: process.version,
      rounds: ROUNDS,
      callsPerRound: PER_ROUND,
      loadavg: { before: loadBefore, after: loadavg() },
      checks: results,
      size,
      memory: { before, after, calls },
    },
    null,
    1,
  ) + '\n',
);
