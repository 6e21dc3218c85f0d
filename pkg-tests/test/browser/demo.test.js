// The demo portal in a real browser (Debian's Chromium driven by playwright-core): typing into
// the referral form shows the outcome live, under the demo's CSP, with no request elsewhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve } from '../../../scripts/serve.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
// launch() gives every run a fresh, throw-away profile.
let server, browser, base;

before(async () => {
  server = await serve({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function openDemo() {
  const page = await browser.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(base);
  await page.waitForFunction(() => document.getElementById('referral').noValidate === true);
  return { page, problems, requests };
}

test('typing into the referral form shows the outcome live', async () => {
  const { page, problems, requests } = await openDemo();
  const status = page.locator('#status');
  await assert.doesNotReject(status.waitFor());
  assert.match(await status.textContent(), /mangler oplysninger/i);

  await page.fill('#referenceDate', '2027-01-04');
  await page.fill('#cpr', '150399-1000');
  await page.selectOption('#benefit', 'kontanthjaelp');
  await page.selectOption('#barrierKind', 'anxiety');
  await page.selectOption('#barrierSeverity', 'mild');
  await page.check('input[name=openToGroupWork][value=true]');
  await page.check('input[name=canDescribeOwnBarriers][value=true]');
  assert.match(await status.textContent(), /mangler oplysninger til 2 kriterier/);
  await page.check('input[name=abusePresent][value=false]');
  assert.equal(await status.textContent(), 'Borgeren er i målgruppen.');

  // Abuse with last use 20 December 2026: eligible from 20 January 2027.
  await page.check('input[name=abusePresent][value=true]');
  await page.check('input[name=inTreatment][value=true]');
  await page.fill('#treatmentStart', '2026-10-01');
  await page.fill('#lastUse', '2026-12-20');
  assert.equal(await status.textContent(), 'Borgeren er ikke i målgruppen endnu, men vil være det fra 20. januar 2027.');
  assert.match(await page.locator('#findings').textContent(), /Kilde: Inspirationskatalog/);

  // No CPR number anywhere it could leak, and no request to another origin.
  const origin = new URL(base).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), []);
  assert.ok(!page.url().includes('150399'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('a field error shows after the field is left, with aria-invalid and aria-describedby', async () => {
  const { page } = await openDemo();
  await page.fill('#referenceDate', '2027-01-04');
  await page.fill('#cpr', '15039');
  assert.equal(await page.locator('#cpr-error').count(), 0, 'no error while typing');
  await page.locator('#cpr').blur();
  assert.match(await page.locator('#cpr-error').textContent(), /Fejl: Indtast cpr-nummeret med 10 cifre/);
  assert.equal(await page.getAttribute('#cpr', 'aria-invalid'), 'true');
  assert.equal(await page.getAttribute('#cpr', 'aria-describedby'), 'cpr-hint cpr-error');
  await page.fill('#cpr', '150399-1000');
  assert.equal(await page.locator('#cpr-error').count(), 0, 'cleared when fixed');
  assert.equal(await page.getAttribute('#cpr', 'aria-describedby'), 'cpr-hint');
  await page.close();
});
