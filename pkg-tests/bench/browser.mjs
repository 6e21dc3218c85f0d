// The same check in headless Chromium, through the demo portal: cold start (fetch, instantiate,
// first check, with an empty cache) and the time from an `input` event to the updated DOM
// (the glue validates and renders synchronously in the event handler). Run by `make bench`.
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

const server = await serve({ host: '127.0.0.1', port: 0 });
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

// Cold start: a fresh context each time (empty HTTP cache), timed inside the page.
const cold = [];
for (let i = 0; i < 15; i++) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(base + 'favicon.svg');
  cold.push(await page.evaluate(async () => {
    const t0 = performance.now();
    const m = await import('/pkg/mestring.js');
    await m.default();
    m.checkReferral({ referenceDate: '2027-01-04', citizen: { birthDate: '1999-03-15' } });
    return performance.now() - t0;
  }));
  await context.close();
}

// Input to DOM on the referral form with the glue attached.
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
await browser.close();
server.close();

console.log(`\nChromium (headless, the demo portal)`);
console.log(`  cold start (fetch, instantiate, first check): median ${quantile(cold, 0.5).toFixed(1)} ms, worst ${Math.max(...cold).toFixed(1)} ms (${cold.length} fresh contexts)`);
console.log(`  input event to updated DOM: median ${(quantile(toDom, 0.5) * 1000).toFixed(0)} µs, p99 ${(quantile(toDom, 0.99) * 1000).toFixed(0)} µs (${toDom.length} events)`);
