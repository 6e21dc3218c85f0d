// Where the time of a check goes, on the JavaScript side of the boundary: V8's sampling CPU
// profiler (the one `node --cpu-prof` uses, through node:inspector) over many checks of one
// referral after warm-up, each sample put in one bucket by its stack:
//   encode   - writing the argument (src/wasm/boundary.js `encode`, and what it calls);
//   decode   - building the result objects from the tape (`decode`, and what it calls);
//   wasm     - the wasm code (parsing the argument, judging, rendering, writing the tape);
//   GC       - V8's garbage collector;
//   glue     - the rest of the JavaScript (the generated glue, the guard, the loop).
// The split of the wasm bucket (parse / check / tape) comes from `cargo bench --bench core`.
// Usage: node profile.mjs [PKG_DIR] (default ../../pkg); PROFILE_SECONDS per input (default 3).
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const dir = resolve(process.argv[2] ?? join(here, '..', '..', 'pkg'));
const m = await import(pathToFileURL(join(dir, 'mestring.js')).href);
m.initSync({ module: readFileSync(join(dir, 'mestring_bg.wasm')) });

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
const SECONDS = Number(process.env.PROFILE_SECONDS ?? 3);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 50 });

const BUCKETS = ['encode', 'decode', 'wasm', 'GC', 'glue'];
console.log(`\nWhere a check's time goes (V8 sampling profiler, ${SECONDS} s per input after warm-up, Node ${process.version}), per cent of samples`);
console.log(`| input | µs per check | ${BUCKETS.join(' | ')} |`);
console.log(`|---|---:|${BUCKETS.map(() => '---:').join('|')}|`);
const tops = [];
for (const [name, input] of Object.entries(INPUTS)) {
  for (let i = 0; i < 20000; i++) m.checkReferral(input);
  await session.post('Profiler.start');
  let calls = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < SECONDS * 1000) {
    for (let i = 0; i < 1000; i++) m.checkReferral(input);
    calls += 1000;
  }
  const elapsed = performance.now() - t0;
  const { profile } = await session.post('Profiler.stop');

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const bucketOf = new Map();
  const classify = (id) => {
    if (bucketOf.has(id)) return bucketOf.get(id);
    const f = byId.get(id).callFrame;
    let b;
    if (f.functionName === 'encode' || f.functionName === 'decode') b = f.functionName;
    else {
      const up = parent.has(id) ? classify(parent.get(id)) : null;
      if (up === 'encode' || up === 'decode') b = up;
      else if (f.functionName === '(garbage collector)') b = 'GC';
      else if (f.url.startsWith('wasm://') || /^\$|^wasm-function/.test(f.functionName)) b = 'wasm';
      else if (f.functionName === '(program)' || f.functionName === '(idle)' || f.functionName === '(root)') b = null;
      else b = 'glue';
    }
    bucketOf.set(id, b);
    return b;
  };
  const counts = Object.fromEntries(BUCKETS.map((b) => [b, 0]));
  let total = 0;
  for (const id of profile.samples) {
    const b = classify(id);
    if (!b) continue;
    counts[b]++;
    total++;
  }
  const pct = BUCKETS.map((b) => ((counts[b] / total) * 100).toFixed(0));
  console.log(`| ${name} | ${((elapsed * 1000) / calls).toFixed(2)} | ${pct.join(' | ')} |`);
  // The functions with the most samples of their own, so a renamed `encode` or `decode` shows.
  const self = new Map();
  for (const id of profile.samples) {
    const f = byId.get(id).callFrame;
    if (!classify(id)) continue;
    const label = f.url.startsWith('wasm://') ? '(wasm)' : f.functionName || '(anonymous)';
    self.set(label, (self.get(label) ?? 0) + 1);
  }
  tops.push(`${name}: ${[...self].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([f, n]) => `${f} ${((n / total) * 100).toFixed(0)} %`).join(', ')}`);
}
session.disconnect();
console.log(`\nMost samples of their own:\n${tops.join('\n')}`);
