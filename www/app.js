// The demo referral form: reads the form into a referral on every change, checks it with the
// wasm package, and shows the outcome, the criteria and the findings while the caseworker types.
// A field's own message is shown once that field has been left (or after a submit attempt).
// If the module cannot load, the form keeps native validation and submits as it is.
import init, { checkReferral, messages } from './pkg/mestring.js';

const form = document.getElementById('referral');
const statusBox = document.getElementById('status');
const criteriaList = document.getElementById('criteria');
const findingsList = document.getElementById('findings');
const rulesetLine = document.getElementById('ruleset');
const notice = document.getElementById('notice');
const abuseDetails = document.getElementById('abuseDetails');

const CRITERION_NAMES = {
  'target.age': 'Alder',
  'target.barrier': 'Psykiske barrierer',
  'target.openness': 'Åbenhed over for gruppearbejde',
  'target.selfReflection': 'Kan beskrive egne barrierer',
  'target.benefit': 'Ydelse',
  'abuse.treatment': 'Misbrugsbehandling',
  'abuse.sobriety': 'Ingen misbrug den seneste måned',
};
const STATUS_TEXT = { met: 'Opfyldt', not_met: 'Ikke opfyldt', unknown: 'Mangler' };
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const longDate = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}. ${MONTHS[m - 1]} ${y}`;
};

const touched = new Set();
let submitted = false;
let texts = {};

function set(obj, path, value) {
  const keys = path.split('.');
  let o = obj;
  keys.slice(0, -1).forEach((k, i) => {
    const next = /^\d+$/.test(keys[i + 1]) ? [] : {};
    o = o[k] ??= next;
  });
  o[keys.at(-1)] = value;
}

/** The referral the form holds now. Empty fields stay empty strings: the core reads them as missing. */
function readForm() {
  const referral = {};
  for (const el of form.querySelectorAll('input[data-path]:not([type=radio]), select[data-path]')) {
    set(referral, el.dataset.path, el.value);
  }
  for (const group of form.querySelectorAll('fieldset[data-path]')) {
    const checked = group.querySelector('input[type=radio]:checked');
    set(referral, group.dataset.path, checked ? checked.value === 'true' : null);
  }
  return referral;
}

function fieldElement(path) {
  return form.querySelector(`[data-path="${CSS.escape(path)}"]`);
}

function showFieldErrors(findings) {
  for (const old of form.querySelectorAll('.field-error')) old.remove();
  for (const el of form.querySelectorAll('[aria-invalid]')) {
    el.removeAttribute('aria-invalid');
    const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.endsWith('-error'));
    if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
    else el.removeAttribute('aria-describedby');
  }
  for (const f of findings) {
    if (f.severity !== 'error' || !f.field) continue;
    const el = fieldElement(f.field);
    if (!el || !(submitted || touched.has(f.field))) continue;
    const id = `${el.id}-error`;
    if (document.getElementById(id)) continue;
    const msg = document.createElement('span');
    msg.className = 'field-error';
    msg.id = id;
    msg.innerHTML = '<span class="sr-only">Fejl: </span>';
    msg.append(f.message);
    el.before(msg);
    el.setAttribute('aria-invalid', 'true');
    el.setAttribute('aria-describedby', [el.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
  }
}

function render(result) {
  statusBox.className = `status status-${result.outcome}`;
  if (result.outcome === 'eligible') {
    statusBox.textContent = 'Borgeren er i målgruppen.';
  } else if (result.eligibleFrom) {
    statusBox.textContent = `Borgeren er ikke i målgruppen endnu, men vil være det fra ${longDate(result.eligibleFrom)}.`;
  } else if (result.outcome === 'not_eligible') {
    statusBox.textContent = 'Borgeren er ikke i målgruppen.';
  } else {
    const missing = result.criteria.filter((c) => c.status === 'unknown').length;
    statusBox.textContent = `Der mangler oplysninger til ${missing} ${missing === 1 ? 'kriterium' : 'kriterier'}.`;
  }

  criteriaList.replaceChildren(...result.criteria.map((c) => {
    const li = document.createElement('li');
    li.className = `criterion ${c.status}`;
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = CRITERION_NAMES[c.rule] ?? c.rule;
    const state = document.createElement('span');
    state.className = 'state';
    state.textContent = STATUS_TEXT[c.status];
    li.append(name, state);
    if (c.status === 'unknown' && texts[c.rule]?.missing) {
      const hint = document.createElement('span');
      hint.className = 'missing';
      hint.textContent = texts[c.rule].missing;
      li.append(hint);
    }
    return li;
  }));

  const items = result.findings.map((f) => {
    const li = document.createElement('li');
    li.className = `finding ${f.severity}`;
    const msg = document.createElement('p');
    msg.textContent = f.message;
    const src = document.createElement('p');
    src.className = 'source';
    src.textContent = `Kilde: ${f.source.title}, ${f.source.ref}`;
    li.append(msg, src);
    return li;
  });
  if (!items.length) {
    const li = document.createElement('li');
    li.className = 'none';
    li.textContent = 'Ingen.';
    items.push(li);
  }
  findingsList.replaceChildren(...items);
  rulesetLine.textContent = `Regelsæt: ${result.ruleset.id} ${result.ruleset.version}`;
  showFieldErrors(result.findings);
}

function update() {
  abuseDetails.hidden = form.querySelector('input[name=abusePresent]:checked')?.value !== 'true';
  render(checkReferral(readForm()));
}

function pathOf(target) {
  return target.closest('[data-path]')?.dataset.path;
}

try {
  await init();
  texts = Object.fromEntries(messages('da').rules.map((r) => [r.rule, r.texts]));
  form.noValidate = true;
  form.addEventListener('input', update);
  form.addEventListener('change', (e) => {
    const p = pathOf(e.target);
    if (p && e.target.type === 'radio') touched.add(p);
    update();
  });
  form.addEventListener('focusout', (e) => {
    const p = pathOf(e.target);
    if (p) touched.add(p);
    update();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submitted = true;
    update();
    const first = form.querySelector('[aria-invalid="true"]');
    if (first) (first.matches('fieldset') ? first.querySelector('input') : first).focus();
    else form.submit();
  });
  update();
} catch (e) {
  notice.hidden = false;
  notice.textContent = 'Den automatiske kontrol kunne ikke indlæses. Du kan stadig udfylde og sende henvisningen.';
}
