// mestring-forms: live, accessible validation for a form a portal already has.
//
//   <form data-mestring="referral" data-mestring-block> ... <input data-mestring-path="citizen.cpr"> ...
//   <script type="module">
//     import { attach } from '/mestring/mestring-forms.js';
//     attach(document.querySelector('form[data-mestring]'));
//   </script>
//
// The check runs on every change (it takes microseconds), but a field's error is shown only once
// that field was edited and left, or after a submit attempt; it clears the moment the value is
// fixed ("reward early, punish late"). On submit, an error summary (DKFDS "fejlopsummering") takes
// focus and links to each field. Warnings never block; errors block only with data-mestring-block
// or options.block. If the wasm cannot load, the form is left exactly as it was: native
// validation, normal submit, a quiet notice.
import init, * as core from './mestring.js';

const CHECKS = {
  referral: 'checkReferral',
  mentorAgreement: 'checkMentorAgreement',
  internshipAgreement: 'checkInternshipAgreement',
  supplierAgreement: 'checkSupplierAgreement',
  plan: 'planCourse',
  caseload: 'checkCaseload',
};

const list = (items, and) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`);

const TEXT = {
  da: {
    error: 'Fejl: ',
    summary: 'Der er problemer',
    eligible: 'Borgeren er i målgruppen.',
    eligibleFrom: (d) => `Borgeren er ikke i målgruppen endnu, men vil være det fra ${d}.`,
    notEligible: 'Borgeren er ikke i målgruppen.',
    missing: (names) => `Der mangler oplysninger om ${list(names, 'og')}.`,
    complete: 'Aftalen er udfyldt.',
    incomplete: (n) => `Der er ${n} ${n === 1 ? 'fejl eller mangel' : 'fejl eller mangler'} i aftalen.`,
    unavailable: 'Den automatiske kontrol kunne ikke indlæses. Du kan stadig udfylde og sende formularen.',
    months: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
    date: (d, m, y, months) => `${d}. ${months[m - 1]} ${y}`,
  },
  en: {
    error: 'Error: ',
    summary: 'There is a problem',
    eligible: 'The citizen is in the target group.',
    eligibleFrom: (d) => `The citizen is not in the target group yet, but will be from ${d}.`,
    notEligible: 'The citizen is not in the target group.',
    missing: (names) => `Information is missing on ${list(names, 'and')}.`,
    complete: 'The agreement is complete.',
    incomplete: (n) => `The agreement has ${n} ${n === 1 ? 'error or omission' : 'errors or omissions'}.`,
    unavailable: 'The automatic check could not be loaded. You can still fill in and send the form.',
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    date: (d, m, y, months) => `${d} ${months[m - 1]} ${y}`,
  },
};

let ready = null;
/** Loads the wasm once per page; resolves to true, or false when it cannot load. */
function load(moduleOrPath) {
  ready ??= init(moduleOrPath ? { module_or_path: moduleOrPath } : undefined).then(() => true, () => false);
  return ready;
}

function setPath(obj, path, value) {
  const keys = path.split('.');
  let o = obj;
  keys.slice(0, -1).forEach((k, i) => {
    o = o[k] ??= /^\d+$/.test(keys[i + 1]) ? [] : {};
  });
  o[keys.at(-1)] = value;
}

/** The value a control holds, in the type its data-mestring-type (or input type) names. */
function valueOf(el) {
  const type = el.dataset.mestringType ?? (el.type === 'number' ? 'number' : el.type === 'checkbox' ? 'boolean' : 'text');
  if (el.type === 'checkbox') return type === 'boolean' ? el.checked : el.checked ? el.value : null;
  if (type === 'number') return el.value.trim() === '' ? null : Number(el.value.replace(',', '.'));
  if (type === 'boolean') return el.value === 'true' ? true : el.value === 'false' ? false : null;
  if (type === 'list') return el.value.split('\n').map((s) => s.trim()).filter(Boolean);
  return el.value;
}

/** Where a field's message and state go: the group around its controls. */
function groupOf(control) {
  return control.closest('fieldset[data-mestring-path]') ?? control.closest('.form-group') ?? control.parentElement;
}

/**
 * Attaches live validation to `form`. Options: `check` (default the form's data-mestring),
 * `lang` ('da' | 'en', default the page's), `block` (errors block submit), `ruleset`,
 * `moduleUrl` (where mestring_bg.wasm is), `values` (constant fields, e.g. { referenceDate }).
 * Resolves to `{ available, validate(), detach(), result }`.
 */
export async function attach(form, options = {}) {
  const lang = options.lang ?? (document.documentElement.lang?.startsWith('en') ? 'en' : 'da');
  const t = TEXT[lang] ?? TEXT.da;
  const kind = options.check ?? form.dataset.mestring ?? 'referral';
  const block = options.block ?? form.hasAttribute('data-mestring-block');
  const fn = CHECKS[kind];
  const emit = (name, detail) => form.dispatchEvent(new CustomEvent(`mestring:${name}`, { detail, bubbles: true }));

  if (!fn || !(await load(options.moduleUrl))) {
    // Leave the form as it was: native validation, normal submit. Say so quietly.
    const notice = form.ownerDocument.querySelector('[data-mestring-notice]');
    if (notice) {
      notice.textContent = t.unavailable;
      notice.hidden = false;
    }
    emit('unavailable', { kind });
    return { available: false, validate: () => null, detach: () => {}, result: null };
  }

  const catalogue = Object.fromEntries(core.messages(lang).rules.map((r) => [r.rule, r.texts]));
  const touched = new Set();
  const edited = new Set();
  let submitted = false;
  let result = null;

  // The form's controls, looked up once per check (fields added later are found on the next).
  let found = null;
  const controls = () => (found ??= [...form.querySelectorAll('[data-mestring-path]')].filter((el) => el.matches('input, select, textarea')));
  const pathOf = (el) => el?.closest?.('[data-mestring-path]')?.dataset.mestringPath;

  function read() {
    const input = structuredClone(options.values ?? {});
    const checked = new Set([...form.querySelectorAll('input[type="radio"]:checked')].map((el) => el.name));
    for (const el of controls()) {
      if (el.type === 'radio') {
        if (el.checked) setPath(input, el.dataset.mestringPath, valueOf(el));
        else if (!checked.has(el.name)) setPath(input, el.dataset.mestringPath, null);
      } else {
        setPath(input, el.dataset.mestringPath, valueOf(el));
      }
    }
    return input;
  }

  function longDate(iso) {
    const [y, m, d] = iso.split('-').map(Number);
    return t.date(d, m, y, t.months);
  }

  /** Errors by field path: findings with severity error, and (after submit) what is missing. */
  function problems(r) {
    const byField = new Map();
    const add = (field, message) => {
      if (!field) return;
      if (!byField.has(field)) byField.set(field, message);
    };
    for (const f of r.findings ?? []) if (f.severity === 'error') add(f.field, f.message);
    if (submitted) {
      for (const c of r.criteria ?? []) if (c.status === 'unknown') add(c.field, catalogue[c.rule]?.missing ?? c.rule);
    }
    return byField;
  }

  /** The element a field path shows its message at: a fieldset of radios, or the control. */
  let targets = null;
  function target(path) {
    if (!targets) {
      // Looked up once per check, like the controls: the first control of a path, a fieldset
      // before it, a radio only when nothing else has the path.
      targets = new Map();
      for (const el of form.querySelectorAll('fieldset[data-mestring-path]')) if (!targets.has(el.dataset.mestringPath)) targets.set(el.dataset.mestringPath, el);
      for (const el of controls()) if (el.type !== 'radio' && !targets.has(el.dataset.mestringPath)) targets.set(el.dataset.mestringPath, el);
      for (const el of controls()) if (!targets.has(el.dataset.mestringPath)) targets.set(el.dataset.mestringPath, el);
    }
    return targets.get(path);
  }

  function show(path, message) {
    const el = target(path);
    if (!el) return false;
    const id = `${el.id || el.name || path.replace(/\W/g, '-')}-error`;
    if (!el.id) el.id = id.replace(/-error$/, '');
    const group = groupOf(el);
    group?.classList.add('form-error');
    let msg = form.querySelector(`#${CSS.escape(id)}`);
    const custom = group?.querySelector('fds-error-message');
    if (custom) {
      custom.textContent = message;
    } else {
      if (!msg) {
        msg = document.createElement('span');
        msg.className = 'form-error-message';
        msg.id = id;
        msg.dataset.mestringMessage = path;
        // Above the control: after the legend in a fieldset, before the input otherwise.
        const legend = el.matches('fieldset') ? el.querySelector('legend') : null;
        if (legend) legend.after(msg);
        else if (el.matches('fieldset')) el.prepend(msg);
        else el.before(msg);
      }
      // Only when the text changes: every keystroke re-renders, and an unchanged message
      // should cost no DOM work (nor be announced again).
      if (msg.lastChild?.nodeValue !== message || msg.childNodes.length !== 2) {
        const hidden = document.createElement('span');
        hidden.className = 'sr-only';
        hidden.textContent = t.error;
        msg.replaceChildren(hidden, document.createTextNode(message));
      }
    }
    if (el.getAttribute('aria-invalid') !== 'true') el.setAttribute('aria-invalid', 'true');
    const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    if (!custom && !ids.includes(id)) el.setAttribute('aria-describedby', [...ids, id].join(' '));
    return true;
  }

  function clear(path) {
    const el = target(path);
    if (!el) return;
    const id = `${el.id}-error`;
    form.querySelector(`#${CSS.escape(id)}`)?.remove();
    const custom = groupOf(el)?.querySelector('fds-error-message');
    if (custom) custom.textContent = '';
    groupOf(el)?.classList.remove('form-error');
    el.removeAttribute('aria-invalid');
    const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((x) => x && x !== id);
    if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
    else el.removeAttribute('aria-describedby');
  }

  function statusText(r) {
    if ('outcome' in r) {
      if (r.outcome === 'eligible') return t.eligible;
      if (r.eligibleFrom) return t.eligibleFrom(longDate(r.eligibleFrom));
      if (r.outcome === 'not_eligible') return t.notEligible;
      // Each criterion once, by the name the catalogue gives it (abuse's two share one question).
      const names = [...new Set(r.criteria.filter((c) => c.status === 'unknown').map((c) => catalogue[c.rule]?.name ?? c.rule))];
      return t.missing(names);
    }
    const errors = (r.findings ?? []).filter((f) => f.severity === 'error').length;
    return errors === 0 ? t.complete : t.incomplete(errors);
  }

  function render() {
    const p = problems(result);
    const shownPaths = new Set([...form.querySelectorAll('[data-mestring-message]')].map((m) => m.dataset.mestringMessage));
    for (const path of new Set([...shownPaths, ...p.keys()])) {
      const visible = p.has(path) && (submitted || touched.has(path));
      if (visible) show(path, p.get(path));
      else if (shownPaths.has(path) || target(path)?.hasAttribute('aria-invalid')) clear(path);
    }
    // Mirror into the Constraint Validation API, so the portal's own checkValidity() sees it
    // (set only when it changes: each call makes the browser recompute :invalid styles).
    for (const el of controls()) {
      const message = p.get(el.dataset.mestringPath) ?? '';
      if (el.validationMessage !== message) el.setCustomValidity(message);
    }
    const status = form.ownerDocument.querySelector('[data-mestring-status]');
    const text = statusText(result);
    if (status && status.textContent !== text) status.textContent = text;
  }

  function validate() {
    found = null;
    targets = null;
    result = core[fn](read(), { lang, ...(options.ruleset ? { ruleset: options.ruleset } : {}) });
    render();
    emit('result', result);
    return result;
  }

  function summary(p) {
    const doc = form.ownerDocument;
    // A portal's own DKFDS summary element, or ours.
    let box = doc.querySelector('[data-mestring-summary]') ?? doc.querySelector('fds-error-summary');
    if (!box) {
      box = doc.createElement('div');
      box.dataset.mestringSummary = '';
      form.before(box);
    }
    if (p.size === 0) {
      box.hidden = true;
      box.replaceChildren();
      return null;
    }
    box.hidden = false;
    box.className = 'alert alert-error';
    box.setAttribute('role', 'alert');
    box.setAttribute('aria-atomic', 'true');
    box.tabIndex = -1;
    const body = doc.createElement('div');
    body.className = 'alert-body';
    const heading = doc.createElement('p');
    heading.className = 'alert-heading';
    heading.textContent = t.summary;
    const list = doc.createElement('ul');
    list.className = 'alert-text nobullet-list';
    for (const [path, message] of p) {
      const el = target(path);
      const li = doc.createElement('li');
      const a = doc.createElement('a');
      a.className = 'function-link';
      const focusable = el?.matches('fieldset') ? el.querySelector('input') : el;
      a.href = `#${focusable?.id ?? ''}`;
      a.textContent = message;
      a.addEventListener('click', (e) => {
        e.preventDefault();
        (el?.matches('fieldset') ? el : focusable)?.scrollIntoView({ block: 'center' });
        focusable?.focus();
      });
      li.append(a);
      list.append(li);
    }
    body.append(heading, list);
    box.replaceChildren(body);
    return box;
  }

  const onInput = (e) => {
    const p = pathOf(e.target);
    if (p) edited.add(p);
    if (p && (e.target.type === 'radio' || e.target.type === 'checkbox' || e.target.tagName === 'SELECT')) touched.add(p);
    validate();
    if (submitted) summary(problems(result));
  };
  const onLeave = (e) => {
    const p = pathOf(e.target);
    if (p && edited.has(p)) {
      touched.add(p);
      render();
    }
  };
  const onSubmit = (e) => {
    submitted = true;
    validate();
    const p = problems(result);
    const box = summary(p);
    if (p.size > 0) {
      emit('invalid', result);
      if (block) {
        e.preventDefault();
        box?.focus();
      }
    }
  };

  form.addEventListener('input', onInput);
  form.addEventListener('change', onInput);
  form.addEventListener('focusout', onLeave);
  form.addEventListener('submit', onSubmit);
  form.noValidate = true; // only now: the module is ready
  validate();
  emit('ready', result);

  return {
    available: true,
    validate,
    get result() {
      return result;
    },
    detach() {
      form.removeEventListener('input', onInput);
      form.removeEventListener('change', onInput);
      form.removeEventListener('focusout', onLeave);
      form.removeEventListener('submit', onSubmit);
      for (const path of [...form.querySelectorAll('[data-mestring-message]')].map((m) => m.dataset.mestringMessage)) clear(path);
      for (const el of controls()) el.setCustomValidity('');
      form.noValidate = false;
    },
  };
}

/** Attaches to every `form[data-mestring]` of the page. */
export function attachAll(options = {}) {
  return Promise.all([...document.querySelectorAll('form[data-mestring]')].map((f) => attach(f, options)));
}
