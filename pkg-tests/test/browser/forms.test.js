// The glue in the forms portals already have: referral forms rendered from DKFDS 11's and GOV.UK
// Frontend's own Nunjucks macros and from Bootstrap 5's documented patterns (pkg-tests/forms/),
// with only the glue's documented attributes, driven in Chromium. Screenshots go to
// docs/screenshots/forms-<system>.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { render, serve, CSP } from '../../forms/render.mjs';
import mestring, { root } from '../load.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const CPR = '150399-1000';
const shots = join(root, 'docs', 'screenshots');
let server, browser, base;

// How each system's rendered form is filled in: the ids its macros gave the controls.
const SYSTEMS = {
  dkfds: {
    date: ['#start-day', '#start-month', '#start-year'], benefit: '#ydelse-option1', barrier: '#barrierer-option2', severity: '#grad-option1',
    open: '#gruppe-option1', describe: '#beskrive-option1', abuseNo: '#misbrug-option2',
    message: '.form-error-message', hidden: '.sr-only', options: '.form-group-radio, .form-group-checkbox',
  },
  govuk: {
    date: ['#start-day', '#start-month', '#start-year'], benefit: '#ydelse', barrier: '#barrierer-2', severity: '#grad',
    open: '#gruppe', describe: '#beskrive', abuseNo: '#misbrug-2',
    message: '.govuk-error-message', hidden: '.govuk-visually-hidden', options: '.govuk-radios__item, .govuk-checkboxes__item',
  },
  bootstrap: {
    date: ['#start-dag', '#start-maaned', '#start-aar'], benefit: ['#ydelse', 'KH'], barrier: '#barrierer-angst', severity: ['#grad', 'mild'],
    open: '#gruppe-ja', describe: '#beskrive-ja', abuseNo: '#misbrug-nej',
    message: '.invalid-feedback.d-block', hidden: '.visually-hidden', options: '.form-check',
  },
};

before(async () => {
  render();
  server = await serve();
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  mkdirSync(shots, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function open(system) {
  const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const log = [];
  page.on('console', (m) => log.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => log.push(`pageerror: ${e}`));
  const response = await page.goto(`${base}forms/${system}.html`);
  assert.equal(response.headers()['content-security-policy'], CSP);
  await page.waitForFunction(() => /^Der mangler/.test(document.querySelector('[data-mestring-for="henvisning"][data-mestring-status]')?.textContent ?? ''));
  return { context, page, log };
}

const pick = (page, sel) => (Array.isArray(sel) ? page.selectOption(sel[0], sel[1]) : page.check(sel));
const status = (page) => page.textContent('[data-mestring-status][data-mestring-for="henvisning"]');

async function fill(page, s, { skip = [] } = {}) {
  const [d, m, y] = s.date;
  if (!skip.includes('date')) {
    await page.fill(d, '4');
    await page.fill(m, '1');
    await page.fill(y, '2027');
  }
  await page.fill('#cpr', CPR);
  await pick(page, s.benefit);
  await pick(page, s.barrier);
  await pick(page, s.severity);
  if (!skip.includes('open')) await pick(page, s.open);
  await pick(page, s.describe);
  await pick(page, s.abuseNo);
  if (!skip.includes('email')) await page.fill('#email', 'sagsbehandler@kommune.dk');
}

const posts = (page) => {
  const sent = [];
  page.on('request', (r) => r.method() === 'POST' && sent.push(r));
  return sent;
};

for (const [system, s] of Object.entries(SYSTEMS)) {
  test(`${system}: a fully answered referral is in the target group and is sent`, async () => {
    const { context, page, log } = await open(system);
    await fill(page, s);
    assert.equal(await status(page), 'Borgeren er i målgruppen.');
    const [request] = await Promise.all([page.waitForRequest((r) => r.method() === 'POST'), page.click('#henvisning button[type=submit], #henvisning button:not([type])')]);
    assert.equal(new URL(request.url()).pathname, '/modtaget');
    await page.waitForSelector('text=Henvisningen er modtaget');
    assert.deepEqual(log.filter((l) => /^pageerror|mestring/.test(l)), []);
    await context.close();
  });

  test(`${system}: one unanswered question blocks the send and the summary links to it`, async () => {
    const { context, page } = await open(system);
    const sent = posts(page);
    await fill(page, s, { skip: ['open'] });
    await page.click('#henvisning button');
    const summary = page.locator('[data-mestring-summary], .govuk-error-summary, .alert-danger').filter({ hasText: /problem/ }).first();
    await summary.waitFor();
    assert.ok(await summary.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)), 'the summary has focus');
    const links = summary.locator('a');
    assert.equal(await links.count(), 1, await summary.textContent());
    assert.match(await links.first().textContent(), /åben over for at arbejde/);
    const target = (Array.isArray(s.open) ? s.open[0] : s.open).slice(1);
    assert.equal(await links.first().getAttribute('href'), `#${target}`);
    await links.first().click();
    assert.equal(await page.evaluate(() => document.activeElement.id), target);
    assert.equal(sent.length, 0, 'not sent');
    assert.match(await page.title(), /^Fejl: Henvisning/, '"Fejl: " before the page title');
    // The message at the group: outside its options, its "Fejl:" only for screen readers.
    const message = page.locator(s.message).first();
    assert.match(await message.textContent(), /^Fejl: /);
    assert.equal(await message.evaluate((el, options) => el.closest(options), s.options), null, 'outside the options');
    assert.ok(await message.locator(s.hidden).evaluate((el) => el.getBoundingClientRect().width <= 1), 'the prefix is visually hidden');
    if (system === 'govuk') {
      assert.ok(await page.locator('.govuk-error-summary').evaluate((el) => el.matches('[data-module="govuk-error-summary"]') && el.querySelector('.govuk-error-summary__title')), 'the portal summary keeps its classes');
      assert.ok(await message.evaluate((el) => el.closest('.govuk-form-group').classList.contains('govuk-form-group--error')));
      assert.ok(await message.evaluate((el) => el.nextElementSibling.matches('.govuk-radios')), 'before the options, after the hint');
    }
    if (system === 'dkfds') assert.ok(await message.evaluate((el) => el.closest('.form-group').classList.contains('form-error')), 'the DKFDS error bar on a grouped field');
    // Answering it lets the form go.
    await pick(page, s.open);
    await Promise.all([page.waitForRequest((r) => r.method() === 'POST'), page.click('#henvisning button')]);
    await context.close();
  });

  test(`${system}: a date typed part by part shows no error until it is left, then names the part`, async () => {
    const { context, page } = await open(system);
    const [d, m, y] = s.date;
    await page.fill('#cpr', CPR);
    await page.locator('#cpr').blur();
    const errors = () => page.locator(s.message).count();
    await page.locator(d).pressSequentially('31');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), m.slice(1));
    assert.equal(await errors(), 0, 'moving from the day to the month shows nothing');
    await page.locator(m).pressSequentially('4');
    await page.keyboard.press('Tab');
    await page.locator(y).pressSequentially('2027');
    assert.equal(await errors(), 0, 'nothing while the year is typed');
    await page.keyboard.press('Tab');
    assert.equal(await errors(), 1);
    assert.equal(await page.locator(s.message).textContent(), 'Fejl: Der er ikke 31 dage i april');
    assert.equal(await page.getAttribute(d, 'aria-invalid'), 'true');
    await page.fill(d, '30');
    assert.equal(await errors(), 0, 'cleared the moment it is fixed');
    await page.fill(y, '');
    await page.locator(y).blur();
    assert.equal(await page.locator(s.message).textContent(), 'Fejl: Datoen mangler et år');
    await context.close();
  });

  test(`${system}: two forms on one page keep their own status, summary and messages`, async () => {
    const { context, page } = await open(system);
    const before = await status(page);
    await page.fill('#hurtig-cpr', '15039');
    await page.locator('#hurtig-cpr').blur();
    assert.equal(await status(page), before, 'the first form\'s status is untouched');
    assert.match(await page.textContent('#hurtig [data-mestring-status]'), /^Der mangler/);
    assert.equal(await page.locator(`#hurtig ${s.message}`).count(), 1);
    assert.equal(await page.locator(`#henvisning ${s.message}`).count(), 0);
    await page.click('#henvisning button');
    assert.ok((await page.locator(`#henvisning ${s.message}`).count()) > 3);
    assert.equal(await page.locator(`#hurtig ${s.message}`).count(), 1);
    assert.equal(await page.locator('[data-mestring-summary]').count(), 1, 'one summary, the first form\'s');
    if (system === 'bootstrap') {
      // The second form has Bootstrap's own validation script and no data-mestring-block: its
      // submit marks it .was-validated; the field still shows one message, not two.
      await page.click('#hurtig button');
      assert.ok(await page.locator('#hurtig').evaluate((f) => f.classList.contains('was-validated')));
      const visible = await page.locator('#hurtig .invalid-feedback').evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
      assert.equal(visible, 1, 'no doubled message');
    }
    await context.close();
  });

  test(`${system}: the form's native validation (required, type=email) keeps working`, async () => {
    const { context, page } = await open(system);
    const sent = posts(page);
    await fill(page, s, { skip: ['email'] });
    assert.equal(await status(page), 'Borgeren er i målgruppen.');
    assert.equal(await page.evaluate(() => document.getElementById('henvisning').checkValidity()), false);
    await page.click('#henvisning button');
    assert.equal(sent.length, 0, 'an empty required e-mail is not sent');
    const summary = await page.textContent('[data-mestring-summary]');
    assert.match(summary, /Sagsbehandlerens e-mail/);
    await page.fill('#email', 'ikke-en-adresse');
    await page.click('#henvisning button');
    assert.equal(sent.length, 0, 'a malformed e-mail is not sent');
    assert.match(await page.textContent('[data-mestring-summary]'), /gyldig e-mailadresse/);
    await page.fill('#email', 'sagsbehandler@kommune.dk');
    await Promise.all([page.waitForRequest((r) => r.method() === 'POST'), page.click('#henvisning button')]);
    await context.close();
  });

  test(`${system}: axe finds no violation the glue causes; screenshot`, async () => {
    const { context, page } = await open(system);
    const key = (v) => v.nodes.map((n) => `${v.id} ${n.target}`);
    const baseline = new Set((await new AxeBuilder({ page }).analyze()).violations.flatMap(key));
    await page.fill('#cpr', '150399-1001'); // fails modulus 11: a warning under the field
    await page.locator('#cpr').blur();
    assert.match(await page.textContent('.mestring-warning'), /modulus 11/);
    assert.equal(await page.getAttribute('#cpr', 'aria-invalid'), null, 'a warning is not an error');
    assert.ok((await page.getAttribute('#cpr', 'aria-describedby')).includes(await page.getAttribute('.mestring-warning', 'id')));
    await page.fill(s.date[0], '31');
    await page.fill(s.date[1], '4');
    await page.click('#henvisning button');
    await page.locator(s.message).first().waitFor();
    const added = (await new AxeBuilder({ page }).analyze()).violations.flatMap(key).filter((v) => !baseline.has(v));
    assert.deepEqual(added, []);
    await page.screenshot({ path: join(shots, `forms-${system}.png`), fullPage: true });
    await context.close();
  });
}

test('readForm of the DKFDS form gives the input the core expects, and the server agrees with the browser', async () => {
  const { context, page } = await open('dkfds');
  await fill(page, SYSTEMS.dkfds);
  const seen = await page.evaluate(async () => {
    const { readForm, attach } = await import('/pkg/mestring-forms.js');
    const form = document.getElementById('henvisning');
    const handle = await attach(form);
    const detail = new Promise((ok) => form.addEventListener('mestring:result', (e) => ok(e.detail.input), { once: true }));
    handle.validate();
    return { input: readForm(form), result: handle.result, detail: await detail };
  });
  const expected = {
    referenceDate: '2027-01-04',
    citizen: { cpr: CPR, benefit: 'kontanthjaelp' },
    barriers: [{ kind: 'anxiety', severity: 'mild' }],
    openToGroupWork: true,
    canDescribeOwnBarriers: true,
    substanceAbuse: { present: false },
  };
  assert.deepEqual(seen.input, expected);
  assert.deepEqual(seen.detail, expected);
  const server = mestring.checkReferral(seen.input, { lang: 'da' });
  assert.equal(server.outcome, 'eligible');
  assert.deepEqual(server, seen.result);
  // The single checkbox on a boolean path: checked is true, unchecked is not answered.
  await page.check('#behandling-option1');
  assert.deepEqual(await page.evaluate(async () => (await import('/pkg/mestring-forms.js')).readForm(document.getElementById('henvisning')).substanceAbuse), { present: false, inTreatment: true });
  await context.close();
});

test('paths never reach Object.prototype; conflicting paths warn once and never throw; the submit is still judged', async () => {
  const { context, page, log } = await open('dkfds');
  const out = await page.evaluate(async () => {
    const { readForm, attach } = await import('/pkg/mestring-forms.js');
    const form = document.createElement('form');
    form.id = 'fjendtlig';
    form.method = 'post';
    form.action = '/modtaget';
    form.innerHTML = `
      <input name="a" value="1" data-mestring-path="__proto__.polluted">
      <input name="b" value="1" data-mestring-path="constructor.prototype.polluted2">
      <input name="c" value="1" data-mestring-path="citizen.__proto__.polluted3">
      <input name="d" value="x" data-mestring-path="citizen">
      <input name="e" value="150399-1000" data-mestring-path="citizen.cpr">
      <input type="checkbox" name="f" value="anxiety" checked data-mestring-path="barriers" data-mestring-item="kind">
      <select name="g" data-mestring-path="barriers.0.severity"><option value="mild" selected>Let</option></select>
      <input name="h" value="2027-01-04" data-mestring-path="referenceDate">
      <p data-mestring-status></p>
      <button>Send</button>`;
    document.querySelector('main').append(form);
    const input = readForm(form);
    const handle = await attach(form, { block: true });
    let posted = false;
    form.addEventListener('submit', (e) => {
      posted = true;
      e.preventDefault();
    });
    form.querySelector('button').click();
    return { input, polluted: [({}).polluted, ({}).polluted2, ({}).polluted3, Object.prototype.polluted], posted, ok: handle.validate({ submit: true, focus: false }).ok };
  });
  assert.deepEqual(out.polluted, [undefined, undefined, undefined, undefined]);
  assert.equal(out.posted, false, 'the app\'s own submit handler never saw the invalid form');
  assert.equal(out.ok, false);
  assert.deepEqual(out.input.barriers, [{ kind: 'anxiety', severity: 'mild' }]);
  const warnings = log.filter((l) => l.startsWith('warning: mestring-forms'));
  assert.equal(warnings.filter((w) => /__proto__|constructor/.test(w)).length, 3, warnings.join('\n'));
  assert.equal(warnings.filter((w) => /conflicts/.test(w)).length, 1, warnings.join('\n'));
  assert.equal(log.filter((l) => l.startsWith('pageerror')).length, 0);
  await context.close();
});

test('attach is idempotent, detach cleans up, observe() attaches forms added later, a failing check never lets the form through', async () => {
  const { context, page } = await open('dkfds');
  const sent = posts(page);
  const out = await page.evaluate(async () => {
    const { attach, observe } = await import('/pkg/mestring-forms.js');
    const form = document.getElementById('henvisning');
    const [a, b] = [await attach(form), await attach(form)];
    let results = 0;
    form.addEventListener('mestring:result', () => results++);
    const cpr = document.getElementById('cpr');
    cpr.value = '123';
    cpr.dispatchEvent(new Event('input', { bubbles: true }));
    const perInput = results;
    form.requestSubmit();
    const shown = document.querySelectorAll('.form-error-message').length;
    a.detach();
    const left = {
      messages: document.querySelectorAll('.form-error-message, [data-mestring-message]').length,
      invalid: document.querySelectorAll('[aria-invalid]').length,
      summary: document.querySelector('[data-mestring-summary]').textContent,
      status: document.querySelector('[data-mestring-status][data-mestring-for="henvisning"]').textContent,
    };
    // A form a framework adds after the page loaded.
    const stop = observe();
    const late = document.createElement('form');
    late.dataset.mestring = 'referral';
    late.id = 'sen';
    late.innerHTML = '<input id="sen-cpr" data-mestring-path="citizen.cpr"><p data-mestring-status>...</p>';
    document.querySelector('main').append(late);
    await new Promise((ok) => late.addEventListener('mestring:ready', ok, { once: true }));
    stop();
    // A check that fails (here: a caller's value that throws when read) blocks the submit.
    const broken = document.createElement('form');
    broken.method = 'post';
    broken.action = '/modtaget';
    broken.innerHTML = '<input data-mestring-path="citizen.cpr" value="150399-1000"><button>Send</button>';
    document.querySelector('main').append(broken);
    await attach(broken, { block: true, values: { get referenceDate() { throw new Error('broken'); } } });
    broken.requestSubmit();
    await new Promise((ok) => setTimeout(ok, 300));
    return { same: a === b, results: perInput, shown, left, late: late.querySelector('[data-mestring-status]').textContent };
  });
  assert.equal(out.same, true);
  assert.equal(out.results, 1, 'one result per input event, not two');
  assert.ok(out.shown > 3);
  assert.deepEqual(out.left, { messages: 0, invalid: 0, summary: '', status: 'Udfyld henvisningen.' });
  assert.match(out.late, /^Der mangler/);
  assert.equal(sent.length, 0, 'a form whose check failed is not sent');
  assert.equal(new URL(page.url()).pathname, '/forms/dkfds.html');
  await context.close();
});

test('the summary is in form order; with data-mestring-present-only, fields the form lacks are left out', async () => {
  const { context, page } = await open('dkfds');
  await page.click('#henvisning button');
  const ordered = await page.evaluate(() => {
    const targets = [...document.querySelectorAll('[data-mestring-summary] a')].map((a) => document.getElementById(a.getAttribute('href').slice(1)));
    return targets.length > 5 && targets.every((t, i) => i === 0 || (targets[i - 1].compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING));
  });
  assert.ok(ordered, 'links follow the form');
  const out = await page.evaluate(async () => {
    const { attach } = await import('/pkg/mestring-forms.js');
    const make = (id, presentOnly) => {
      const form = document.createElement('form');
      form.id = id;
      if (presentOnly) form.setAttribute('data-mestring-present-only', '');
      form.innerHTML = `<div class="form-group"><label class="form-label" for="${id}-cpr">Cpr</label><input class="form-input" id="${id}-cpr" data-mestring-path="citizen.cpr"></div><div data-mestring-summary></div><button>Videre</button>`;
      document.querySelector('main').append(form);
      return form;
    };
    const steps = {};
    for (const [id, only] of [['trin', true], ['hele', false]]) {
      const form = make(id, only);
      const handle = await attach(form, { block: true });
      const r = handle.validate({ submit: true, focus: false });
      steps[id] = { problems: r.problems.map((p) => [p.path, p.element?.id ?? null]), unlinked: form.querySelectorAll('[data-mestring-summary] li:not(:has(a))').length };
    }
    return steps;
  });
  assert.deepEqual(out.trin.problems, [['citizen.cpr', 'trin-cpr']], 'one step: only its own field');
  assert.ok(out.hele.unlinked > 3, 'without the option: form-level lines without links');
  assert.ok(out.hele.problems.every(([, id]) => id === null || id === 'hele-cpr'));
  await context.close();
});

test('input.unknown findings go only to the console, once per path', async (t) => {
  const probe = mestring.checkReferral({ referenceDate: '2027-01-04', portalField: 'x' });
  if (!probe.findings.some((f) => f.rule === 'input.unknown')) {
    t.skip('this core does not report input.unknown');
    return;
  }
  const { context, page, log } = await open('dkfds');
  await page.evaluate(() => {
    const group = document.createElement('div');
    group.className = 'form-group';
    group.innerHTML = '<label class="form-label" for="portal">Portalens felt</label><input class="form-input" id="portal" data-mestring-path="portalField">';
    document.querySelector('#henvisning button').before(group);
  });
  await page.fill('#portal', 'a');
  await page.locator('#portal').blur();
  await page.fill('#portal', 'ab');
  await page.locator('#portal').blur();
  await page.click('#henvisning button');
  assert.equal(log.filter((l) => l.startsWith('warning: mestring-forms') && l.includes('portalField')).length, 1);
  assert.equal(await page.locator('#portal').evaluate((el) => el.closest('.form-group').querySelectorAll('.form-error-message, .mestring-warning').length), 0);
  assert.ok(!(await page.textContent('[data-mestring-summary]')).includes('portalField'));
  await context.close();
});

test('a required radio group the check does not read is one native problem, linked to its first option', async () => {
  const { context, page } = await open('dkfds');
  const out = await page.evaluate(async () => {
    const { attach } = await import('/pkg/mestring-forms.js');
    const form = document.createElement('form');
    form.id = 'samtykke-form';
    form.innerHTML = `<fieldset><legend>Samtykke</legend>
      <input type="radio" id="s-ja" name="samtykke" value="ja" required><label for="s-ja">Ja</label>
      <input type="radio" id="s-nej" name="samtykke" value="nej"><label for="s-nej">Nej</label></fieldset>
      <input id="s-cpr" data-mestring-path="citizen.cpr" value="150399-1000"><div data-mestring-summary></div>`;
    document.querySelector('main').append(form);
    const handle = await attach(form, { presentOnly: true });
    const before = handle.validate({ submit: true, focus: false }).problems.filter((p) => p.kind === 'native').map((p) => [p.message, p.element.id]);
    document.getElementById('s-nej').checked = true;
    const after = handle.validate({ submit: true, focus: false }).problems.filter((p) => p.kind === 'native').length;
    return { before, after };
  });
  assert.deepEqual(out.before, [['Vælg et svar ved "Samtykke"', 's-ja']]);
  assert.equal(out.after, 0);
  await context.close();
});
