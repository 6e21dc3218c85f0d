// `make bench`: the same target-group rules as mestring (the built pkg/), plain JavaScript, a Zod 4
// schema, json-rules-engine and zen-engine, in one Node process, in rounds, on an eligible, an
// ineligible and a half-filled referral. Prints the median and p99 microseconds per check and the
// ratios to mestring, and checks first that every implementation gives the same outcome.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import mestring, { pkgDir, wasm as instance } from '../test/load.js';
import { plainJs, zod, jsonRulesEngine, zenEngine, dispose } from './alternatives.js';

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

const IMPLS = {
  mestring: (r) => mestring.checkReferral(r),
  'plain JS': plainJs,
  'Zod 4': zod,
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
for (const [name, input] of Object.entries(INPUTS)) {
  const answers = {};
  for (const [impl, fn] of Object.entries(IMPLS)) answers[impl] = (await fn(input)).outcome;
  const distinct = new Set(Object.values(answers));
  if (distinct.size !== 1) {
    console.error(`bench: implementations disagree on ${name}: ${JSON.stringify(answers)}`);
    process.exit(1);
  }
}

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
console.log(`\nSize: wasm ${wasm.length} bytes (${gzipSync(wasm, { level: 9 }).length} gzipped), JS glue ${gzipSync(glue, { level: 9 }).length} gzipped`);

// Memory after warm-up, across many checks: the wasm memory must stay where it was.
const calls = Number(process.env.BENCH_MEMORY_CALLS ?? 200000);
for (let i = 0; i < 20000; i++) mestring.checkReferral(INPUTS.eligible);
const before = instance.memory.buffer.byteLength;
for (let i = 0; i < calls; i++) mestring.checkReferral(INPUTS[['eligible', 'ineligible', 'half-filled'][i % 3]]);
const after = instance.memory.buffer.byteLength;
console.log(`Wasm memory after warm-up: ${before} bytes; after ${calls} more checks: ${after} bytes${before === after ? ' (flat)' : ' (GREW)'}`);
if (process.env.BENCH_JSON) console.log(JSON.stringify(results));
