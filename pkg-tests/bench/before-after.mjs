// Two builds of the package in one Node process, interleaved: `node before-after.mjs OLD_PKG
// [NEW_PKG]` (NEW_PKG defaults to ../pkg). Median microseconds per check over 31 rounds of 1 000
// calls each (no timer inside a call), for the three referrals of bench.mjs and a transition.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const here = new URL('.', import.meta.url).pathname;
const dirs = { before: resolve(process.argv[2]), after: resolve(process.argv[3] ?? join(here, '..', '..', 'pkg')) };
const pkgs = {};
for (const [name, dir] of Object.entries(dirs)) {
  const m = await import(pathToFileURL(join(dir, 'mestring.js')).href);
  m.initSync({ module: readFileSync(join(dir, 'mestring_bg.wasm')) });
  pkgs[name] = m;
}

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
const CASES = Object.entries(INPUTS).map(([name, input]) => [name, (m) => m.checkReferral(input)]);
CASES.push(['transition', (m) => m.transition({ phase: 'referred', history: [] }, { type: 'startPreparation', date: '2027-01-04', referral: INPUTS.eligible })]);

for (const [name, call] of CASES) {
  const a = JSON.stringify(call(pkgs.before));
  const b = JSON.stringify(call(pkgs.after));
  if (a !== b) throw new Error(`${name}: the two builds answer differently`);
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 31);
const PER_ROUND = Number(process.env.BENCH_CALLS ?? 1000);
const times = {};
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, call] of CASES) {
    for (const [build, m] of r % 2 ? Object.entries(pkgs).reverse() : Object.entries(pkgs)) {
      const t0 = performance.now();
      for (let i = 0; i < PER_ROUND; i++) call(m);
      ((times[name] ??= {})[build] ??= []).push(((performance.now() - t0) * 1000) / PER_ROUND);
    }
  }
}
const median = (xs) => xs.sort((x, y) => x - y)[xs.length >> 1];
console.log('| input | before, µs | after, µs | change |');
console.log('|---|---:|---:|---:|');
for (const [name, t] of Object.entries(times)) {
  const [b, a] = [median(t.before), median(t.after)];
  console.log(`| ${name} | ${b.toFixed(2)} | ${a.toFixed(2)} | ${(((a - b) / b) * 100).toFixed(1)} % |`);
}
