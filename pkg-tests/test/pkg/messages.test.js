// One renderer is the truth: the package renders findings in JavaScript from their compact form
// (rule and text by index, arguments as values; src/finding.rs, `compact`), and every message of
// every vector, in Danish and in English, must be exactly what the Rust renderer writes. The
// Rust side writes and checks tests/vectors/messages.json (`every_message_is_the_one_the_package_
// renders` in tests/vectors.rs); this test requires the package to give the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import mestring, { pkgDir, root, vectors } from '../load.js';

const expected = JSON.parse(readFileSync(join(root, 'tests', 'vectors', 'messages.json'), 'utf8'));

const utf8 = new TextEncoder();
const byBytes = (a, b) => Buffer.compare(Buffer.from(utf8.encode(a)), Buffer.from(utf8.encode(b)));

/** The call a vector makes, with `options`. */
function call(m, kind, v, options) {
  if (kind === 'referral') return m.checkReferral(v.input, options);
  if (kind === 'workflow') return m.transition(v.state, v.event, options);
  return m[v.call](v.input, options);
}

/** Every vector's messages in both languages, as `m` renders them. */
function render(m) {
  const got = {};
  for (const kind of ['referral', 'plan', 'agreements', 'workflow']) {
    for (const [file, v] of vectors(kind)) {
      const options = v.options ?? {};
      if (typeof options !== 'object' || Array.isArray(options)) continue;
      const perLang = {};
      for (const lang of ['da', 'en']) {
        let result;
        try {
          result = call(m, kind, v, { ...options, lang });
        } catch {
          continue;
        }
        // Sorted as the Rust side sorts them (by UTF-8 bytes; the order of findings follows the
        // order of an input's keys, which the Rust side's JSON map does not keep).
        perLang[lang] = result.findings.map((f) => f.message).sort(byBytes);
      }
      if (Object.keys(perLang).length > 0) got[`${kind}/${file}`] = perLang;
    }
  }
  return got;
}

test('every message of every vector is the Rust renderer\'s, in Danish and in English', () => {
  const got = render(mestring);
  assert.ok(Object.keys(expected).length >= 200, `only ${Object.keys(expected).length} vectors`);
  assert.deepEqual(Object.keys(got).sort(), Object.keys(expected).sort());
  for (const [name, perLang] of Object.entries(expected)) {
    for (const lang of ['da', 'en']) assert.deepEqual(got[name][lang], perLang[lang], `${name} (${lang})`);
  }
});

test('sources are shared, frozen objects equal to the catalogue\'s', () => {
  const v = vectors('referral').find(([, v]) => v.expected.findings?.length >= 2)[1];
  const a = mestring.checkReferral(v.input, v.options);
  const b = mestring.checkReferral(v.input, v.options);
  assert.ok(a.findings.length >= 2);
  a.findings.forEach((f, i) => {
    assert.equal(f.source, b.findings[i].source, 'the same object on every call');
    assert.ok(Object.isFrozen(f.source));
    assert.deepEqual(Object.keys(f.source), ['title', 'ref']);
  });
  // A finding without a ruleset's source carries the catalogue's.
  const catalogue = mestring.messages('en');
  const r = mestring.checkReferral({ referenceDate: '2027-01-04', citizen: { cpr: 'abc' } }, { lang: 'en' });
  const cpr = r.findings.find((f) => f.rule === 'cpr.format');
  assert.deepEqual(cpr.source, catalogue.rules.find((e) => e.rule === 'cpr.format').source);
});

test('a replaced instance leaves no stale catalogue: findings render the same before and after, in both languages', async () => {
  const glue = pathToFileURL(join(pkgDir, 'mestring.js')).href;
  const m = await import(`${glue}?messages=1`);
  const wasm = m.initSync({ module: readFileSync(join(pkgDir, 'mestring_bg.wasm')) });
  const before = render(m);
  // Three arguments with as much text as the limits allow grow the memory past what an
  // instance may keep: the next call replaces the instance (and the names, texts and catalogues
  // this side holds for it).
  const many = Array(1000).fill('x'.repeat(10_000));
  const notes = [many, many, many, many, many.slice(0, 990)];
  m.transition({ phase: 'referred', history: [], notes }, { type: 'startPreparation', date: '2027-01-04', notes }, { lang: 'en', notes });
  assert.ok(wasm.memory.buffer.byteLength > 4 << 20);
  const first = m.checkReferral({ referenceDate: '2027-01-04', citizen: { birthDate: '2002-01-20' } }, { lang: 'en' });
  assert.equal(first.findings[0].message, 'The citizen is 24 and turns 25 on 20 January 2027. The target group is aged 25 to 30.');
  assert.deepEqual(render(m), before);
  assert.deepEqual(render(m), expected);
});

test('compact findings of every kind of argument render as in Rust (tests/vectors/compact.json, decoded by src/wasm/boundary.js)', async () => {
  const boundary = await import(pathToFileURL(join(root, 'src', 'wasm', 'boundary.js')).href);
  const cases = JSON.parse(readFileSync(join(root, 'tests', 'vectors', 'compact.json'), 'utf8'));
  assert.equal(cases.length, 2);
  for (const c of cases) {
    const findings = boundary.decode(Float64Array.from(c.ops), c.text);
    assert.ok(c.messages.length > 30);
    assert.deepEqual(findings.map((f) => f.message), c.messages, c.lang);
    for (const f of findings) assert.deepEqual(Object.keys(f), ['rule', 'severity', 'field', 'message', 'source']);
  }
});
