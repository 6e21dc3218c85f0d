// The forms glue as packaged: its field types agree with src/types.d.ts, and the package's
// `exports` map serves `mestring` and `mestring/forms` (with their declarations) to Node and
// bundlers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, mkdirSync, symlinkSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { root, pkgDir } from '../load.js';
import { rendered, fieldTypes } from '../../../scripts/field-types.mjs';

test('FIELD_TYPES in the glue is what src/types.d.ts says (node scripts/field-types.mjs rewrites it)', () => {
  for (const file of [join(root, 'www', 'mestring-forms.js'), join(pkgDir, 'mestring-forms.js')]) {
    const glue = readFileSync(file, 'utf8');
    assert.ok(glue.includes(rendered()), `${file}: FIELD_TYPES differs from src/types.d.ts`);
  }
  const t = fieldTypes();
  assert.equal(t.referral.openToGroupWork, 'boolean');
  assert.equal(t.referral['substanceAbuse.lastUse'], 'date');
  assert.equal(t.referral.barriers, 'list');
  assert.equal(t.mentorAgreement.hoursPerWeek, 'number');
  assert.equal(t.referral['citizen.cpr'], undefined, 'text paths are not listed');
});

test('package.json: exports for . and ./forms with types, sideEffects, every file shipped', () => {
  const p = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  assert.deepEqual(p.exports['.'], { types: './mestring.d.ts', default: './mestring.js' });
  assert.deepEqual(p.exports['./forms'], { types: './mestring-forms.d.ts', default: './mestring-forms.js' });
  assert.equal(p.sideEffects, false);
  for (const f of p.files) assert.ok(existsSync(join(pkgDir, f)), f);
  assert.ok(p.files.includes('mestring-forms.d.ts'));
  assert.equal(readFileSync(join(pkgDir, 'mestring-forms.d.ts'), 'utf8'), readFileSync(join(root, 'www', 'mestring-forms.d.ts'), 'utf8'));
});

test('Node resolves mestring and mestring/forms through the exports map', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mestring-exports-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(pkgDir, join(dir, 'node_modules', 'mestring'), 'dir');
    writeFileSync(join(dir, 'use.mjs'), `
      import { readFileSync } from 'node:fs';
      import { initSync, checkReferral } from 'mestring';
      import { readForm, FIELD_TYPES } from 'mestring/forms';
      initSync({ module: readFileSync(new URL(import.meta.resolve('mestring/mestring_bg.wasm'))) });
      console.log(JSON.stringify([typeof readForm, FIELD_TYPES.referral.openToGroupWork, checkReferral({}).outcome]));`);
    const out = execFileSync(process.execPath, [join(dir, 'use.mjs')], { encoding: 'utf8' });
    assert.deepEqual(JSON.parse(out), ['function', 'boolean', 'incomplete']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
