// The package in headless Chromium, run by `make bench`. Two measurements:
//
// - Cold start in parts, timed by the page itself with `performance.now()`: importing the glue
//   (`mestring.js`), fetching the wasm bytes, `WebAssembly.compile` on them, instantiating
//   (`initSync({ module })`) and the first `checkReferral`; and, as a page would do it, the
//   package's default init (`instantiateStreaming`: fetch, compile and instantiate in one) and
//   the first check. Each in 15 fresh browser contexts (empty HTTP cache: "cold"), and in each
//   context the same page a second time ("warm": the package is served with
//   `Cache-Control: max-age`, so the second load takes it from the context's HTTP cache without a
//   request; the server counts the requests to prove it).
// - The time from an `input` event to the updated DOM on the demo portal (the glue validates and
//   renders synchronously in the event handler), 500 events.
//
// Writes its figures to target/bench/browser.json for targets.mjs.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

const root = join(fileURLToPath(import.meta.url), '..', '..', '..');
const CONTEXTS = Number(process.env.BENCH_CONTEXTS ?? 15);
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const median = (xs) => quantile(xs, 0.5);

// The page that times the steps. `?mode=parts` or `?mode=default`.
const COLD_JS = `
const input = {
  referenceDate: '2027-01-04',
  citizen: { birthDate: '1999-03-15', benefit: 'kontanthjaelp', visitationCategory: 'aktivitetsparat' },
  barriers: [{ kind: 'anxiety', severity: 'mild' }],
  openToGroupWork: true,
  canDescribeOwnBarriers: true,
  substanceAbuse: { present: true, inTreatment: true, treatmentStart: '2026-10-01', treatmentEnd: null, lastUse: '2026-11-20' },
};
const mode = new URLSearchParams(location.search).get('mode');
const t = [['start', performance.now()]];
const mark = (name) => t.push([name, performance.now()]);
const m = await import('/pkg/mestring.js');
mark('glue');
if (mode === 'parts') {
  const response = await fetch('/pkg/mestring_bg.wasm');
  const bytes = await response.arrayBuffer();
  mark('fetch');
  const module = await WebAssembly.compile(bytes);
  mark('compile');
  m.initSync({ module });
  mark('instantiate');
} else {
  await m.default();
  mark('init');
}
const result = m.checkReferral(input);
mark('check');
const steps = {};
for (let i = 1; i < t.length; i++) steps[t[i][0]] = t[i][1] - t[i - 1][1];
steps.total = t[t.length - 1][1] - t[0][1];
steps.sinceNavigation = t[t.length - 1][1];
const sizes = Object.fromEntries(performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, e.transferSize]));
window.__cold = { steps, outcome: result.outcome, transferSizes: sizes };
`;

// A server for the cold start: the package with a long max-age, the same CSP as the portal.
const requests = {};
const coldServer = createServer((req, res) => {
  const path = req.url.split('?')[0];
  requests[path] = (requests[path] ?? 0) + 1;
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; base-uri 'none'";
  const send = (type, body, cache) => {
    res.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': csp, 'Cache-Control': cache });
    res.end(body);
  };
  if (path === '/cold.html') return send('text/html; charset=utf-8', '<!doctype html><html lang="da"><meta charset="utf-8"><title>cold start</title><script type="module" src="/cold.js"></script></html>', 'no-store');
  if (path === '/cold.js') return send('text/javascript; charset=utf-8', COLD_JS, 'no-store');
  if (path === '/pkg/mestring.js') return send('text/javascript; charset=utf-8', readFileSync(join(root, 'pkg', 'mestring.js')), 'public, max-age=3600');
  if (path === '/pkg/mestring_bg.wasm') return send('application/wasm', readFileSync(join(root, 'pkg', 'mestring_bg.wasm')), 'public, max-age=3600');
  res.writeHead(404).end();
});
await new Promise((ok) => coldServer.listen(0, '127.0.0.1', ok));
const coldBase = `http://127.0.0.1:${coldServer.address().port}/`;

const loadBefore = loadavg();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function load(page, mode) {
  await page.goto(`${coldBase}cold.html?mode=${mode}`);
  const handle = await page.waitForFunction(() => window.__cold, null, { timeout: 30_000 });
  return handle.jsonValue();
}

// Cold start: for each mode, CONTEXTS fresh contexts, each loading the page twice.
const cold = {};
const warmFromCache = {};
for (const mode of ['parts', 'default']) {
  cold[mode] = { cold: [], warm: [] };
  warmFromCache[mode] = 0;
  for (let i = 0; i < CONTEXTS; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const first = await load(page, mode);
    const wasmRequests = requests['/pkg/mestring_bg.wasm'] ?? 0;
    const second = await load(page, mode);
    if (first.outcome !== 'eligible' || second.outcome !== 'eligible') throw new Error(`browser: the first check answered ${first.outcome}, ${second.outcome}`);
    // Warm means the wasm came from the HTTP cache: no request reached the server.
    if ((requests['/pkg/mestring_bg.wasm'] ?? 0) === wasmRequests && second.transferSizes['/pkg/mestring_bg.wasm'] === 0) warmFromCache[mode]++;
    cold[mode].cold.push(first.steps);
    cold[mode].warm.push(second.steps);
    await context.close();
  }
}
const medians = {};
for (const [mode, runs] of Object.entries(cold)) {
  for (const [cache, list] of Object.entries(runs)) {
    const m = {};
    for (const step of Object.keys(list[0])) m[step] = median(list.map((s) => s[step]));
    if (mode === 'parts') m.instantiateAndCheck = median(list.map((s) => s.instantiate + s.check));
    else m.initAndCheck = median(list.map((s) => s.init + s.check));
    m.worstTotal = Math.max(...list.map((s) => s.total));
    (medians[mode] ??= {})[cache] = m;
  }
}

// Input to DOM on the referral form with the glue attached (the demo portal).
const server = await serve({ host: '127.0.0.1', port: 0 });
const base = `http://127.0.0.1:${server.address().port}/`;
const context = await browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
await page.goto(base + 'index.html');
await page.waitForFunction(() => document.getElementById('referral').noValidate === true);
const toDom = await page.evaluate(() => {
  const el = document.getElementById('cpr');
  const status = document.querySelector('[data-mestring-status]');
  const values = ['150399-1000', '15039', '150399-100', '1503991000'];
  const times = [];
  for (let i = 0; i < 600; i++) {
    const before = status.textContent;
    const t0 = performance.now();
    el.value = values[i % values.length];
    el.dispatchEvent(new Event('input', { bubbles: true }));
    void status.textContent; // the DOM is updated by now
    times.push(performance.now() - t0);
    if (i === 0 && before === undefined) throw new Error('no status region');
  }
  return times.slice(100);
});
await context.close();
const chromiumVersion = browser.version();
await browser.close();
server.close();
coldServer.close();

const ms = (x) => (x === undefined ? '' : x.toFixed(1)).padStart(9);
console.log(`\nChromium ${chromiumVersion} (headless), cold start in parts: milliseconds, median of ${CONTEXTS} fresh contexts`);
console.log(`  ("warm": the same context loads the page again; the package from the HTTP cache in ${warmFromCache.parts} + ${warmFromCache.default} of ${2 * CONTEXTS} loads)`);
console.log(`  ${'HTTP cache'.padEnd(32)}${'glue'.padStart(9)}${'fetch'.padStart(9)}${'compile'.padStart(9)}${'instant.'.padStart(9)}${'init'.padStart(9)}${'1st check'.padStart(10)}${'total'.padStart(9)}${'worst'.padStart(9)}`);
for (const [mode, label] of [['parts', 'compile on the bytes'], ['default', 'default init (streaming)']]) {
  for (const cache of ['cold', 'warm']) {
    const m = medians[mode][cache];
    console.log(`  ${`${label}, ${cache}`.padEnd(32)}${ms(m.glue)}${ms(m.fetch)}${ms(m.compile)}${ms(m.instantiate)}${ms(m.init)}${ms(m.check).padStart(10)}${ms(m.total)}${ms(m.worstTotal)}`);
  }
}
console.log(`  instantiate + first check, bytes cached: median ${medians.parts.warm.instantiateAndCheck.toFixed(1)} ms (cold cache ${medians.parts.cold.instantiateAndCheck.toFixed(1)} ms)`);
console.log(`  (performance.now() in a page that is not cross-origin isolated has a resolution of 0.1 ms)`);
console.log(`\nChromium, the demo portal: input event to updated DOM: median ${(median(toDom) * 1000).toFixed(0)} µs, p99 ${(quantile(toDom, 0.99) * 1000).toFixed(0)} µs (${toDom.length} events)`);

const out = process.env.BENCH_OUT ?? join(root, 'target', 'bench');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'browser.json'),
  JSON.stringify(
    {
      run: process.env.BENCH_RUN ?? null,
      chromium: chromiumVersion,
      contexts: CONTEXTS,
      loadavg: { before: loadBefore, after: loadavg() },
      coldStart: medians,
      warmFromCache,
      runs: cold,
      inputToDom: { medianMs: median(toDom), p99Ms: quantile(toDom, 0.99), events: toDom.length },
    },
    null,
    1,
  ) + '\n',
);
