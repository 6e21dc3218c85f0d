// The demo portal in a real browser (Debian's Chromium driven by playwright-core): what a
// caseworker meets. Timing of messages, the error summary, ARIA, axe, privacy, offline use, and
// the form when the wasm cannot load. Screenshots of every page go to docs/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { serve } from '../../../scripts/serve.mjs';
import { root } from '../load.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const CPR = '150399-1000';
const PAGES = ['index.html', 'mentor.html', 'praktik.html', 'plan.html', 'indlejring.html'];
const shots = join(root, 'docs', 'screenshots');
let server, browser, base, origin;
const foreign = [];

before(async () => {
  server = await serve({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${server.address().port}/`;
  origin = new URL(base).origin;
  // launch() gives every run a fresh, throw-away profile.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  mkdirSync(shots, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.close();
  assert.deepEqual(foreign, [], 'requests to another origin');
});

/** A fresh context and page on `path`, with the module ready (unless `ready: false`). */
async function open(path = 'index.html', { ready = true, block, serviceWorkers = 'block', viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers, viewport });
  const page = await context.newPage();
  const console_ = [];
  page.on('console', (m) => console_.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => console_.push(`pageerror: ${e}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  if (block) await page.route(block, (route) => route.abort());
  const response = await page.goto(base + path);
  assert.equal(response.headers()['content-security-policy'], "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
  if (ready) await page.waitForFunction(() => document.querySelector('form[data-mestring]')?.noValidate === true);
  return { context, page, console: console_ };
}

/** `path` after one visit has installed the service worker, with the network then cut off. */
async function offline(path) {
  const opened = await open(path, { serviceWorkers: 'allow' });
  await opened.page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await opened.page.reload();
  await opened.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await opened.context.setOffline(true);
  return opened;
}

const status = (page) => page.locator('[data-mestring-status]').first().textContent();

async function fillEligible(page, { abuse = false } = {}) {
  await page.fill('#referenceDate', '2027-01-04');
  await page.fill('#cpr', CPR);
  await page.selectOption('#benefit', 'kontanthjaelp');
  await page.selectOption('#barrierKind', 'anxiety');
  await page.selectOption('#barrierSeverity', 'mild');
  await page.check('#openToGroupWork-ja');
  await page.check('#canDescribeOwnBarriers-ja');
  await page.check(abuse ? '#abusePresent-ja' : '#abusePresent-nej');
}

test('the criteria list names each criterion as the core\'s catalogue does', async () => {
  const { context, page } = await open();
  await fillEligible(page);
  const rows = await page.locator('#criteria li').evaluateAll((lis) => lis.map((li) => `${li.querySelector('.name')?.textContent}: ${li.querySelector('.state')?.textContent}`));
  assert.deepEqual(rows, ['Alder: Opfyldt', 'Psykiske barrierer: Opfyldt', 'Åbenhed over for gruppearbejde: Opfyldt', 'Evnen til at beskrive egne barrierer: Opfyldt', 'Ydelse: Opfyldt', 'Misbrugsbehandling: Opfyldt', 'Seneste misbrug: Opfyldt']);
  await context.close();
});

test('typing shows the outcome live, and eligibleFrom in words', async () => {
  const { context, page, console: log } = await open();
  // The start date, by its label on this page, is named first: without it nothing can be judged.
  assert.equal(await status(page), 'Der mangler oplysninger om forløbets planlagte start, alder, psykiske barrierer, åbenhed over for gruppearbejde, evnen til at beskrive egne barrierer, ydelse, misbrugsbehandling og seneste misbrug.');
  await page.fill('#referenceDate', '2027-01-04');
  await page.check('#abusePresent-nej');
  assert.match(await status(page), /om alder, psykiske barrierer, .* og ydelse\.$/);
  await fillEligible(page);
  assert.equal(await status(page), 'Borgeren er i målgruppen.');
  await page.check('#abusePresent-ja');
  await page.check('#inTreatment-ja');
  await page.fill('#treatmentStart', '2026-10-01');
  await page.fill('#lastUse', '2026-12-20');
  assert.equal(await status(page), 'Borgeren er ikke i målgruppen endnu, men vil være det fra 20. januar 2027.');
  assert.match(await page.locator('#findings').textContent(), /Kilde: Inspirationskatalog/);
  // A treatment that is booked but not started: the question's hint says to answer ja with its
  // start date, and then the status says from when.
  assert.match(await page.locator('#inTreatment').getAttribute('aria-describedby'), /\binTreatment-hint\b/);
  assert.match(await page.textContent('#inTreatment-hint'), /aftalt og begynder senere/);
  await page.fill('#treatmentStart', '2027-02-01');
  assert.equal(await status(page), 'Borgeren er ikke i målgruppen endnu, men vil være det fra 1. februar 2027.');
  await page.fill('#treatmentStart', '2026-10-01');
  assert.deepEqual(log.filter((l) => /^(error|warning|pageerror)/.test(l) && !l.includes('blocked by Playwright')), []);
  await page.evaluate(() => scrollTo(0, 0)); // the status line is sticky: drawn at the top
  await page.screenshot({ path: join(shots, 'henvisning.png'), fullPage: true });
  await context.close();
});

test('no error while typing; the error after leaving an edited field; cleared the moment it is fixed', async () => {
  const { context, page } = await open();
  await page.fill('#referenceDate', '2027-01-04');
  await page.locator('#cpr').pressSequentially('15039');
  assert.equal(await page.locator('#cpr-error').count(), 0, 'no error while first typing');
  assert.equal(await page.getAttribute('#cpr', 'aria-invalid'), null);
  await page.keyboard.press('Tab');
  assert.equal(await page.locator('#cpr-error').textContent(), 'Fejl: Indtast cpr-nummeret med 10 cifre som DDMMÅÅ-XXXX.');
  assert.equal(await page.locator('#cpr-error .sr-only').textContent(), 'Fejl: ');
  assert.equal(await page.getAttribute('#cpr', 'aria-invalid'), 'true');
  assert.equal(await page.getAttribute('#cpr', 'aria-describedby'), 'cpr-hint cpr-error');
  assert.ok(await page.locator('#cpr').evaluate((el) => el.closest('.form-group').classList.contains('form-error')));
  assert.equal(await page.locator('#cpr').evaluate((el) => el.validationMessage), 'Indtast cpr-nummeret med 10 cifre som DDMMÅÅ-XXXX.');
  // The message stands above the field (DKFDS): before the input in the document.
  assert.ok(await page.locator('#cpr').evaluate((el) => el.previousElementSibling?.id === 'cpr-error'));
  await page.locator('#cpr').focus();
  await page.keyboard.press('End');
  await page.keyboard.type('9-1000');
  assert.equal(await page.inputValue('#cpr'), CPR);
  assert.equal(await page.locator('#cpr-error').count(), 0, 'cleared when fixed');
  assert.equal(await page.getAttribute('#cpr', 'aria-describedby'), 'cpr-hint');
  assert.equal(await page.getAttribute('#cpr', 'aria-invalid'), null);
  // An untouched field never shows an error before submit.
  assert.equal(await page.locator('#birthDate-error').count(), 0);
  await context.close();
});

test('submit shows a summary that takes focus and links to each field; warnings never block', async () => {
  const { context, page } = await open();
  await page.fill('#referenceDate', '2027-01-04');
  await page.click('button[type=submit]');
  const summary = page.locator('[data-mestring-summary]');
  assert.equal(await summary.isVisible(), true);
  assert.equal(await summary.getAttribute('role'), 'alert');
  assert.ok(await summary.evaluate((el) => el === document.activeElement), 'the summary has focus');
  assert.equal(await summary.locator('.alert-heading').textContent(), 'Der er problemer');
  const links = summary.locator('a');
  assert.ok((await links.count()) >= 5);
  assert.equal(page.url(), base + 'index.html', 'no navigation while errors remain');
  // Each message also stands at its field, worded the same.
  const first = await links.first().textContent();
  assert.match(await page.locator('.form-error-message').first().textContent(), new RegExp(first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  // A radio group's message stands right after its legend.
  assert.ok(await page.locator('#openToGroupWork').evaluate((f) => f.querySelector('legend').nextElementSibling?.id === 'openToGroupWork-error'));
  for (const i of [0, 1]) {
    const href = await links.nth(i).getAttribute('href');
    await links.nth(i).click();
    assert.equal('#' + (await page.evaluate(() => document.activeElement.id)), href, 'a link moves focus to its field');
  }
  // Fixing everything empties the summary; a warning (jobparat) does not block the submit.
  await fillEligible(page);
  await page.selectOption('#visitationCategory', 'jobparat');
  assert.equal(await summary.isVisible(), false);
  const [response] = await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  assert.equal(response.status(), 200);
  assert.match(await page.textContent('h1'), /modtaget/);
  assert.ok(!page.url().includes('1503'), 'no CPR number in the URL');
  await context.close();
});

test('English texts, and a field added after attach works (event delegation)', async () => {
  const { context, page } = await open('indlejring.html');
  await page.evaluate(async () => {
    const { attach } = await import('/pkg/mestring-forms.js');
    const form = document.createElement('form');
    form.id = 'late';
    form.innerHTML = '<div class="form-group"><label class="form-label" for="late-start">Start</label><input class="form-input" id="late-start" type="date" data-mestring-path="referenceDate"></div><button>Send</button>';
    document.querySelector('main').append(form);
    await attach(form, { check: 'referral', lang: 'en' });
    // A field the portal adds afterwards.
    const group = document.createElement('div');
    group.className = 'form-group';
    group.innerHTML = '<label class="form-label" for="late-cpr">CPR</label><input class="form-input" id="late-cpr" data-mestring-path="citizen.cpr">';
    form.prepend(group);
  });
  await page.fill('#late-start', '2027-01-04');
  await page.fill('#late-cpr', '123');
  await page.locator('#late-cpr').blur();
  assert.equal(await page.locator('#late-cpr-error').textContent(), 'Error: Enter the CPR number as 10 digits, DDMMYY-XXXX.');
  await context.close();
});

test('keyboard only: the referral form can be completed and sent without a mouse', async () => {
  const { context, page } = await open();
  // Tab as a keyboard user does until the field has focus (a date input has a stop per part).
  const tabTo = async (id) => {
    for (let i = 0; i < 8; i++) {
      if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
      await page.keyboard.press('Tab');
    }
    assert.fail(`${id} cannot be reached with Tab`);
  };
  await page.keyboard.press('Tab'); // the skip link comes first
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skipnav');
  await page.focus('#referenceDate');
  await page.keyboard.type('01042027');
  await tabTo('cpr');
  await page.keyboard.type(CPR);
  await tabTo('benefit');
  await page.keyboard.type('Kontant'); // a select chooses by typing
  await tabTo('barrierKind');
  await page.keyboard.type('Angst');
  await tabTo('barrierSeverity');
  await page.keyboard.type('Let');
  for (const group of ['openToGroupWork', 'canDescribeOwnBarriers']) {
    await tabTo(`${group}-ja`); // into the radio group
    await page.keyboard.press('Space');
  }
  await tabTo('abusePresent-ja');
  await page.keyboard.press('ArrowDown'); // Nej: no abuse
  assert.equal(await page.evaluate(() => document.activeElement.id), 'abusePresent-nej');
  assert.equal(await page.inputValue('#referenceDate'), '2027-01-04');
  assert.equal(await status(page), 'Borgeren er i målgruppen.');
  await page.focus('button[type=submit]');
  // The page posts the form itself (so that nothing is lost offline), then opens the server's
  // confirmation page (post/redirect/get).
  const [request] = await Promise.all([page.waitForRequest((r) => r.method() === 'POST'), page.keyboard.press('Enter')]);
  assert.equal(new URL(request.url()).pathname, '/modtaget');
  await page.waitForURL(/modtaget$/);
  assert.equal(await page.textContent('h1'), 'Henvisningen er modtaget');
  await context.close();
});

test('every page has zero axe violations, before and after errors are shown', async () => {
  for (const path of PAGES) {
    const { context, page } = await open(path, { ready: path !== 'plan.html' });
    if (path === 'plan.html') await page.waitForSelector('#timeline svg');
    let results = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(results.violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`), []);
    if (path !== 'plan.html') {
      await page.click('form[data-mestring] button');
      results = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(results.violations.map((v) => `${path} after submit: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`), []);
    }
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: join(shots, path.replace('.html', '.png')), fullPage: true });
    await context.close();
  }
});

test('the plan page draws the timeline without teaching days on the Easter days', async () => {
  const { context, page } = await open('plan.html', { ready: false });
  await page.waitForSelector('#timeline svg');
  // Two weeks' preparation: the teaching weeks then hold the Easter days of 2027.
  await page.fill('#preparation', '2');
  assert.match(await page.textContent('#plan-status'), /18 uger fra 1\. marts 2027/);
  assert.match(await page.locator('#timeline svg desc').textContent(), /Forberedelse 2 uger, Undervisning 4 uger/);
  assert.ok((await page.locator('#timeline .teaching-day').count()) > 20);
  assert.match(await page.textContent('#findings'), /skærtorsdag/);
  await context.close();
});

test('no CPR number in the URL, the console, cookies, localStorage, sessionStorage, IndexedDB or caches', async () => {
  const { context, page, console: log } = await open('index.html', { serviceWorkers: 'allow' });
  await fillEligible(page);
  await page.fill('#cpr', '15039910');
  await page.keyboard.press('Tab');
  await page.fill('#cpr', CPR);
  // The page posts the form itself, then opens the confirmation page.
  await Promise.all([page.waitForURL(/modtaget/), page.click('button[type=submit]')]);
  await page.waitForLoadState();
  const digits = CPR.replace('-', '');
  const stored = await page.evaluate(async () => {
    const dbs = indexedDB.databases ? await indexedDB.databases() : [];
    const cached = [];
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys()) cached.push(req.url);
    }
    return { local: JSON.stringify({ ...localStorage }), session: JSON.stringify({ ...sessionStorage }), dbs: dbs.map((d) => d.name), cached, cookie: document.cookie };
  });
  const everything = JSON.stringify({ url: page.url(), log, cookies: await context.cookies(), ...stored });
  assert.ok(!everything.includes(CPR) && !everything.includes(digits) && !everything.includes('15039910'), everything);
  assert.deepEqual(stored.dbs, []);
  assert.equal(stored.local, '{}');
  assert.equal(stored.session, '{}');
  await context.close();
});

test('after one visit, an offline reload still validates', async () => {
  const { context, page } = await offline('index.html');
  await page.reload();
  await page.waitForFunction(() => document.querySelector('form[data-mestring]')?.noValidate === true);
  await page.fill('#referenceDate', '2027-01-04');
  await page.fill('#cpr', '15039');
  await page.keyboard.press('Tab');
  assert.match(await page.locator('#cpr-error').textContent(), /10 cifre/);
  await page.goto(base + 'praktik.html');
  await page.waitForFunction(() => document.querySelector('form[data-mestring]')?.noValidate === true);
  await context.close();
});

test('with the wasm blocked the form keeps native validation, says so quietly, and submits every value', async () => {
  const { context, page } = await open('index.html', { ready: false, block: '**/*.wasm' });
  await page.waitForSelector('[data-mestring-notice]:not([hidden])');
  assert.match(await page.textContent('[data-mestring-notice]'), /kunne ikke indlæses/);
  assert.equal(await page.evaluate(() => document.getElementById('referral').noValidate), false);
  // Native validation still guards the required fields.
  await page.click('button[type=submit]');
  assert.equal(page.url(), base + 'index.html');
  await fillEligible(page, { abuse: true });
  await page.check('#inTreatment-ja');
  await page.fill('#treatmentStart', '2026-10-01');
  await page.fill('#lastUse', '2026-11-20');
  await page.selectOption('#visitationCategory', 'aktivitetsparat');
  const [request] = await Promise.all([page.waitForRequest((r) => r.method() === 'POST'), page.click('button[type=submit]')]);
  const sent = new URLSearchParams(request.postData());
  assert.deepEqual(Object.fromEntries(sent), {
    referenceDate: '2027-01-04', cpr: CPR, birthDate: '', benefit: 'kontanthjaelp', visitationCategory: 'aktivitetsparat',
    barrierKind: 'anxiety', barrierSeverity: 'mild', openToGroupWork: 'true', canDescribeOwnBarriers: 'true',
    abusePresent: 'true', inTreatment: 'true', treatmentStart: '2026-10-01', treatmentEnd: '', lastUse: '2026-11-20',
  });
  await context.close();
});

test('the README example (the embed page) runs under the demo CSP: a date in parts, ja/nej, native e-mail check', async () => {
  const { context, page, console: log } = await open('indlejring.html');
  await page.fill('#embed-cpr', CPR);
  await page.fill('#embed-start-dag', '4');
  await page.fill('#embed-start-maaned', '1');
  await page.fill('#embed-start-aar', '2027');
  await page.check('#embed-open-ja');
  const input = await page.evaluate(async () => (await import('/pkg/mestring-forms.js')).readForm(document.getElementById('embedded')));
  assert.deepEqual(input, { citizen: { cpr: CPR }, referenceDate: '2027-01-04', openToGroupWork: true });
  // The example asks for what it has fields for (data-mestring-present-only): its status names
  // nothing it does not ask (it listed barriers, benefit and abuse, which it has no fields for).
  assert.equal(await page.textContent('[data-mestring-status][data-mestring-for="embedded"]'), 'Det, formularen spørger om, er udfyldt. Resten af målgruppen vurderes, når henvisningen er udfyldt.');
  await page.click('#embedded button');
  assert.equal(page.url(), base + 'indlejring.html', 'not sent while the e-mail is empty');
  assert.match(await page.textContent('[data-mestring-summary]'), /Din e-mail/);
  // With data-mestring-present-only, the questions the example lacks do not block it.
  await page.fill('#embed-email', 'sagsbehandler@example.dk');
  await Promise.all([page.waitForURL(/modtaget/), page.click('#embedded button')]);
  assert.deepEqual(log.filter((l) => /^(error|pageerror)/.test(l) || /Content Security Policy/.test(l)), []);
  await context.close();
});

test('typing in one field shows no new error on another, finished field until the first is left', async () => {
  const { context, page } = await open();
  await page.fill('#referenceDate', '2027-01-04');
  await page.fill('#cpr', CPR);
  await page.locator('#cpr').blur();
  // A birth date that contradicts the CPR number: the error is the CPR field's (cpr.mismatch).
  await page.fill('#birthDate', '2000-01-01');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'birthDate');
  assert.equal(await page.locator('#cpr-error').count(), 0, 'no error on the finished field while the other is typed');
  await page.locator('#birthDate').blur();
  assert.match(await page.locator('#cpr-error').textContent(), /^Fejl: /);
  // And it clears at once when the cause is removed, even while typing.
  await page.fill('#birthDate', '');
  assert.equal(await page.locator('#cpr-error').count(), 0);
  await context.close();
});

test('the internship page has the fields its length rules ask for: the assessment, a further period, no work experience', async () => {
  const { context, page, console: log } = await open('praktik.html');
  const findings = () => page.locator('#findings').textContent();
  await page.fill('#madeOn', '2027-01-04');
  await page.selectOption('#category', 'aktivitetsparat');
  await page.fill('#start', '2027-01-04');
  // 21 weeks: over the 13-week limit, so a concrete assessment is asked for, and there is a field for it.
  await page.fill('#end', '2027-05-30');
  await page.locator('#end').blur();
  assert.match(await findings(), /Skriv vurderingen/);
  await page.fill('#extensionJustification', 'Borgeren har brug for længere tid i virksomheden.');
  await page.locator('#extensionJustification').blur();
  assert.doesNotMatch(await findings(), /Skriv vurderingen|konkret vurdering|yderligere forlængelse/i);
  // 35 weeks: beyond 26 weeks only with a further period and its justification.
  await page.fill('#end', '2027-09-05');
  await page.locator('#end').blur();
  assert.match(await findings(), /kan højst vare 26 uger/);
  await page.fill('#furtherWeeks', '9');
  await page.fill('#furtherJustification', 'Et helt særligt behov: se journalen.');
  await page.locator('#furtherJustification').blur();
  assert.doesNotMatch(await findings(), /kan højst vare|yderligere forlængelse/);
  // Emptying the further period again sends no half row: the length error comes back, no "missing" error on the row.
  await page.fill('#furtherWeeks', '');
  await page.fill('#furtherJustification', '');
  await page.locator('#furtherJustification').blur();
  assert.match(await findings(), /kan højst vare 26 uger/);
  assert.doesNotMatch(await findings(), /Skriv begrundelsen|Angiv, hvor mange uger/);
  // A job-ready citizen: 8 weeks is over that group's limit unless the citizen has no work experience.
  await page.selectOption('#category', 'jobparat');
  await page.fill('#end', '2027-02-28');
  await page.locator('#end').blur();
  assert.match(await findings(), /kan ikke forlænges/);
  await page.check('#withoutWorkExperience');
  assert.doesNotMatch(await findings(), /kan ikke forlænges|Skriv vurderingen/);
  assert.deepEqual(log.filter((l) => /^(error|pageerror)/.test(l)), []);
  await context.close();
});

test('the plan page says what an empty week field means, and has the fields its findings ask for', async () => {
  const { context, page, console: log } = await open('plan.html', { ready: false });
  await page.waitForSelector('#timeline svg');
  // An emptied preparation field is the profile's default, said next to the field.
  await page.fill('#preparation', '');
  assert.equal(await page.textContent('#preparation-hint'), 'Tomt felt: profilens standard, 4 uger.');
  assert.match(await page.textContent('#plan-status'), /^20 uger fra 1\. marts 2027/);
  await page.selectOption('#profile', 'playbook');
  assert.equal(await page.textContent('#teaching-hint'), 'Tomt felt: profilens standard, 2 uger.');
  await page.selectOption('#profile', 'recommended');
  // A 16-week internship needs a concrete assessment, which has a field; so has the agreement date.
  await page.fill('#internship', '16');
  assert.match(await page.textContent('#findings'), /Ud over 13 uger kræver den en konkret vurdering/);
  assert.match(await page.textContent('#findings'), /Angiv, hvornår praktikaftalen er indgået/);
  await page.fill('#assessment', 'Borgeren har brug for længere tid i praktikken.');
  await page.fill('#agreementDate', '2027-02-15');
  assert.doesNotMatch(await page.textContent('#findings'), /konkret vurdering|praktikaftalen er indgået/);
  // 0 weeks is sent, not taken for "empty", and refused on its field: the finding names the
  // field and links to it, the field is marked, the plan keeps the profile's teaching weeks.
  await page.fill('#teaching', '0');
  const finding = page.locator('#findings li', { hasText: 'Indtast et helt tal fra 1 til 104' });
  assert.equal(await finding.count(), 1, await page.textContent('#findings'));
  assert.equal(await finding.locator('a').textContent(), 'Ugers undervisning');
  assert.equal(await finding.locator('a').getAttribute('href'), '#teaching');
  assert.equal(await page.getAttribute('#teaching', 'aria-invalid'), 'true');
  assert.doesNotMatch(await page.textContent('#findings'), /rækkefølgen/);
  assert.match(await page.locator('#timeline svg desc').textContent(), /Undervisning 4 uger/);
  await page.fill('#teaching', '3');
  assert.equal(await page.getAttribute('#teaching', 'aria-invalid'), null);
  assert.deepEqual(log.filter((l) => /^(error|pageerror)/.test(l)), []);
  await context.close();
});

test('a CPR number that contradicts the birth date is not "missing" in the status: the age cannot be assessed', async () => {
  const { context, page } = await open();
  await fillEligible(page);
  assert.equal(await status(page), 'Borgeren er i målgruppen.');
  await page.fill('#birthDate', '2000-01-01');
  await page.locator('#birthDate').blur();
  assert.equal(await status(page), 'Alder kan ikke vurderes ud fra det udfyldte.');
  // With something really missing as well, both are said.
  await page.selectOption('#benefit', '');
  assert.equal(await status(page), 'Der mangler oplysninger om ydelse. Alder kan ikke vurderes ud fra det udfyldte.');
  await page.fill('#birthDate', '');
  await page.locator('#birthDate').blur();
  assert.equal(await status(page), 'Der mangler oplysninger om ydelse.');
  await context.close();
});

// What a caseworker review found (28 November 2026).

const NARROW = [{ width: 375, height: 667 }, { width: 640, height: 450 }]; // a phone; 1280 px at 200 %

test('at 375 px and at 200 % zoom every page links to the others, in reach of the keyboard', async () => {
  for (const viewport of NARROW) {
    for (const path of PAGES) {
      const { context, page } = await open(path, { ready: false, viewport });
      const links = page.locator('nav[aria-label="Hovedmenu"] a');
      assert.equal(await links.count(), PAGES.length);
      for (let i = 0; i < PAGES.length; i++) {
        const link = links.nth(i);
        assert.ok(await link.isVisible(), `${path} at ${viewport.width} px: ${await link.textContent()} is hidden`);
        const box = await link.boundingBox();
        assert.ok(box.x >= 0 && box.x + box.width <= viewport.width, `${path}: ${await link.textContent()} is off the screen`);
        assert.ok(box.height >= 24, 'a target large enough to tap');
      }
      // The keyboard reaches the menu right after the skip link and the logo.
      const seen = [];
      for (let i = 0; i < 9; i++) {
        await page.keyboard.press('Tab');
        seen.push(await page.evaluate(() => document.activeElement?.getAttribute('href')));
      }
      assert.ok(seen.includes('mentor.html') && seen.includes('plan.html'), seen.join(' '));
      const results = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(results.violations.map((v) => `${path} at ${viewport.width} px: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`), []);
      await context.close();
    }
  }
  // The menu leads to the page.
  const { context, page } = await open('index.html', { ready: false, viewport: NARROW[0] });
  await Promise.all([page.waitForURL(/praktik\.html$/), page.click('nav[aria-label="Hovedmenu"] >> text=Praktikaftale')]);
  await context.close();
});

test('at 375 px the referral\'s live result is in view while a field far down the form is filled in', async () => {
  for (const viewport of NARROW) {
    const { context, page } = await open('index.html', { viewport });
    await fillEligible(page, { abuse: true });
    await page.check('#inTreatment-ja');
    await page.fill('#treatmentStart', '2026-10-01');
    await page.locator('#lastUse').fill('2026-12-20');
    assert.equal(await page.inputValue('#lastUse'), '2026-12-20');
    const inView = async (selector) => page.locator(selector).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight && r.height > 0;
    });
    assert.ok(await inView('#lastUse'), 'the field typed in is in view');
    assert.ok(await inView('[data-mestring-status]'), `the status is in view at ${viewport.width} px`);
    assert.match(await status(page), /20\. januar 2027/);
    // And near the top of the form.
    await page.fill('#cpr', '');
    assert.ok(await inView('#cpr'));
    assert.ok(await inView('[data-mestring-status]'), `the status is in view at the top at ${viewport.width} px`);
    await page.fill('#cpr', CPR);
    // The focused field is not covered by the status line.
    const covered = await page.evaluate(() => {
      const f = document.getElementById('lastUse').getBoundingClientRect();
      const s = document.querySelector('[data-mestring-status]').getBoundingClientRect();
      return f.top < s.bottom && f.bottom > s.top;
    });
    assert.equal(covered, false);
    if (viewport.width === 375) await page.screenshot({ path: join(shots, 'henvisning-375.png') });
    await context.close();
  }
});

test('at 375 px the plan\'s timeline keeps legible text and scrolls sideways', async () => {
  const { context, page } = await open('plan.html', { ready: false, viewport: NARROW[0] });
  await page.waitForSelector('#timeline svg');
  const heights = await page.locator('#timeline svg .row-label').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().height));
  assert.ok(heights.length === 4 && heights.every((h) => h >= 10), `row labels ${heights.join(', ')} px high`);
  assert.ok(await page.locator('#timeline').evaluate((el) => el.scrollWidth > el.clientWidth), 'the timeline scrolls');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 375, 'the page itself does not scroll sideways');
  // A keyboard user can scroll it.
  assert.equal(await page.getAttribute('#timeline', 'tabindex'), '0');
  const results = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(' ')}`), []);
  await page.screenshot({ path: join(shots, 'forloebsplan-375.png'), fullPage: true });
  await context.close();
});

test('the plan\'s week fields start empty, Drejebogen gives its own 18 weeks, an invalid week is said to use the default', async () => {
  const { context, page, console: log } = await open('plan.html', { ready: false });
  await page.waitForSelector('#timeline svg');
  for (const id of ['preparation', 'teaching', 'internship']) assert.equal(await page.inputValue(`#${id}`), '', `#${id} starts empty`);
  assert.equal(await page.textContent('#preparation-hint'), 'Tomt felt: profilens standard, 4 uger.');
  assert.match(await page.locator('#timeline svg desc').textContent(), /Forberedelse 4 uger/);
  await page.selectOption('#profile', 'playbook');
  assert.match(await page.textContent('#plan-status'), /^18 uger fra 1\. marts 2027/);
  assert.doesNotMatch(await page.textContent('#plan-status'), /fejl/);
  assert.equal(await page.locator('#findings li.error').count(), 0, await page.textContent('#findings'));
  await page.selectOption('#profile', 'recommended');
  for (const value of ['0', '2.5']) {
    await page.fill('#preparation', value);
    assert.match(await page.textContent('#plan-status'), /Ugers forberedelse: ikke et gyldigt antal uger, så planen bruger profilens standard, 4 uger\./, value);
    assert.match(await page.locator('#timeline svg desc').textContent(), /Forberedelse 4 uger/);
  }
  await page.fill('#preparation', '3');
  assert.doesNotMatch(await page.textContent('#plan-status'), /standard/);
  assert.match(await page.locator('#timeline svg desc').textContent(), /Forberedelse 3 uger/);
  assert.deepEqual(log.filter((l) => /^(error|pageerror)/.test(l)), []);
  await context.close();
});

test('the plan\'s findings name their severity in words, and a field link stays with its message at 375 px', async () => {
  const { context, page } = await open('plan.html', { ready: false, viewport: NARROW[0] });
  await page.waitForSelector('#timeline svg');
  await page.fill('#teaching', '0');
  const finding = page.locator('#findings li', { hasText: 'Indtast et helt tal fra 1 til 104' });
  assert.match(await finding.locator('.message').textContent(), /^Fejl: Ugers undervisning: Indtast et helt tal fra 1 til 104\./);
  // The link and its ":" on one line: the ":" starts no line of its own.
  const lines = await finding.locator('.message').evaluate((el) => {
    const a = el.querySelector('a');
    const range = document.createRange();
    range.setStart(a.nextSibling, 0);
    range.setEnd(a.nextSibling, 1);
    return { link: a.getClientRects()[a.getClientRects().length - 1].top, colon: range.getClientRects()[0].top };
  });
  assert.ok(Math.abs(lines.link - lines.colon) < 2, JSON.stringify(lines));
  const labels = await page.locator('#findings li').evaluateAll((lis) => lis.map((li) => `${li.className}|${li.querySelector('strong')?.textContent}`));
  const words = { error: 'Fejl: ', warning: 'Advarsel: ', info: 'Til orientering: ' };
  for (const l of labels) {
    const [cls, label] = l.split('|');
    assert.equal(label, words[cls.split(' ')[1]], l);
  }
  assert.ok(labels.some((l) => l.includes('Til orientering')), 'the Easter finding is labelled');
  await context.close();
});

test('on load no finding is shown as an error before anything is entered; once touched they are', async () => {
  for (const path of ['index.html', 'mentor.html', 'praktik.html']) {
    const { context, page } = await open(path);
    const text = await page.textContent('#findings');
    assert.doesNotMatch(text, /Fejl:/, `${path}: ${text}`);
    assert.equal(await page.locator('#findings li.error').count(), 0);
    assert.match(text, /vises her, når du er begyndt at udfylde/);
    assert.equal(await page.locator('.form-error-message').count(), 0);
    // The first thing entered shows what is still wrong.
    const first = page.locator('form[data-mestring] input:not([type=radio]):not([type=checkbox])').first();
    await first.fill('x');
    await first.blur();
    assert.match(await page.textContent('#findings'), /Fejl:/, path);
    await context.close();
  }
  // A submit attempt without anything entered shows them too.
  const { context, page } = await open('mentor.html');
  await page.click('button[type=submit]');
  assert.match(await page.textContent('#findings'), /Fejl:/);
  await context.close();
});

test('offline, sending says so in Danish and keeps every field; the fonts are kept for offline use', async () => {
  const { context, page } = await offline('index.html');
  const failed = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  await page.reload();
  await page.waitForFunction(() => document.querySelector('form[data-mestring]')?.noValidate === true);
  await page.evaluate(() => document.fonts.ready);
  assert.deepEqual(failed, [], 'every file the page asks for is kept offline');
  const fonts = await page.evaluate(() => [...document.fonts].map((f) => `${f.weight} ${f.style} ${f.status}`));
  assert.ok(fonts.includes('400 normal loaded'), fonts.join(', '));
  assert.ok(!fonts.some((f) => f.endsWith('error')), fonts.join(', '));
  await fillEligible(page);
  await page.click('button[type=submit]');
  await page.waitForSelector('.demo-unsent:not([hidden])');
  assert.match(await page.textContent('.demo-unsent'), /^Du er offline – henvisningen kan ikke sendes nu\. Alt, hvad du har udfyldt, er bevaret/);
  assert.equal(page.url(), base + 'index.html');
  assert.equal(await page.inputValue('#cpr'), CPR);
  assert.equal(await page.inputValue('#referenceDate'), '2027-01-04');
  // Back online it is sent.
  await context.setOffline(false);
  await Promise.all([page.waitForURL(/modtaget/), page.click('button[type=submit]')]);
  assert.match(await page.textContent('h1'), /Henvisningen er modtaget/);
  await context.close();
});

test('a submit that fails on the way keeps every field and says so (the server cannot be reached)', async () => {
  const { context, page } = await open('mentor.html');
  await page.route('**/modtaget*', (route) => route.abort('connectionrefused'));
  await page.fill('#madeOn', '2027-01-04');
  await page.fill('#goal', 'Fastholdelse i praktik.');
  await page.fill('#start', '2027-01-04');
  await page.fill('#end', '2027-03-28');
  await page.fill('#hoursPerWeek', '2');
  await page.fill('#mentorName', 'Mette Mentor');
  await page.fill('#mentorContact', '12345678');
  await page.fill('#tasks', 'Støtte ved opstart.');
  await page.fill('#contactIntervalDays', '7');
  await page.click('button[type=submit]');
  await page.waitForSelector('.demo-unsent:not([hidden])');
  assert.match(await page.textContent('.demo-unsent'), /^Aftalen kunne ikke gemmes nu/);
  assert.equal(page.url(), base + 'mentor.html');
  assert.equal(await page.inputValue('#mentorName'), 'Mette Mentor');
  await context.close();
});

test('the confirmation says what was saved and goes back to that page; the header names the municipality', async () => {
  for (const [path, heading] of [['mentor.html', 'Mentoraftalen er gemt'], ['praktik.html', 'Praktikaftalen er gemt']]) {
    const { context, page } = await open(path);
    // Sent as the browser sends it without the module: the confirmation is the server's.
    await page.evaluate(() => {
      const form = document.querySelector('form[data-mestring]');
      HTMLFormElement.prototype.submit.call(form);
    });
    await page.waitForURL(/modtaget/);
    assert.equal(await page.textContent('h1'), heading);
    await Promise.all([page.waitForURL(new RegExp(`${path}$`)), page.click('text=Tilbage')]);
    await context.close();
  }
  const { context, page } = await open('index.html', { ready: false });
  assert.match(await page.textContent('.solution-heading'), /^Kommune: /);
  assert.doesNotMatch(await page.textContent('header'), /Jobcenter/);
  await context.close();
});
