// @ts-check
// The plan page: planCourse for the chosen start and profile, drawn as a timeline (SVG) of phases,
// teaching days, status meetings and mentor reports, with the findings and their sources.
import init, { planCourse, defaultRuleset } from './pkg/mestring.js';
import { MONTHS as LONG_MONTHS } from './pkg/mestring-forms.js';
import { registerOffline } from './offline.js';

registerOffline();

const NAMES = { preparation: 'Forberedelse', teaching: 'Undervisning', internship: 'Praktik og opfølgning', aftercare: 'Efterværn' };
/** Short month names: `jan.`, ..., `maj`, ... */
const MONTHS = LONG_MONTHS.da.map((m) => (m.length <= 3 ? m : `${m.slice(0, 3)}.`));
const SVG = 'http://www.w3.org/2000/svg';
/** Days since 1970-01-01 of an ISO date. @param {string} iso */
const day = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86400000;
};
/** @param {number} n */
/** The input of this page behind each field path a finding may name. @type {Record<string, string>} */
const INPUTS = {
  start: 'start',
  'weeks.preparation': 'preparation',
  'weeks.teaching': 'teaching',
  'weeks.internship': 'internship',
  internshipAgreementDate: 'agreementDate',
  'internshipAssessment.justification': 'assessment',
  'postponeInternship.weeks': 'postpone',
  'postponeInternship.reason': 'postponeReason',
};
const SEVERITY = { error: 'Fejl', warning: 'Advarsel', info: 'Til orientering' };
const weeks = (n) => `${n} ${n === 1 ? 'uge' : 'uger'}`;
/** @param {string} iso */
const longDate = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}. ${LONG_MONTHS.da[m - 1]} ${y}`;
};

/**
 * An SVG element.
 * @param {string} name
 * @param {Record<string, string | number>} [attrs]
 * @param {string} [text]
 */
function el(name, attrs = {}, text) {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, /** @type {string} */ (v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * A plan with phases (so with a start and an end; a result's phases always have their weeks).
 * @param {import('./pkg/mestring.js').PlanResult} plan
 */
function timeline(plan) {
  const first = day(plan.phases[0].start);
  const last = day(plan.phases[plan.phases.length - 1].end) + 1;
  const width = 960;
  const left = 150;
  const x = (iso) => left + ((day(iso) - first) / (last - first)) * (width - left - 10);
  const svg = el('svg', { viewBox: `0 0 ${width} 250`, role: 'img', 'aria-labelledby': 'timeline-desc', class: 'demo-timeline-svg' });
  const teaching = plan.teachingDays.length;
  svg.append(el('desc', { id: 'timeline-desc' }, `Forløbet fra ${longDate(/** @type {string} */ (plan.start))} til ${longDate(/** @type {string} */ (plan.end))}: ${plan.phases.map((p) => `${NAMES[p.phase]} ${weeks(/** @type {number} */ (p.weeks))}`).join(', ')}; ${teaching} undervisningsdage, ${plan.statusMeetings.length} statusmøder og ${plan.mentorReports.length} mentorrapporter.`));
  // Month ticks.
  const [y0, m0] = plan.phases[0].start.split('-').map(Number);
  for (let i = 0; ; i++) {
    const m = ((m0 - 1 + i) % 12) + 1;
    const y = y0 + Math.floor((m0 - 1 + i) / 12);
    const iso = `${y}-${String(m).padStart(2, '0')}-01`;
    if (day(iso) > last) break;
    if (day(iso) < first) continue;
    svg.append(el('line', { x1: x(iso), x2: x(iso), y1: 20, y2: 230, class: 'tick' }), el('text', { x: x(iso) + 3, y: 16, class: 'label' }, `${MONTHS[m - 1]} ${y}`));
  }
  /** @type {[string, number][]} */
  const rows = [['Faser', 50], ['Undervisningsdage', 110], ['Statusmøder', 160], ['Mentorrapporter', 205]];
  for (const [label, y] of rows) svg.append(el('text', { x: 0, y: y + 5, class: 'label row-label' }, label));
  for (const p of plan.phases) {
    const g = el('g', { class: `phase ${p.phase}` });
    g.append(el('rect', { x: x(p.start), y: 32, width: Math.max(2, x(p.end) - x(p.start) + (width - left) / (last - first)), height: 36, rx: 3 }));
    g.append(el('text', { x: x(p.start) + 6, y: 55, class: 'phase-label' }, `${NAMES[p.phase]} (${weeks(/** @type {number} */ (p.weeks))})`));
    svg.append(g);
  }
  for (const d of plan.teachingDays) svg.append(el('rect', { x: x(d), y: 96, width: 3, height: 28, class: 'teaching-day' }, undefined));
  for (const w of plan.calendar.filter((w) => w.holidays.length)) {
    for (const h of w.holidays) svg.append(el('circle', { cx: x(h.date) + 1.5, cy: 140, r: 4, class: 'holiday' }));
  }
  for (const d of plan.statusMeetings) svg.append(el('polygon', { points: `${x(d)},150 ${x(d) + 8},160 ${x(d)},170 ${x(d) - 8},160`, class: 'meeting' }));
  for (const d of plan.mentorReports) svg.append(el('circle', { cx: x(d), cy: 205, r: 5, class: 'report' }));
  return svg;
}

/**
 * @param {import('./pkg/mestring.js').PlanResult} plan
 * @param {string[]} [defaulted] what the plan says about week fields it could not use
 */
function render(plan, defaulted = []) {
  const status = /** @type {HTMLElement} */ (document.getElementById('plan-status'));
  const findings = /** @type {HTMLElement} */ (document.getElementById('findings'));
  const errors = plan.findings.filter((f) => f.severity === 'error').length;
  status.textContent = plan.phases.length
    ? `${weeks(plan.totalWeeks)} fra ${longDate(/** @type {string} */ (plan.start))} til ${longDate(/** @type {string} */ (plan.end))} med ${plan.teachingDays.length} undervisningsdage.${plan.postponeInternship ? ` Praktikken er udskudt ${weeks(plan.postponeInternship.weeks)}${plan.postponeInternship.reason ? `: ${plan.postponeInternship.reason}` : ''}.` : ''}${errors ? ` Planen har ${errors} fejl.` : ''}${defaulted.length ? ` ${defaulted.join(' ')}` : ''}`
    : 'Angiv forløbets start.';
  for (const id of Object.values(INPUTS)) document.getElementById(id)?.removeAttribute('aria-invalid');
  findings.replaceChildren(...plan.findings.map((f) => {
    const li = document.createElement('li');
    li.className = `demo-finding ${f.severity}`;
    // A finding about one of this page's fields names it and links to it (as an error summary
    // does): "Indtast et helt tal fra 1 til 104." alone does not say which number.
    // Its severity in words as on the other pages (not by colour alone), and the field link and
    // the message in one line of text, so they wrap as a sentence.
    const message = Object.assign(document.createElement('span'), { className: 'message' });
    message.append(Object.assign(document.createElement('strong'), { textContent: `${SEVERITY[f.severity]}: ` }));
    const input = f.field === null ? null : document.getElementById(INPUTS[f.field] ?? '');
    const label = input && document.querySelector(`label[for="${input.id}"]`);
    if (input && label) {
      if (f.severity === 'error') input.setAttribute('aria-invalid', 'true');
      message.append(Object.assign(document.createElement('a'), { href: `#${input.id}`, textContent: label.textContent }), ': ');
    }
    message.append(f.message);
    li.append(message, Object.assign(document.createElement('small'), { className: 'source', textContent: `Kilde: ${f.source.title}, ${f.source.ref}` }));
    return li;
  }));
  const box = /** @type {HTMLElement} */ (document.getElementById('timeline'));
  box.replaceChildren(...(plan.phases.length ? [timeline(plan)] : []));
  const legend = document.createElement('ul');
  legend.className = 'demo-timeline-legend nobullet-list';
  for (const p of plan.phases) {
    if (p.phase === 'internship' && plan.postponeInternship) {
      legend.append(Object.assign(document.createElement('li'), { textContent: `Praktikken udskudt ${weeks(plan.postponeInternship.weeks)} (kataloget s. 22)` }));
    }
    legend.append(Object.assign(document.createElement('li'), { textContent: `${NAMES[p.phase]}: ${longDate(p.start)} til ${longDate(p.end)}` }));
  }
  box.append(legend);
}

const form = /** @type {HTMLFormElement} */ (document.getElementById('plan'));
try {
  await init();
  const profiles = defaultRuleset().course.profiles;
  const PHASES = /** @type {const} */ (['preparation', 'teaching', 'internship']);
  /** A number field's value: empty is "not given" (the profile's default), anything else is sent, 0 included. */
  const weeksOf = (/** @type {'preparation' | 'teaching' | 'internship'} */ phase) => {
    const el = /** @type {HTMLInputElement} */ (form.elements.namedItem(phase));
    return el.value.trim() === '' ? undefined : Number(el.value);
  };
  const update = () => {
    const postpone = Number(form.postpone.value);
    const justification = form.assessment.value.trim();
    const profile = profiles[/** @type {'recommended' | 'playbook'} */ (form.profile.value)] ?? profiles.recommended;
    const plan = planCourse({
      start: form.start.value,
      profile: form.profile.value,
      weeks: Object.fromEntries(PHASES.map((p) => [p, weeksOf(p)])),
      postponeInternship: postpone ? { weeks: /** @type {1 | 2} */ (postpone), reason: form.postponeReason.value } : undefined,
      internshipAssessment: justification ? { justification } : undefined,
      internshipAgreementDate: form.agreementDate.value || undefined,
    });
    // A week field the plan could not use (refused by the core, or not a number at all) is drawn
    // with the profile's default: said in the status, not drawn silently.
    const defaulted = PHASES.filter((p) => {
      const el = /** @type {HTMLInputElement} */ (form.elements.namedItem(p));
      return el.validity.badInput || plan.findings.some((f) => f.severity === 'error' && f.field === `weeks.${p}`);
    }).map((p) => {
      const label = document.querySelector(`label[for="${p}"]`)?.textContent ?? p;
      return `${label}: ikke et gyldigt antal uger, så planen bruger profilens standard, ${weeks(profile[p].default)}.`;
    });
    render(plan, defaulted);
    // What an empty field means, said next to it rather than decided silently.
    for (const p of PHASES) {
      /** @type {HTMLElement} */ (document.getElementById(`${p}-hint`)).textContent = `Tomt felt: profilens standard, ${weeks(profile[p].default)}.`;
    }
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  update();
} catch {
  /** @type {HTMLElement} */ (document.getElementById('plan-status')).textContent = 'Planen kunne ikke beregnes i denne browser.';
}
