// A hostile page in a real browser (Debian's Chromium driven by playwright-core, as in
// demo.test.js): the demo's referral form (`data-mestring-block`) after the page has made
// thousands of calls that met its own throwing setters, a broken built-in and the end of the
// JavaScript stack. The module must still answer, and the form must still refuse to post an
// invalid CPR number and an empty required field.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve } from '../../../scripts/serve.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
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

/** What the page does to itself, with the package the form uses (the same module instance). */
async function abuse(page) {
  return page.evaluate(async () => {
    const mestring = await import('/pkg/mestring.js');
    const input = { referenceDate: '2027-01-04', citizen: { birthDate: '1999-03-15', benefit: 'kontanthjaelp' }, barriers: [{ kind: 'anxiety', severity: 'mild' }] };
    const expected = JSON.stringify(mestring.checkReferral(input));
    const counts = { answered: 0, wrong: 0, pageErrors: 0, overflowed: 0, setterCalls: 0 };
    const answer = () => {
      if (JSON.stringify(mestring.checkReferral(input)) === expected) counts.answered++;
      else counts.wrong++;
    };
    // 1. Throwing setters on Object.prototype for the result's keys, 5 000 calls.
    const keys = ['outcome', 'criteria', 'findings', 'status', 'rule', 'field', 'message', 'severity', '0'];
    for (const key of keys) {
      Object.defineProperty(Object.prototype, key, { configurable: true, set() { counts.setterCalls++; throw new Error(`page setter ${key}`); } });
    }
    try {
      for (let i = 0; i < 5000; i++) {
        try {
          answer();
        } catch {
          counts.wrong++;
        }
      }
    } finally {
      for (const key of keys) delete Object.prototype[key];
    }
    // 2. A built-in the binding uses, broken for 2 500 calls: each throws the page's error.
    const slice = String.prototype.slice;
    String.prototype.slice = () => {
      throw new TypeError('page broke slice');
    };
    try {
      for (let i = 0; i < 2500; i++) {
        try {
          answer();
        } catch (e) {
          if (e.message === 'page broke slice') counts.pageErrors++;
          else counts.wrong++;
        }
      }
    } finally {
      String.prototype.slice = slice;
    }
    // 3. Calls near the end of the stack: 50 at each level on the way back from the deepest,
    //    until 100 levels after the first that had room.
    let bottom = false;
    let past = -1;
    const descend = () => {
      try {
        descend();
      } catch {
        bottom = true;
      }
      if (bottom && past < 100) {
        if (past >= 0) past++;
        for (let i = 0; i < 50; i++) {
          try {
            answer();
            if (past < 0) past = 0;
          } catch (e) {
            if (e instanceof RangeError) counts.overflowed++;
            else counts.wrong++;
          }
        }
      }
    };
    descend();
    counts.after = JSON.stringify(mestring.checkReferral(input)) === expected;
    return counts;
  });
}

test('after thousands of calls that met the page\'s errors, the form with data-mestring-block still refuses an invalid form', async () => {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const posts = [];
  page.on('request', (r) => {
    if (r.method() === 'POST') posts.push(r.url());
  });
  await page.goto(base + 'index.html');
  await page.waitForFunction(() => document.querySelector('form[data-mestring]')?.noValidate === true);

  const counts = await abuse(page);
  assert.equal(counts.wrong, 0, JSON.stringify(counts));
  assert.equal(counts.setterCalls, 0, 'no page setter was called');
  assert.equal(counts.pageErrors, 2500);
  assert.ok(counts.answered > 5000 && counts.overflowed > 100, JSON.stringify(counts));
  assert.equal(counts.after, true);

  // An invalid CPR number, a required field left empty: submit must not post.
  await page.fill('#referenceDate', '2027-01-04');
  await page.fill('#cpr', '150399-10');
  await page.selectOption('#barrierKind', 'anxiety');
  await page.check('#openToGroupWork-ja');
  await page.click('button[type=submit]');
  await page.waitForTimeout(300);
  assert.deepEqual(posts, [], 'the invalid form was not posted');
  assert.equal(page.url(), base + 'index.html');
  assert.equal(await page.locator('[data-mestring-summary]').isVisible(), true, 'the summary shows the problems');
  assert.ok((await page.locator('[data-mestring-summary] a').count()) >= 2);

  // And a valid one still goes through.
  await page.fill('#cpr', '150399-1000');
  await page.selectOption('#benefit', 'kontanthjaelp');
  await page.selectOption('#barrierSeverity', 'mild');
  await page.check('#canDescribeOwnBarriers-ja');
  await page.check('#abusePresent-nej');
  const [response] = await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  assert.equal(response.status(), 200);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a page that replaces Event.prototype.preventDefault after the module loaded cannot post an invalid form', async () => {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  const page = await context.newPage();
  const posts = [];
  page.on('request', (r) => {
    if (r.method() === 'POST') posts.push(r.url());
  });
  await page.goto(base + 'index.html');
  await page.waitForFunction(() => document.querySelector('form[data-mestring]')?.noValidate === true);
  await page.evaluate(() => {
    Event.prototype.preventDefault = function () {};
    Event.prototype.stopImmediatePropagation = function () {};
  });
  await page.fill('#referenceDate', '2027-01-04');
  await page.fill('#cpr', '150399-10');
  await page.click('button[type=submit]');
  await page.waitForTimeout(300);
  assert.deepEqual(posts, [], 'the invalid form was not posted');
  assert.equal(page.url(), base + 'index.html');
  assert.equal(await page.locator('[data-mestring-summary]').isVisible(), true);
  await context.close();
});
