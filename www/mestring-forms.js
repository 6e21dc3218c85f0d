// @ts-check
// mestring-forms: live, accessible validation for a form a portal already has.
//
//   <form id="henvisning" data-mestring="referral" data-mestring-block> ...
//     <input data-mestring-path="citizen.cpr"> ...
//   <script type="module" src="/js/henvisning.js"></script>   (an external file: CSP-friendly)
//   // /js/henvisning.js
//   import { attachAll } from '/mestring/mestring-forms.js';
//   attachAll();
//
// The check runs on every change (it takes microseconds), but a field's error is shown only once
// that field was edited and left, or after a submit attempt; it clears the moment the value is
// fixed ("reward early, punish late"). While the caseworker types in one field, no new error
// appears on another. On submit, an error summary takes focus and links to each field, in the
// order of the form. Warnings never block; errors block only with data-mestring-block or
// options.block. The form's own native constraints (required, type=email, max, ...) are judged on
// submit too and always block, as the browser would. If the wasm cannot load, the form is left
// exactly as it was: native validation, normal submit, a quiet notice.
//
// Markup follows the design system named by data-mestring-style on the form: "dkfds" (default),
// "govuk" or "bootstrap". The attributes are described in the package's README.
import init, * as core from './mestring.js';

const CHECKS = {
  referral: 'checkReferral',
  mentorAgreement: 'checkMentorAgreement',
  internshipAgreement: 'checkInternshipAgreement',
  supplierAgreement: 'checkSupplierAgreement',
  plan: 'planCourse',
  caseload: 'checkCaseload',
};

// BEGIN FIELD_TYPES (written by scripts/field-types.mjs from src/types.d.ts; do not edit)
export const FIELD_TYPES = {
  referral: {
    'barriers': 'list',
    'canDescribeOwnBarriers': 'boolean',
    'citizen.birthDate': 'date',
    'openToGroupWork': 'boolean',
    'plannedEnd': 'date',
    'referenceDate': 'date',
    'substanceAbuse.inTreatment': 'boolean',
    'substanceAbuse.lastUse': 'date',
    'substanceAbuse.present': 'boolean',
    'substanceAbuse.treatmentEnd': 'date',
    'substanceAbuse.treatmentStart': 'date',
  },
  mentorAgreement: {
    'asOf': 'date',
    'cannotTakePartInOtherOffers': 'boolean',
    'contactIntervalDays': 'number',
    'dischargedFromPsychiatricAdmission': 'date',
    'end': 'date',
    'held.reports': 'list',
    'held.startMeeting': 'date',
    'held.statusMeetings': 'list',
    'held.statusMeetings.*.date': 'date',
    'held.statusMeetings.*.statusForm': 'boolean',
    'hoursPerWeek': 'number',
    'madeOn': 'date',
    'referenceDate': 'date',
    'renewal': 'boolean',
    'start': 'date',
    'tasks': 'list',
  },
  internshipAgreement: {
    'consent': 'boolean',
    'end': 'date',
    'extension.further': 'list',
    'extension.further.*.weeks': 'number',
    'hoursPerWeek': 'number',
    'madeOn': 'date',
    'start': 'date',
    'teachingDayAgreed': 'boolean',
    'withoutWorkExperience': 'boolean',
  },
  supplierAgreement: {
    'madeOn': 'date',
    'mentorHours': 'number',
    'providesMentorSupport': 'boolean',
    'tasks': 'list',
    'tasks.*.hours': 'number',
  },
  plan: {
    'aftercare.continuesInternship': 'boolean',
    'aftercare.level': 'number',
    'aftercare.weeks': 'number',
    'internshipAgreementDate': 'date',
    'internshipAssessment.date': 'date',
    'internshipAssessment.further': 'list',
    'internshipAssessment.further.*.weeks': 'number',
    'start': 'date',
    'teachingWeekdays': 'list',
    'teamSize': 'number',
    'weeks.internship': 'number',
    'weeks.preparation': 'number',
    'weeks.teaching': 'number',
  },
  caseload: {
    'asOf': 'date',
    'citizens': 'number',
    'citizens.*.grantedHoursPerWeek': 'number',
    'hoursPerWeek': 'number',
  },
};
// END FIELD_TYPES

// BEGIN MONTHS (written by scripts/generate from src/date.rs, the core's long dates; do not edit)
export const MONTHS = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
// END MONTHS

const list = (items, and) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`);
const upper = (s) => s.charAt(0).toUpperCase() + s.slice(1);

const TEXT = {
  da: {
    error: 'Fejl: ',
    note: 'Bemærk: ',
    summary: 'Der er problemer',
    eligible: 'Borgeren er i målgruppen.',
    eligibleFrom: (d) => `Borgeren er ikke i målgruppen endnu, men vil være det fra ${d}.`,
    notEligible: 'Borgeren er ikke i målgruppen.',
    missing: (names) => `Der mangler oplysninger om ${list(names, 'og')}.`,
    unassessable: (names) => `${upper(list(names, 'og'))} kan ikke vurderes ud fra det udfyldte.`,
    // With presentOnly, when every criterion this form asks about is known.
    stepDone: 'Det, formularen spørger om, er udfyldt. Resten af målgruppen vurderes, når henvisningen er udfyldt.',
    referenceDate: 'referencedato',
    complete: 'Aftalen er udfyldt.',
    incomplete: (n) => `Der er ${n} ${n === 1 ? 'fejl eller mangel' : 'fejl eller mangler'} i aftalen.`,
    unavailable: 'Den automatiske kontrol kunne ikke indlæses. Du kan stadig udfylde og sende formularen.',
    // A reload empties the form (the CPR field is never kept), so it is not offered as the fix.
    failed: (block) => `Den automatiske kontrol holdt op med at virke. ${block ? 'Formularen kan ikke sendes, før kontrollen virker igen.' : 'Du kan stadig sende formularen.'} Genindlæser du siden, bliver formularen tømt, og alt skal udfyldes igen.`,
    months: MONTHS.da,
    date: (d, m, y, months) => `${d}. ${months[m - 1]} ${y}`,
    parts: { day: 'en dag', month: 'en måned', year: 'et år' },
    partNames: { day: 'Dagen', month: 'Måneden', year: 'Året' },
    // Sentences with a full stop, as the core's messages, and the first of Retskrivningsreglerne § 58's
    // quotation marks (»...«).
    dateMissing: (parts) => `Datoen mangler ${list(parts, 'og')}.`,
    notNumber: (part) => `${part} skal være et tal.`,
    monthRange: 'Måneden skal være et tal fra 1 til 12.',
    dayRange: 'Dagen skal være et tal fra 1 til 31.',
    yearDigits: 'Året skal have fire cifre.',
    noSuchDay: (d, month, y) => `Der er ikke ${d} dage i ${month}${y ? ` ${y}` : ''}.`,
    required: (label) => (label ? `Udfyld »${label}«.` : 'Udfyld feltet.'),
    choose: (label) => (label ? `Vælg et svar ved »${label}«.` : 'Vælg et svar.'),
    email: (label) => `Indtast en gyldig e-mailadresse${label ? ` i »${label}«` : ''}.`,
    max: (label, max) => `${label ? `»${label}«` : 'Værdien'} må højst være ${max}.`,
    min: (label, min) => `${label ? `»${label}«` : 'Værdien'} skal mindst være ${min}.`,
  },
  en: {
    error: 'Error: ',
    note: 'Note: ',
    summary: 'There is a problem',
    eligible: 'The citizen is in the target group.',
    eligibleFrom: (d) => `The citizen is not in the target group yet, but will be from ${d}.`,
    notEligible: 'The citizen is not in the target group.',
    missing: (names) => `Information is missing on ${list(names, 'and')}.`,
    unassessable: (names) => `${upper(list(names, 'and'))} cannot be assessed from what is filled in.`,
    stepDone: 'What this form asks is filled in. The rest of the target group is assessed once the referral is complete.',
    referenceDate: 'reference date',
    complete: 'The agreement is complete.',
    incomplete: (n) => `The agreement has ${n} ${n === 1 ? 'error or omission' : 'errors or omissions'}.`,
    unavailable: 'The automatic check could not be loaded. You can still fill in and send the form.',
    failed: (block) => `The automatic check stopped working. ${block ? 'The form cannot be sent until the check works again.' : 'You can still send the form.'} Reloading the page empties the form, and everything must be filled in again.`,
    months: MONTHS.en,
    date: (d, m, y, months) => `${d} ${months[m - 1]} ${y}`,
    parts: { day: 'a day', month: 'a month', year: 'a year' },
    partNames: { day: 'The day', month: 'The month', year: 'The year' },
    dateMissing: (parts) => `The date must include ${list(parts, 'and')}.`,
    notNumber: (part) => `${part} must be a number.`,
    monthRange: 'The month must be a number from 1 to 12.',
    dayRange: 'The day must be a number from 1 to 31.',
    yearDigits: 'The year must have four digits.',
    noSuchDay: (d, month, y) => `${month}${y ? ` ${y}` : ''} does not have ${d} days.`,
    required: (label) => (label ? `Fill in “${label}”.` : 'Fill in this field.'),
    choose: (label) => (label ? `Choose an answer for “${label}”.` : 'Choose an answer.'),
    email: (label) => `Enter a valid email address${label ? ` in “${label}”` : ''}.`,
    max: (label, max) => `${label ? `“${label}”` : 'The value'} must be at most ${max}.`,
    min: (label, min) => `${label ? `“${label}”` : 'The value'} must be at least ${min}.`,
  },
};

// Each design system's own classes and markup.
const STYLES = {
  dkfds: {
    group: '.form-group',
    groupError: 'form-error',
    controlError: () => null,
    message: { tag: 'span', className: 'form-error-message', hidden: 'sr-only', place: 'before' },
    warning: { tag: 'span', className: 'form-hint mestring-warning', place: 'after' },
    summary: 'alert alert-error',
  },
  govuk: {
    group: '.govuk-form-group',
    groupError: 'govuk-form-group--error',
    controlError: (el) => (el.matches('select') ? 'govuk-select--error' : el.matches('textarea') ? 'govuk-textarea--error' : el.matches('[type=radio], [type=checkbox]') ? null : 'govuk-input--error'),
    message: { tag: 'p', className: 'govuk-error-message', hidden: 'govuk-visually-hidden', place: 'before' },
    warning: { tag: 'div', className: 'govuk-hint mestring-warning', place: 'after' },
    summary: 'govuk-error-summary',
  },
  bootstrap: {
    group: null,
    groupError: null,
    controlError: () => 'is-invalid',
    message: { tag: 'div', className: 'invalid-feedback d-block', hidden: 'visually-hidden', place: 'after' },
    warning: { tag: 'div', className: 'form-text mestring-warning', place: 'after' },
    summary: 'alert alert-danger',
  },
};

// Where a field's wrapper ends and the options of a group begin, in each system.
const WRAPPERS = '.form-input-wrapper, .govuk-input__wrapper, .input-group, .form-group-radio, .form-group-checkbox, .govuk-radios__item, .govuk-checkboxes__item, .form-check';
const HINTS = '.form-hint, .govuk-hint, .form-text';
const CONTROLS = 'input, select, textarea';
const TEXTLIKE = (el) => el.matches('input') && ['text', 'number', 'tel', ''].includes(el.getAttribute('type') ?? '');
// Path segments that would reach Object.prototype.
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
// Where a criterion's field may stand in a form that asks only for the other.
// A form without the treatment question (it asks only since when) gets that criterion at its date.
const ALTERNATES = { 'citizen.birthDate': ['citizen.cpr'], 'citizen.cpr': ['citizen.birthDate'], 'substanceAbuse.inTreatment': ['substanceAbuse.treatmentStart'] };

let ready = null;
/** Loads the wasm once per page; resolves to true, or false when it cannot load. */
function load(moduleOrPath) {
  ready ??= init(moduleOrPath ? { module_or_path: moduleOrPath } : undefined).then(() => true, () => false);
  return ready;
}

// Console warnings, once per form and text.
const warned = new WeakMap();
function warnOnce(form, text) {
  let seen = warned.get(form);
  if (!seen) warned.set(form, (seen = new Set()));
  if (seen.has(text)) return;
  seen.add(text);
  console.warn(`mestring-forms: ${text}`);
}

const own = (o, k) => o !== null && typeof o === 'object' && Object.hasOwn(o, k);
const put = (o, k, value) => Object.defineProperty(o, k, { value, writable: true, enumerable: true, configurable: true });
const isObject = (v) => v !== null && typeof v === 'object';
// Taken when the module loads: a script that later replaces Event.prototype.preventDefault (or
// stopImmediatePropagation) must not let an invalid form through the submit guard.
const PREVENT = Event.prototype.preventDefault;
const STOP = Event.prototype.stopImmediatePropagation;

/** The path's segments, or null (with a warning) when one could reach Object.prototype or is empty. */
function segments(form, path) {
  const keys = path.split('.');
  if (keys.some((k) => k === '' || FORBIDDEN.has(k))) {
    warnOnce(form, `data-mestring-path "${path}" is ignored: a segment is empty or one of __proto__, constructor, prototype.`);
    return null;
  }
  return keys;
}

/**
 * Sets `value` at `keys` in `obj` with own data properties only (no setter of the page runs, no
 * prototype is reached). Returns false, after one warning, when another control's value is in the way.
 */
function setPath(form, obj, path, keys, value) {
  let o = obj;
  for (let i = 0; i < keys.length - 1; i++) {
    const k = keys[i];
    const nextIsIndex = /^\d+$/.test(keys[i + 1]);
    if (own(o, k) && o[k] !== null) {
      if (!isObject(o[k]) || (Array.isArray(o[k]) && !nextIsIndex)) {
        warnOnce(form, `data-mestring-path "${path}" conflicts with another control's path ("${keys.slice(0, i + 1).join('.')}" already holds a value); it is ignored.`);
        return false;
      }
    } else {
      put(o, k, nextIsIndex ? [] : {});
    }
    o = o[k];
  }
  const last = keys.at(-1);
  if (own(o, last) && o[last] !== null && value !== null) {
    const same = JSON.stringify(o[last]) === JSON.stringify(value);
    if (!same) warnOnce(form, `two controls give data-mestring-path "${path}" different values; the first is used.`);
    return same;
  }
  if (own(o, last) && value === null) return true;
  put(o, last, value);
  return true;
}

/** The type a path has in the package's input, from FIELD_TYPES (list indexes as `*`). */
function typeOf(kind, path) {
  return FIELD_TYPES[kind]?.[path.replace(/\.\d+(?=\.|$)/g, '.*')] ?? null;
}

const BOOLEANS = { true: true, ja: true, yes: true, 1: true, false: false, nej: false, no: false, 0: false };

function parseMap(text) {
  const map = new Map();
  for (const pair of (text ?? '').split(',')) {
    const i = pair.indexOf('=');
    if (i > 0) map.set(pair.slice(0, i).trim(), pair.slice(i + 1).trim());
  }
  return map;
}

/** A control's raw value converted to `type`; text the type cannot read goes through as it is. */
function convert(raw, type) {
  if (raw === null) return null;
  const s = String(raw).trim();
  if (s === '') return null;
  if (type === 'boolean') return BOOLEANS[s.toLowerCase()] ?? s;
  if (type === 'number') {
    const n = Number(s.replace(',', '.'));
    return Number.isFinite(n) ? n : s;
  }
  if (type === 'list') return s.split(/\r?\n/).map((x) => x.trim()).filter(Boolean);
  if (type === 'cpr') return cprValue(s);
  if (type === 'date') {
    const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
    return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : s;
  }
  return raw;
}

// Typographic dashes a pasted CPR number may carry (U+2010-U+2015, U+2212 minus) and the spaces
// within it (U+00A0 and the narrow ones included).
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /[\s\u00a0\u2007\u202f]+/g;
/**
 * A CPR number as typed or pasted, in the form the core reads: "150399 1000" and "150399–1000"
 * become "150399-1000". Anything that is not 6 + 4 digits goes through as it is, for the core to
 * judge. The value is only handed to the check; the control keeps what was typed.
 */
function cprValue(s) {
  const c = s.replace(SPACES, '').replace(DASHES, '-');
  const m = /^(\d{6})-?(\d{4})$/.exec(c);
  if (!m || c === s) return s;
  return `${m[1]}-${m[2]}`;
}
// Paths that hold a CPR number (citizen.cpr, or a portal's own *.cpr).
const isCprPath = (path) => /(^|\.)cpr$/i.test(path);

const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The three parts of a date group: by data-mestring-part, else by name or id, else in DOM order. */
function dateParts(inputs) {
  const by = {};
  const test = { day: /(day|dag)$/i, month: /(month|maaned|måned)$/i, year: /(year|aar|år)$/i };
  for (const el of inputs) {
    const part = el.dataset.mestringPart;
    if (part in test && !by[part]) by[part] = el;
  }
  for (const key of ['name', 'id']) {
    for (const el of inputs) {
      if (Object.values(by).includes(el)) continue;
      for (const [part, re] of Object.entries(test)) if (!by[part] && re.test(el[key] ?? '')) by[part] = el;
    }
  }
  if (by.day && by.month && by.year) return by;
  return { day: inputs[0], month: inputs[1], year: inputs[2] };
}

/**
 * A whole date pasted (or typed) into one part of a date in three parts: "04.01.2027", "4/1/2027",
 * "4-1-2027", "4 1 2027" (day first, as Danish dates are written) or "2027-01-04". Null otherwise.
 */
function wholeDate(text) {
  const s = String(text ?? '').trim().replace(DASHES, '-');
  let m = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})$/.exec(s) ?? /^(\d{1,2})\s+(\d{1,2})\s+(\d{4})$/.exec(s);
  if (m) return { day: m[1], month: m[2], year: m[3] };
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  return m ? { day: m[3], month: m[2], year: m[1] } : null;
}

/**
 * A date typed in three parts: `{ value, problem, part }`. Half-typed is not filled in (value
 * null) and carries the problem shown once the group is left or the form submitted.
 */
function readDate(parts, t) {
  const v = Object.fromEntries(Object.entries(parts).map(([k, el]) => [k, el.value.trim()]));
  const empty = Object.keys(v).filter((k) => v[k] === '');
  if (empty.length === 3) return { value: null, problem: null };
  if (empty.length) return { value: null, problem: t.dateMissing(empty.map((k) => t.parts[k])), part: empty[0] };
  for (const k of ['day', 'month', 'year']) if (!/^\d+$/.test(v[k])) return { value: null, problem: t.notNumber(t.partNames[k]), part: k };
  const [d, m, y] = [Number(v.day), Number(v.month), Number(v.year)];
  if (v.year.length !== 4) return { value: null, problem: t.yearDigits, part: 'year' };
  if (m < 1 || m > 12) return { value: null, problem: t.monthRange, part: 'month' };
  if (d < 1 || d > 31) return { value: null, problem: t.dayRange, part: 'day' };
  if (d > daysIn(y, m)) return { value: null, problem: t.noSuchDay(d, t.months[m - 1], m === 2 ? y : null), part: 'day' };
  return { value: `${v.year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, problem: null };
}

/** The form's fields, in DOM order: `{ path, el, controls, date? }` (el is the outermost element with the path). */
function fieldsOf(form) {
  const fields = new Map();
  const field = (path, el) => {
    if (!fields.has(path)) fields.set(path, { path, el, controls: [], date: null });
    return fields.get(path);
  };
  const dates = [];
  for (const el of form.querySelectorAll('[data-mestring-path]')) {
    const path = el.dataset.mestringPath;
    if (!path) continue;
    if (el.matches(CONTROLS)) continue;
    // A container: a date in three parts, or a group whose controls take its path.
    const inputs = [...el.querySelectorAll(CONTROLS)];
    if (inputs.length === 3 && inputs.every(TEXTLIKE) && !inputs.some((i) => i.dataset.mestringPath && i.dataset.mestringPath !== path)) {
      const f = field(path, el);
      f.date = dateParts(inputs);
      f.controls.push(...inputs);
      dates.push(el);
    } else {
      field(path, el);
    }
  }
  for (const el of form.querySelectorAll(CONTROLS)) {
    if (el.disabled || el.type === 'hidden' || el.type === 'submit' || el.type === 'button' || el.type === 'reset') continue;
    if (dates.some((d) => d.contains(el))) continue;
    const owner = el.closest('[data-mestring-path]');
    if (!owner || !form.contains(owner)) continue;
    field(owner.dataset.mestringPath, el).controls.push(el);
  }
  return [...fields.values()];
}

const attr = (el, name, stop) => {
  for (let n = el; n && n !== stop?.parentElement; n = n.parentElement) if (n.hasAttribute?.(name)) return n.getAttribute(name);
  return null;
};

/**
 * Reads `form` as the input object its check takes (what the glue checks, and what a server
 * should check again). Never throws; conflicting or unsafe paths give one console warning each.
 * Also returns, for the glue, the problems of dates typed in parts.
 */
function readFields(form, options = {}) {
  const kind = options.check ?? form.dataset.mestring ?? 'referral';
  const t = TEXT[options.lang] ?? TEXT.da;
  const input = {};
  const dates = new Map();
  const later = [];
  const items = new Map();
  const fields = fieldsOf(form);
  for (const [k, v] of Object.entries(options.values ?? {})) if (!FORBIDDEN.has(k)) put(input, k, structuredClone(v));
  for (const f of fields) {
    try {
      if (f.path.includes('*')) {
        later.push(f);
        continue;
      }
      const keys = segments(form, f.path);
      if (!keys) continue;
      if (f.date) {
        const d = readDate(f.date, t);
        if (d.problem) dates.set(f.path, d);
        setPath(form, input, f.path, keys, d.value);
        continue;
      }
      const value = readControls(form, kind, f, items);
      if (value !== undefined) setPath(form, input, f.path, keys, value);
    } catch (e) {
      warnOnce(form, `data-mestring-path "${f.path}" could not be read (${/** @type {any} */ (e)?.message ?? e}).`);
    }
  }
  // Lists from checkbox groups, then the `*` paths that set a field on every item.
  for (const [path, list] of items) {
    const keys = segments(form, path);
    if (!keys || !list.length) continue;
    let o = input;
    for (const k of keys.slice(0, -1)) o = own(o, k) ? o[k] : undefined;
    const there = own(o, keys.at(-1)) ? o[keys.at(-1)] : undefined;
    // Items set by indexed paths (barriers.0.severity) join the group's items.
    if (Array.isArray(there)) {
      list.forEach((entry, i) => {
        if (!isObject(there[i])) put(there, String(i), entry);
        else for (const [k, v] of Object.entries(entry)) if (!own(there[i], k)) put(there[i], k, v);
      });
    } else setPath(form, input, path, keys, list);
  }
  // A list item whose fields are all unanswered (a blank row of barriers.0.kind, .severity) is not
  // an item: without it the check sees the question as unanswered, not as answered with a blank.
  // Only trailing blank items go, so the indexes of the others stay those of their controls.
  for (const path of new Set(fields.map((f) => /^(.*?)\.\d+(?:\.|$)/.exec(f.path)?.[1] ?? ''))) {
    if (!path) continue;
    const keys = path.split('.');
    let o = input;
    for (const k of keys.slice(0, -1)) o = isObject(o) && own(o, k) ? o[k] : undefined;
    const list = isObject(o) && own(o, keys.at(-1)) ? o[keys.at(-1)] : undefined;
    if (!Array.isArray(list) || own(options.values ?? {}, keys[0])) continue;
    while (list.length && blank(list.at(-1))) list.pop();
    if (!list.length) delete o[keys.at(-1)];
  }
  for (const f of later) {
    try {
      const [head, rest] = f.path.split(/\.\*\./);
      const hk = segments(form, head);
      const rk = rest && segments(form, rest);
      if (!hk || !rk) {
        if (hk && !rest) warnOnce(form, `data-mestring-path "${f.path}": a "*" must stand between two parts, as in barriers.*.severity.`);
        continue;
      }
      let o = input;
      for (const k of hk) o = own(o, k) ? o[k] : undefined;
      const value = readControls(form, kind, { ...f, path: f.path }, null);
      if (!Array.isArray(o) || value === undefined) continue;
      o.forEach((item, i) => isObject(item) && setPath(form, input, `${head}.${i}.${rest}`, [...hk, String(i), ...rk], value));
    } catch (e) {
      warnOnce(form, `data-mestring-path "${f.path}" could not be read (${/** @type {any} */ (e)?.message ?? e}).`);
    }
  }
  return { input, dates, fields };
}

/** Whether a value read from a form holds no answer at all (nulls, empty lists, objects of those). */
function blank(v) {
  if (v === null || v === undefined) return true;
  if (Array.isArray(v)) return v.every(blank);
  if (isObject(v)) return Object.values(v).every(blank);
  return false;
}

/** The value of a field's controls; undefined when they give none (an unchecked box). */
function readControls(form, kind, f, items) {
  const typed = (el) => attr(el, 'data-mestring-type', f.el) ?? typeOf(kind, f.path) ?? (isCprPath(f.path) ? 'cpr' : el.type === 'number' ? 'number' : el.type === 'date' ? 'date' : null);
  const mapped = (el, value) => {
    const text = attr(el, 'data-mestring-map', f.el);
    return text ? (parseMap(text).get(value) ?? value) : value;
  };
  const item = f.controls.map((el) => attr(el, 'data-mestring-item', f.el)).find(Boolean);
  if (item && items) {
    const list = items.get(f.path) ?? [];
    items.set(f.path, list);
    const ik = segments(form, item);
    for (const el of f.controls) {
      if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) continue;
      const v = convert(mapped(el, el.value), null);
      if (v === null || !ik) continue;
      const entry = {};
      setPath(form, entry, item, ik, v);
      list.push(entry);
    }
    return undefined;
  }
  let value;
  let answered = false;
  const boxes = f.controls.filter((el) => el.type === 'checkbox');
  for (const el of f.controls) {
    const type = typed(el);
    if (el.type === 'radio') {
      if (el.checked) {
        value = convert(mapped(el, el.value), type);
        answered = true;
      }
    } else if (el.type === 'checkbox') {
      if (type === 'boolean' && boxes.length === 1) {
        const unchecked = attr(el, 'data-mestring-unchecked', f.el);
        if (el.checked) value = true;
        else if (unchecked !== null) value = convert(unchecked, 'boolean');
        else continue;
        answered = true;
      } else if (type === 'list' || boxes.length > 1) {
        value = answered && Array.isArray(value) ? value : [];
        if (el.checked) value.push(convert(mapped(el, el.value), null));
        answered = true;
      } else if (el.checked) {
        value = convert(mapped(el, el.value), type);
        answered = true;
      }
    } else if (el.matches('select[multiple]')) {
      value = [...el.selectedOptions].map((o) => mapped(el, o.value)).filter((v) => v !== '');
      answered = true;
    } else if (!answered) {
      value = convert(mapped(el, el.value), type);
      answered = true;
    }
  }
  if (Array.isArray(value) && value.length === 0 && boxes.length > 1) return undefined;
  if (!answered) return f.controls.some((el) => el.type === 'radio') ? null : undefined;
  return value;
}

/** The input object the glue would check for `form` (for a server to check again). Never throws. */
export function readForm(form, options = {}) {
  try {
    return readFields(form, options).input;
  } catch (e) {
    warnOnce(form, `the form could not be read (${/** @type {any} */ (e)?.message ?? e}).`);
    return {};
  }
}

const handles = new WeakMap();

/**
 * Attaches live validation to `form` (once: attaching again gives the same handle). Options:
 * `check` (default the form's data-mestring), `lang` ('da' | 'en', default the page's), `block`
 * (errors block submit), `presentOnly` (report only fields the form has: for one step of a
 * multi-step form), `style` ('dkfds' | 'govuk' | 'bootstrap'), `ruleset`, `moduleUrl` (where
 * mestring_bg.wasm is), `values` (constant fields, e.g. { referenceDate }).
 * Resolves to `{ available, validate(), detach(), result, input }`.
 */
export function attach(form, options = {}) {
  if (!handles.has(form)) {
    handles.set(form, start(form, options).catch((e) => {
      // Whatever went wrong, the form stays as it was (native validation, normal submit).
      console.error('mestring-forms: could not attach', e);
      handles.delete(form);
      attached.delete(form);
      return { available: false, validate: () => null, detach: () => {}, result: null, input: null };
    }));
  }
  return handles.get(form);
}

async function start(form, options) {
  const doc = form.ownerDocument;
  const win = doc.defaultView;
  const lang = options.lang ?? (doc.documentElement.lang?.startsWith('en') ? 'en' : 'da');
  const t = TEXT[lang] ?? TEXT.da;
  const kind = options.check ?? form.dataset.mestring ?? 'referral';
  const block = options.block ?? form.hasAttribute('data-mestring-block');
  const presentOnly = options.presentOnly ?? form.hasAttribute('data-mestring-present-only');
  const styleName = options.style ?? form.dataset.mestringStyle ?? 'dkfds';
  const style = STYLES[styleName] ?? STYLES.dkfds;
  const fn = CHECKS[kind];
  const emit = (name, detail) => form.dispatchEvent(new CustomEvent(`mestring:${name}`, { detail, bubbles: true }));
  attached.add(form);

  /** The form's own output element: inside it, else data-mestring-for its id, else page-wide with one form. */
  const output = (name) => {
    const inside = form.querySelector(`[data-mestring-${name}]`);
    if (inside) return inside;
    if (form.id) {
      const scoped = doc.querySelector(`[data-mestring-${name}][data-mestring-for="${CSS.escape(form.id)}"]`);
      if (scoped) return scoped;
    }
    const forms = new Set([...doc.querySelectorAll('form[data-mestring]'), ...[...attached].filter((f) => f.isConnected)]);
    if (forms.size > 1) return null;
    return [...doc.querySelectorAll(`[data-mestring-${name}]`)].find((el) => !el.hasAttribute('data-mestring-for') && !el.closest('form')) ?? null;
  };

  if (!fn || !(await load(options.moduleUrl))) {
    // Leave the form as it was: native validation, normal submit. Say so quietly.
    const notice = output('notice');
    if (notice) {
      notice.textContent = t.unavailable;
      notice.hidden = false;
    }
    emit('unavailable', { kind });
    handles.delete(form);
    attached.delete(form);
    return { available: false, validate: () => null, detach: () => {}, result: null, input: null };
  }

  const catalogue = Object.fromEntries(core.messages(lang).rules.map((r) => [r.rule, r.texts]));
  /**
   * What a form shows while a criterion's input is missing: the text for the field the
   * criterion names (`missing` + the field's last name, as `missingInTreatment` for
   * `substanceAbuse.inTreatment`) where the catalogue has one, else the criterion's `missing`.
   * @param {{ rule: string, field: string }} c
   */
  const missingText = (c) => {
    const texts = catalogue[c.rule];
    const last = c.field.slice(c.field.lastIndexOf('.') + 1);
    return texts?.[`missing${last.charAt(0).toUpperCase()}${last.slice(1)}`] ?? texts?.missing ?? c.rule;
  };
  const touched = new Set();
  const edited = new Set();
  let submitted = false;
  let result = null;
  let input = null;
  let dates = new Map();
  let fields = [];
  let typing = null;
  let failed = false;
  const shown = new Map(); // path -> { kind: 'error' | 'warning', el, message element, controls }
  const validity = new Set(); // controls whose custom validity we set
  const restore = []; // undo steps for detach
  const status = output('status');
  const statusBefore = status?.textContent ?? null;
  const noValidateBefore = form.noValidate;
  let summaryBox = null;
  let summaryKey = null;
  let titled = false;
  let ownSummary = false;
  let seq = 0;

  const byPath = () => new Map(fields.map((f) => [f.path, f]));

  /** The field a finding's path stands at: itself, a parent path, or a `*` path; null when the form has none. */
  function fieldFor(path, map) {
    if (!path) return null;
    const tries = [path, ...(ALTERNATES[path] ?? [])];
    for (const p of tries) {
      const keys = p.split('.');
      for (let n = keys.length; n > 0; n--) {
        const q = keys.slice(0, n).join('.');
        if (map.has(q)) return map.get(q);
        const star = q.replace(/\.\d+(?=\.|$)/g, '.*');
        if (map.has(star)) return map.get(star);
      }
    }
    // A path the form has only parts of (barriers, with controls for barriers.0.kind): the first.
    for (const p of tries) for (const f of map.values()) if (f.path.startsWith(`${p}.`)) return f;
    return null;
  }

  const labelOf = (el) => {
    const legend = el.closest('fieldset')?.querySelector('legend');
    const group = el.type === 'radio' || el.type === 'checkbox' || fields.some((f) => f.date && f.controls.includes(el));
    const text = group && legend ? legend.textContent : el.labels?.[0]?.textContent ?? '';
    return text.replace(/\s+/g, ' ').trim();
  };

  /** The form's own native constraints (required, type=email, max, ...), ignoring ours. */
  function nativeProblems() {
    const out = [];
    for (const el of form.querySelectorAll(CONTROLS)) {
      const v = el.validity;
      if (!v || !el.willValidate) continue;
      const failing = v.valueMissing || v.typeMismatch || v.patternMismatch || v.tooLong || v.tooShort || v.rangeOverflow || v.rangeUnderflow || v.stepMismatch || v.badInput;
      if (!failing) continue;
      const label = labelOf(el);
      let message;
      if (v.valueMissing) message = el.type === 'radio' || el.type === 'checkbox' || el.matches('select') ? t.choose(label) : t.required(label);
      else if (v.typeMismatch && el.type === 'email') message = t.email(label);
      else if (v.rangeOverflow) message = t.max(label, el.max);
      else if (v.rangeUnderflow) message = t.min(label, el.min);
      else {
        const custom = el.validationMessage;
        el.setCustomValidity('');
        message = el.validationMessage;
        el.setCustomValidity(validity.has(el) ? custom : '');
      }
      out.push({ el, message });
    }
    return out;
  }

  /** Whether the input holds a value at `path` (or, for a criterion's cpr/birth date, at its alternate). */
  function answered(path) {
    const at = (p) => p.split('.').reduce((o, k) => (own(o, k) ? o[k] : undefined), input);
    return [path, ...(ALTERNATES[path] ?? [])].some((p) => {
      const v = at(p);
      return v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0);
    }) && !dates.has(path);
  }

  const valueAt = (p) => p.split('.').reduce((o, k) => (own(o, k) ? o[k] : undefined), input);
  const inOrder = (a, b) => (a.el === b.el ? 0 : a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);

  /**
   * For a path that is answered only in part (a barrier with a kind and no degree: a list entry
   * with a field left empty), the first of the form's fields under it that is empty, in form
   * order; null when none is.
   */
  function emptyPart(path) {
    const under = fields.filter((f) => f.path.startsWith(`${path}.`) && !dates.has(f.path)).sort(inOrder);
    for (const f of under) {
      const star = f.path.split('.*.');
      if (star.length === 2) {
        const list = valueAt(star[0]);
        if (Array.isArray(list) && list.some((item) => isObject(item) && blank(star[1].split('.').reduce((o, k) => (own(o, k) ? o[k] : undefined), item)))) return f;
        continue;
      }
      if (f.path.includes('*')) continue;
      // Only within an entry that is there (a trailing blank row was dropped as no entry at all).
      const parent = f.path.slice(0, f.path.lastIndexOf('.'));
      if (isObject(valueAt(parent)) && blank(valueAt(f.path))) return f;
    }
    return null;
  }

  /** The label a field has in this form (its legend or label), or null when the form has no such field. */
  function labelFor(path) {
    const f = fields.find((x) => x.path === path);
    if (!f) return null;
    const legend = f.el.matches('fieldset') ? f.el.querySelector('legend') : !f.el.matches(CONTROLS) ? (f.el.querySelector('legend') ?? f.el.closest('fieldset')?.querySelector('legend')) : null;
    const text = (legend?.textContent ?? (f.controls[0] ? labelOf(f.controls[0]) : '')).replace(/\s+/g, ' ').trim();
    return text || null;
  }

  /** A label inside a sentence: "Forløbets planlagte start" as "forløbets planlagte start" (not "CPR"). */
  const inSentence = (s) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

  /** Problems by field path (`#id` for a control without one), each `{ path, message, field, focus, kind }`. */
  function problems(r, { native = submitted } = {}) {
    const map = byPath();
    const out = new Map();
    const loose = [];
    const add = (rawPath, message, kind, focus) => {
      const f = fieldFor(rawPath, map);
      if (!f) {
        if (!presentOnly && message && !loose.some((p) => p.message === message)) loose.push({ path: rawPath, message, kind, field: null, focus: null });
        return;
      }
      if (out.has(f.path)) return;
      out.set(f.path, { path: f.path, message, kind, field: f, focus: focus ?? f.controls.find((c) => c.type !== 'radio' || c.checked) ?? f.controls[0] ?? f.el });
    };
    for (const [path, d] of dates) add(path, d.problem, 'date', map.get(path)?.date?.[d.part]);
    for (const f of r?.findings ?? []) if (f.severity === 'error') add(f.field, f.message, 'error');
    if (native) {
      for (const { el, message } of nativeProblems()) {
        const f = fields.find((x) => x.controls.includes(el));
        if (f) add(f.path, message, 'native', el);
        else {
          // A control the check does not read; a radio group once.
          const key = el.type === 'radio' && el.name ? `radio:${el.name}` : `#${el.id}`;
          if (!out.has(key)) out.set(key, { path: `#${el.id}`, message, kind: 'native', field: { path: key, el, controls: [el] }, focus: el });
        }
      }
    }
    if (submitted) {
      // What is missing, at a field that is still empty (a criterion unknown for want of another
      // field, as the age without a reference date, is reported there, not at the filled-in one).
      // A criterion answered only in part (a barrier without its degree) is missing too, at the
      // control that is still empty.
      for (const c of r?.criteria ?? []) {
        if (c.status !== 'unknown') continue;
        const text = missingText(c);
        if (!answered(c.field)) add(c.field, text, 'missing');
        else {
          const part = emptyPart(c.field);
          if (part) add(part.path, text, 'missing');
        }
      }
      // Still incomplete with nothing to say (a value the glue read as an answer the check could
      // not use): name what is unknown at its own field, so the referral is not sent unremarked.
      if (r?.outcome === 'incomplete' && out.size === 0 && loose.length === 0) {
        for (const c of r.criteria ?? []) if (c.status === 'unknown') add(c.field, missingText(c), 'missing');
      }
      if (!r?.criteria) for (const f of r?.findings ?? []) if (f.severity === 'error' && !f.field) add(null, f.message, 'error');
    }
    // In the order of the form; messages about the form as a whole last.
    const ordered = [...out.values()].sort((a, b) => inOrder(a.field, b.field));
    return [...ordered, ...loose];
  }

  function warnings(r) {
    const map = byPath();
    const out = new Map();
    for (const f of r?.findings ?? []) {
      if (f.rule === 'input.unknown') {
        warnOnce(form, `${f.field ?? 'the input'}: ${f.message}`);
        continue;
      }
      if (f.severity !== 'warning') continue;
      const field = fieldFor(f.field, map);
      if (field && !out.has(field.path)) out.set(field.path, { path: field.path, message: f.message, field });
    }
    return out;
  }

  const uid = (base) => {
    let id = base.replace(/[^\w-]/g, '-');
    while (doc.getElementById(id)) id = `${base.replace(/[^\w-]/g, '-')}-${++seq}`;
    return id;
  };

  /** Where a field's aria-describedby goes: its control, or the fieldset holding only this field. */
  function describedHosts(f) {
    const options = f.controls.length > 1 && f.controls.every((c) => c.type === 'radio' || c.type === 'checkbox');
    if (f.el.matches(CONTROLS) && !options) return [f.el];
    const fs = f.el.matches('fieldset') ? f.el : (!f.el.matches(CONTROLS) && f.el.querySelector('fieldset')) || f.el.closest('fieldset');
    if (fs && form.contains(fs) && [...fs.querySelectorAll(CONTROLS)].every((c) => f.controls.includes(c) || c.type === 'hidden')) return [fs];
    return f.controls.filter((c) => c.type !== 'radio' && c.type !== 'checkbox').length ? f.controls : [f.el];
  }

  /** Puts a message element where the system wants it: above or below the control, outside a group's options, after its hint. */
  function place(f, node, where) {
    if (f.el.matches(CONTROLS)) {
      const wrap = f.el.closest(WRAPPERS);
      const anchor = wrap && wrap.contains(f.el) && form.contains(wrap) ? wrap : f.el;
      if (where === 'before') anchor.before(node);
      else {
        // After the hint that follows the control (Bootstrap's .form-text).
        let after = anchor;
        while (after.nextElementSibling?.matches(HINTS) && !after.nextElementSibling.dataset.mestringMessage) after = after.nextElementSibling;
        after.after(node);
      }
      return;
    }
    const fs = f.el.matches('fieldset') ? f.el : f.el.querySelector('fieldset');
    const box = fs && f.el.contains(fs) ? fs : f.el;
    const kids = [...box.children];
    const first = kids.findIndex((c) => c.matches(CONTROLS) || c.querySelector(CONTROLS));
    // A container of options only (GOV.UK's .govuk-radios, .govuk-date-input): outside it.
    if (first < 0) {
      box.append(node);
      return;
    }
    const optionsOnly = first === 0 && box === f.el;
    if (where === 'before') {
      if (optionsOnly) f.el.before(node);
      else kids[first].before(node);
    } else if (optionsOnly) f.el.after(node);
    else box.append(node);
  }

  function groupOf(f) {
    if (!style.group) return null;
    const g = f.el.matches(style.group) ? f.el : f.el.closest(style.group);
    return g && form.contains(g) ? g : null;
  }

  /** Shows (or updates) the message of a field. */
  function show(f, message, severity, focusPart) {
    const prev = shown.get(f.path);
    if (prev && prev.severity === severity && prev.message === message) return;
    if (prev) hide(f.path);
    const spec = severity === 'error' ? style.message : style.warning;
    const base = f.el.id || (!f.date && f.controls.length === 1 && f.controls[0].id) || uid(`${form.id || 'mestring'}-${f.path}`);
    let node = null;
    let portal = null;
    // A portal's own element for the message: DKFDS fds-error-message, or Bootstrap's invalid-feedback.
    if (severity === 'error') {
      const scope = f.el.matches(CONTROLS) ? f.el.parentElement : f.el;
      portal = scope?.querySelector('fds-error-message') ?? (styleName === 'bootstrap' ? [...(scope?.querySelectorAll('.invalid-feedback') ?? [])].find((e) => !e.dataset.mestringMessage) : null) ?? null;
    }
    if (portal) {
      portal.dataset.mestringText ??= portal.textContent;
      portal.dataset.mestringPortal = f.path;
      portal.textContent = message;
      if (!portal.id) portal.id = uid(`${base}-error`);
      if (styleName === 'bootstrap') portal.classList.add('d-block');
      node = portal;
    } else {
      node = doc.createElement(spec.tag);
      node.className = spec.className;
      node.id = uid(`${base}-${severity === 'error' ? 'error' : 'warning'}`);
      node.dataset.mestringMessage = f.path;
      const hidden = doc.createElement('span');
      if (spec.hidden) hidden.className = spec.hidden;
      else hidden.className = 'mestring-note';
      hidden.textContent = severity === 'error' ? t.error : t.note;
      node.append(hidden, doc.createTextNode(message));
      place(f, node, spec.place);
    }
    const hosts = describedHosts(f);
    for (const h of hosts) {
      const ids = (h.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      if (!ids.includes(node.id)) h.setAttribute('aria-describedby', [...ids, node.id].join(' '));
    }
    const marked = [];
    if (severity === 'error') {
      groupOf(f)?.classList.add(style.groupError);
      const parts = focusPart ? [focusPart] : f.controls;
      for (const c of parts) {
        if (!c.hasAttribute('aria-invalid')) c.setAttribute('aria-invalid', 'true');
        const cls = style.controlError(c);
        if (cls) c.classList.add(cls);
        marked.push(c);
      }
    }
    shown.set(f.path, { severity, message, node, portal, hosts, marked, field: f });
  }

  function hide(path) {
    const s = shown.get(path);
    if (!s) return;
    shown.delete(path);
    if (s.portal) {
      s.portal.textContent = s.portal.dataset.mestringText ?? '';
      delete s.portal.dataset.mestringText;
      delete s.portal.dataset.mestringPortal;
      if (styleName === 'bootstrap') s.portal.classList.remove('d-block');
    } else s.node.remove();
    for (const h of s.hosts) {
      const ids = (h.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((x) => x && x !== s.node.id);
      if (ids.length) h.setAttribute('aria-describedby', ids.join(' '));
      else h.removeAttribute('aria-describedby');
    }
    if (s.severity === 'error') {
      if (![...shown.values()].some((o) => o.severity === 'error' && groupOf(o.field) === groupOf(s.field))) groupOf(s.field)?.classList.remove(style.groupError);
      for (const c of s.marked) {
        c.removeAttribute('aria-invalid');
        const cls = style.controlError(c);
        if (cls) c.classList.remove(cls);
      }
    }
  }

  function longDate(iso) {
    const [y, m, d] = iso.split('-').map(Number);
    return t.date(d, m, y, t.months);
  }

  function statusText(r) {
    if (!r) return null;
    if ('outcome' in r) {
      if (r.outcome === 'eligible') return t.eligible;
      // Not eligible (or not yet) says so first; what is missing is said in every outcome but
      // eligible, so a caseworker sees what is left to fill in (DOMAIN: incomplete is not ineligible,
      // and a not-eligible referral may still lack answers that matter once it is fixed).
      const head = r.eligibleFrom ? t.eligibleFrom(longDate(r.eligibleFrom)) : r.outcome === 'not_eligible' ? t.notEligible : null;
      const map = byPath();
      // With presentOnly, only what this form asks about.
      const here = (path) => !presentOnly || fieldFor(path, map) !== null;
      // The reference date, which every criterion is judged on, by the label of its field.
      const required = (r.findings ?? []).filter((f) => f.rule === 'input.required' && f.field && here(f.field)).map((f) => inSentence(labelFor(f.field) ?? (f.field === 'referenceDate' ? t.referenceDate : f.field)));
      // Each criterion once, by the name the catalogue gives it (abuse's two share one question).
      // What is unknown with its field filled in (a CPR number that contradicts the birth date, a
      // date that does not exist) is not "missing": it cannot be assessed from what is there. A
      // list entry filled in only in part (a barrier without its degree) is missing.
      const unknown = r.criteria.filter((c) => c.status === 'unknown' && here(c.field));
      const name = (c) => catalogue[c.rule]?.name ?? c.rule;
      const lacking = (c) => !answered(c.field) || emptyPart(c.field) !== null;
      const missing = [...new Set([...required, ...unknown.filter(lacking).map(name)])];
      const unassessable = [...new Set(unknown.filter((c) => !lacking(c)).map(name))].filter((n) => !missing.includes(n));
      const parts = [head, missing.length ? t.missing(missing) : null, unassessable.length ? t.unassessable(unassessable) : null].filter(Boolean);
      return parts.length ? parts.join(' ') : t.stepDone;
    }
    const errors = (r.findings ?? []).filter((f) => f.severity === 'error').length;
    return errors === 0 ? t.complete : t.incomplete(errors);
  }

  let lastProblems = [];
  function render() {
    const p = problems(result);
    lastProblems = p;
    const w = warnings(result);
    const errors = new Map(p.filter((x) => x.field).map((x) => [x.field.path, x]));
    const paths = new Set([...shown.keys(), ...errors.keys(), ...w.keys()]);
    for (const path of paths) {
      const visible = submitted || touched.has(path);
      const e = errors.get(path);
      const cur = shown.get(path);
      // While the caseworker types in one field, another field gets no new message.
      const held = typing !== null && typing !== path && !cur;
      if (e && visible && !held) show(e.field, e.message, 'error', e.kind === 'date' ? e.focus : null);
      else if (!e && w.has(path) && visible && !held) show(w.get(path).field, w.get(path).message, 'warning');
      else if (cur && !(e && visible) && !(w.has(path) && visible)) hide(path);
      else if (cur && cur.severity === 'error' && !e) hide(path);
    }
    // Mirror into the Constraint Validation API, so the portal's own checkValidity() sees it
    // (set only when it changes: each call makes the browser recompute :invalid styles).
    const want = new Map();
    for (const x of p) if (x.field && x.kind !== 'native') for (const c of x.field.controls) if (!want.has(c)) want.set(c, x.message);
    for (const c of new Set([...validity, ...want.keys()])) {
      const m = want.get(c) ?? '';
      if (c.validationMessage !== m || (m === '' && validity.has(c))) c.setCustomValidity(m);
      if (m) validity.add(c);
      else validity.delete(c);
    }
    const text = statusText(result);
    if (status && text !== null && status.textContent !== text) status.textContent = text;
    if (submitted && summaryBox && !summaryBox.hidden) summary(p, false);
  }

  function run(quiet) {
    const read = readFields(form, { check: kind, lang, values: options.values });
    input = read.input;
    dates = read.dates;
    fields = read.fields;
    result = core[fn](input, { lang, ...(options.ruleset ? { ruleset: options.ruleset } : {}) });
    if (quiet) return result;
    render();
    emit('result', { ...result, input });
    return result;
  }

  function summary(p, focus) {
    if (!summaryBox) {
      summaryBox = output('summary') ?? doc.querySelector('fds-error-summary:not([data-mestring-for])');
      if (summaryBox && forms() > 1 && !form.contains(summaryBox) && summaryBox.getAttribute('data-mestring-for') !== form.id) summaryBox = null;
      if (!summaryBox) {
        summaryBox = doc.createElement('div');
        summaryBox.className = style.summary;
        if (form.id) summaryBox.dataset.mestringFor = form.id;
        summaryBox.dataset.mestringSummary = '';
        form.before(summaryBox);
        ownSummary = true;
      } else if (!summaryBox.className && !summaryBox.matches('fds-error-summary')) {
        summaryBox.className = style.summary;
        restore.push(() => summaryBox.removeAttribute('class'));
      }
    }
    const box = summaryBox;
    // As GOV.UK does: "Fejl: " before the page title while the summary shows errors.
    if (p.length && focus && !doc.title.startsWith(t.error)) {
      doc.title = t.error + doc.title;
      titled = true;
    } else if (!p.length && titled && doc.title.startsWith(t.error)) {
      doc.title = doc.title.slice(t.error.length);
      titled = false;
    }
    // Unchanged problems leave the summary as it is (a click on one of its links may be under way).
    const key = JSON.stringify(p.map((x) => [x.path, x.message, x.focus?.id ?? null]));
    if (!focus && key === summaryKey) return box;
    summaryKey = key;
    if (p.length === 0) {
      box.hidden = true;
      box.replaceChildren();
      return null;
    }
    box.hidden = false;
    box.tabIndex = -1;
    const items = p.map((x) => {
      const li = doc.createElement('li');
      if (!x.focus) {
        li.textContent = x.message;
        return li;
      }
      const a = doc.createElement('a');
      if (!x.focus.id) x.focus.id = uid(`${form.id || 'mestring'}-${x.path}`);
      a.href = `#${x.focus.id}`;
      a.textContent = x.message;
      if (styleName === 'dkfds') a.className = 'function-link';
      if (styleName === 'bootstrap') a.className = 'alert-link';
      a.addEventListener('click', (e) => {
        e.preventDefault();
        (x.field?.el.matches('fieldset') ? x.field.el : x.focus).scrollIntoView({ block: 'center' });
        x.focus.focus();
      });
      li.append(a);
      return li;
    });
    const ul = doc.createElement('ul');
    if (styleName === 'govuk') {
      box.removeAttribute('role');
      const alert = doc.createElement('div');
      alert.setAttribute('role', 'alert');
      const h = doc.createElement('h2');
      h.className = 'govuk-error-summary__title';
      h.textContent = t.summary;
      const body = doc.createElement('div');
      body.className = 'govuk-error-summary__body';
      ul.className = 'govuk-list govuk-error-summary__list';
      ul.append(...items);
      body.append(ul);
      alert.append(h, body);
      box.replaceChildren(alert);
    } else if (styleName === 'bootstrap') {
      box.setAttribute('role', 'alert');
      const h = doc.createElement('h2');
      h.className = 'h5 alert-heading';
      h.textContent = t.summary;
      ul.className = 'mb-0';
      ul.append(...items);
      box.replaceChildren(h, ul);
    } else {
      box.setAttribute('role', 'alert');
      box.setAttribute('aria-atomic', 'true');
      const body = doc.createElement('div');
      body.className = 'alert-body';
      const h = doc.createElement('p');
      h.className = 'alert-heading';
      h.textContent = t.summary;
      ul.className = 'alert-text nobullet-list';
      ul.append(...items);
      body.append(h, ul);
      box.replaceChildren(body);
    }
    if (focus) box.focus();
    return box;
  }

  const forms = () => new Set([...doc.querySelectorAll('form[data-mestring]'), ...[...attached].filter((f) => f.isConnected)]).size;

  const safe = (f) => (...args) => {
    try {
      return f(...args);
    } catch (e) {
      failure(e);
      return undefined;
    }
  };

  function failure(e) {
    if (!failed) console.error('mestring-forms: the check failed', e);
    failed = true;
    const notice = output('notice');
    if (notice) {
      notice.textContent = t.failed(block);
      notice.hidden = false;
    }
  }

  /** Runs the check. With `{ submit: true }`: as a submit attempt (summary, focus); returns `{ ok, problems, result, input }`. */
  function validate(opts) {
    if (!opts?.submit) {
      typing = null;
      run();
      return result;
    }
    submitted = true;
    typing = null;
    run();
    const p = problems(result, { native: true });
    summary(p, opts.focus !== false);
    const out = { ok: p.length === 0, problems: p.map(({ path, message, kind: k, focus }) => ({ path, message, kind: k, element: focus ?? null })), result, input };
    if (!out.ok) emit('invalid', { ...result, input, problems: out.problems });
    return out;
  }

  /** Spreads a whole date over the parts of the date `el` is a part of; true when it did. */
  function spread(el, text) {
    const f = fields.find((x) => x.date && x.controls.includes(el));
    const d = f && wholeDate(text);
    if (!d) return false;
    for (const k of /** @type {const} */ (['day', 'month', 'year'])) f.date[k].value = d[k];
    return true;
  }

  const pathOf = (el) => fields.find((f) => f.controls.includes(el) || f.el === el)?.path ?? null;

  const onInput = safe((e) => {
    if (e.target.type === 'submit') return;
    run(true); // fields may have been added
    // A whole date in one part (pasted without a paste event, or typed): spread over the three.
    if (e.type === 'input' && spread(e.target, e.target.value)) run(true);
    const p = pathOf(e.target);
    if (p) edited.add(p);
    if (p && (e.target.type === 'radio' || e.target.type === 'checkbox' || e.target.tagName === 'SELECT')) {
      touched.add(p);
      typing = null;
    } else typing = p;
    render();
    emit('result', { ...result, input });
  });
  // A whole date pasted into one part of a date in three parts goes into all three (the part's
  // maxlength would otherwise cut "04.01.2027" to "04" before the input event sees it).
  const onPaste = safe((e) => {
    const text = e.clipboardData?.getData('text');
    if (!wholeDate(text)) return;
    run(true); // fields may have been added
    if (!spread(e.target, text)) return;
    e.preventDefault();
    e.target.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const onLeave = safe((e) => {
    const p = pathOf(e.target);
    if (!p) return;
    const f = fields.find((x) => x.path === p);
    // Moving between the parts of one date (or the options of one group) is not leaving it.
    if (e.relatedTarget && f && (f.el.contains(e.relatedTarget) || f.controls.includes(e.relatedTarget))) return;
    typing = null;
    if (edited.has(p)) touched.add(p);
    // Left for a pointer press (a click on the submit button, a radio below): a message shown now
    // would move what is being pressed, and the click would land beside it and be lost. Show it
    // once the press is over.
    if (pressed) deferred = true;
    else render();
  });
  let pressed = false;
  let deferred = false;
  const onPress = (e) => {
    if (e.isPrimary !== false) pressed = true;
  };
  const onRelease = () => {
    pressed = false;
    if (!deferred) return;
    deferred = false;
    // After the click this release makes (it is dispatched in the same task as the release).
    win.setTimeout(safe(() => handles.has(form) && render()), 0);
  };
  const onSubmit = (e) => {
    if (e.target !== form) return;
    let stop = false;
    try {
      const r = validate({ submit: true });
      // The form's own constraints always block, as the browser would have; ours with block.
      stop = !r.ok && (block || r.problems.some((x) => x.kind === 'native'));
    } catch (err) {
      failure(err);
      stop = block;
    }
    if (stop) {
      Reflect.apply(PREVENT, e, []);
      // Before the app's own submit handlers: an app that posts with fetch does not post either.
      Reflect.apply(STOP, e, []);
    }
  };

  form.addEventListener('input', onInput);
  form.addEventListener('change', onInput);
  form.addEventListener('paste', onPaste);
  form.addEventListener('focusout', onLeave);
  win.addEventListener('submit', onSubmit, true);
  win.addEventListener('pointerdown', onPress, true);
  win.addEventListener('pointerup', onRelease, true);
  win.addEventListener('pointercancel', onRelease, true);
  form.noValidate = true; // only now: the module is ready
  try {
    run();
  } catch (e) {
    failure(e);
  }
  emit('ready', result);

  return {
    available: true,
    validate,
    get result() {
      return result;
    },
    get input() {
      return input;
    },
    get problems() {
      return lastProblems;
    },
    detach() {
      form.removeEventListener('input', onInput);
      form.removeEventListener('change', onInput);
      form.removeEventListener('paste', onPaste);
      form.removeEventListener('focusout', onLeave);
      win.removeEventListener('submit', onSubmit, true);
      win.removeEventListener('pointerdown', onPress, true);
      win.removeEventListener('pointerup', onRelease, true);
      win.removeEventListener('pointercancel', onRelease, true);
      for (const path of [...shown.keys()]) hide(path);
      for (const c of validity) c.setCustomValidity('');
      validity.clear();
      if (summaryBox) {
        if (ownSummary) summaryBox.remove();
        else {
          summaryBox.replaceChildren();
          summaryBox.hidden = true;
        }
      }
      for (const undo of restore) undo();
      if (titled && doc.title.startsWith(t.error)) doc.title = doc.title.slice(t.error.length);
      if (status && statusBefore !== null) status.textContent = statusBefore;
      form.noValidate = noValidateBefore;
      handles.delete(form);
      attached.delete(form);
    },
  };
}

const attached = new Set();

/** Attaches to every `form[data-mestring]` of the page (a form attached before keeps its handle). */
export function attachAll(options = {}) {
  return Promise.all([...document.querySelectorAll('form[data-mestring]')].map((f) => attach(f, options)));
}

/**
 * Attaches to every `form[data-mestring]` now and to those a framework adds later; detaches from
 * those it removes. Returns a function that stops watching.
 */
export function observe(options = {}, root = document) {
  attachAll(options);
  const forms = (node) => (node.nodeType !== 1 ? [] : [...(node.matches('form[data-mestring]') ? [node] : []), ...node.querySelectorAll('form[data-mestring]')]);
  const mo = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) for (const f of forms(n)) attach(f, options);
      for (const n of r.removedNodes) for (const f of forms(n)) if (!f.isConnected) handles.get(f)?.then((h) => h.detach());
    }
  });
  mo.observe(root.documentElement ?? root, { childList: true, subtree: true });
  return () => mo.disconnect();
}
