// Regressions found by testing the demo portal by hand: each test failed before its fix.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve } from '../../../scripts/serve.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
let server, browser, base;

before(async () => {
  server = await serve({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function open(path, height = 900) {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block', viewport: { width: 1280, height } });
  const page = await context.newPage();
  const posts = [];
  page.on('request', (r) => r.method() === 'POST' && posts.push(r.url()));
  await page.goto(base + path);
  await page.waitForFunction(() => document.querySelector('form[data-mestring]')?.noValidate === true);
  return { context, page, posts };
}

test('a referral without barriers is not sent: the blank barrier row is no barrier, and the message stands at it', async () => {
  const { context, page, posts } = await open('index.html');
  await page.fill('#referenceDate', '2027-01-04');
  await page.fill('#cpr', '150399-1000');
  await page.selectOption('#benefit', 'kontanthjaelp');
  await page.check('#openToGroupWork-ja');
  await page.check('#canDescribeOwnBarriers-ja');
  await page.check('#abusePresent-nej');
  const input = await page.evaluate(async () => (await import('/pkg/mestring-forms.js')).readForm(document.querySelector('form')));
  assert.equal('barriers' in input, false, JSON.stringify(input.barriers));
  await page.click('button[type=submit]');
  await page.waitForTimeout(300);
  assert.deepEqual(posts, [], 'the form was sent');
  assert.match(page.url(), /index\.html$/);
  const summary = page.locator('[data-mestring-summary]');
  assert.equal(await summary.isVisible(), true);
  const link = summary.locator('a', { hasText: /barrier/i });
  assert.equal(await link.count(), 1, await summary.textContent());
  assert.equal(await link.getAttribute('href'), '#barrierKind');
  assert.equal(await page.getAttribute('#barrierKind', 'aria-invalid'), 'true');
  // Choosing a barrier and its degree makes it complete, and it is sent.
  await page.selectOption('#barrierKind', 'anxiety');
  await page.selectOption('#barrierSeverity', 'mild');
  await Promise.all([page.waitForURL(/modtaget/), page.click('button[type=submit]')]);
  await context.close();
});

test('a click right after leaving a field is not lost when the field\'s message pushes the button down', async () => {
  const { context, page } = await open('mentor.html');
  await page.fill('#contactIntervalDays', '0');
  // Where the caseworker sees the button while still in the field.
  await page.locator('button[type=submit]').scrollIntoViewIfNeeded();
  const box = await page.locator('button[type=submit]').boundingBox();
  assert.ok(box);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(300);
  // The field's own message is shown (after the click), and the click was a submit attempt.
  assert.equal(await page.getAttribute('#contactIntervalDays', 'aria-invalid'), 'true');
  const summary = page.locator('[data-mestring-summary]');
  assert.equal(await summary.count(), 1);
  assert.equal(await summary.isVisible(), true, 'the click on "Gem aftalen" was lost: no submit attempt');
  assert.match(await page.title(), /^Fejl: /);
  await context.close();
});

test('a radio clicked right after leaving a field above it is checked', async () => {
  // A page that is not scrolled: scrolled, the browser's scroll anchoring may hide the jump.
  const { context, page } = await open('index.html', 2000);
  await page.fill('#referenceDate', '2027-01-04');
  await page.fill('#cpr', '15039');
  const box = await page.locator('#openToGroupWork-ja').boundingBox();
  assert.ok(box);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(300);
  assert.equal(await page.isChecked('#openToGroupWork-ja'), true, 'the click on the radio was lost');
  assert.equal(await page.getAttribute('#cpr', 'aria-invalid'), 'true');
  await context.close();
});
