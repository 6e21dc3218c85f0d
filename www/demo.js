// @ts-check
// The demo portal's form pages: attach the drop-in validation, and show the criteria and every
// finding with its source beside the form.
import { attach } from './pkg/mestring-forms.js';
import { messages } from './pkg/mestring.js';
import { registerOffline } from './offline.js';

registerOffline();

/** Each criterion's name, from the core's catalogue (its `name` text), capitalised. @type {Record<string, string>} */
let criterionNames = {};
const STATUS = { met: 'Opfyldt', not_met: 'Ikke opfyldt', unknown: 'Mangler' };
const SEVERITY = { error: 'Fejl', warning: 'Advarsel', info: 'Til orientering' };

function item(className, ...parts) {
  const li = document.createElement('li');
  li.className = className;
  for (const [tag, cls, text] of parts) {
    const el = document.createElement(tag);
    if (cls) el.className = cls;
    el.textContent = text;
    li.append(el);
  }
  return li;
}

// What each list shows now: a keystroke that changes nothing there costs no DOM work.
const shown = { criteria: '', findings: '' };
// Reward early, punish late: until the caseworker has entered something or tried to send the
// form, what is still missing is not listed as errors (the status line says it neutrally).
let engaged = false;

function details(result) {
  const criteria = document.getElementById('criteria');
  const criteriaKey = JSON.stringify(result.criteria ?? null);
  if (criteria && result.criteria && criteriaKey !== shown.criteria) {
    shown.criteria = criteriaKey;
    criteria.replaceChildren(...result.criteria.map((c) => item(`demo-criterion ${c.status}`, ['span', 'name', criterionNames[c.rule] ?? c.rule], ['strong', 'state', STATUS[c.status]])));
  }
  const findings = document.getElementById('findings');
  const listed = engaged ? result.findings : result.findings.filter((f) => f.severity !== 'error');
  const held = result.findings.length - listed.length;
  const findingsKey = JSON.stringify([listed, held]);
  if (findings && findingsKey !== shown.findings) {
    shown.findings = findingsKey;
    const items = listed.map((f) => {
      const li = item(`demo-finding ${f.severity}`, ['span', 'message', f.message], ['small', 'source', `Kilde: ${f.source.title}, ${f.source.ref}`]);
      const label = document.createElement('strong');
      label.textContent = `${SEVERITY[f.severity]}: `;
      /** @type {Element} */ (li.firstChild).prepend(label);
      return li;
    });
    if (held) items.push(item('demo-finding pending', ['span', '', 'Fejl og mangler vises her, når du er begyndt at udfylde.']));
    findings.replaceChildren(...(items.length ? items : [item('demo-finding none', ['span', '', 'Ingen.'])]));
  }
}

/** What cannot be sent now, by form: the referral is sent, an agreement is saved. */
const UNSENT = {
  referral: ['Du er offline – henvisningen kan ikke sendes nu.', 'Henvisningen kunne ikke sendes nu, fordi der ikke er forbindelse til serveren.'],
  agreement: ['Du er offline – aftalen kan ikke gemmes nu.', 'Aftalen kunne ikke gemmes nu, fordi der ikke er forbindelse til serveren.'],
};
const KEPT = 'Alt, hvad du har udfyldt, er bevaret. Prøv igen, når du er online.';

/**
 * Sends the form with fetch instead of leaving the page, so that without a connection nothing is
 * lost and the caseworker reads why in Danish (not the browser's error page). The server answers
 * a post with a redirect to its confirmation page, which is then opened.
 * @param {HTMLFormElement} form
 */
function sendWithoutLosing(form) {
  const notice = document.createElement('div');
  notice.className = 'alert alert-warning demo-unsent';
  notice.setAttribute('role', 'alert');
  notice.hidden = true;
  form.before(notice);
  const texts = form.dataset.mestring === 'referral' ? UNSENT.referral : UNSENT.agreement;
  const say = (/** @type {string} */ text) => {
    const p = Object.assign(document.createElement('p'), { className: 'alert-text', textContent: `${text} ${KEPT}` });
    const body = Object.assign(document.createElement('div'), { className: 'alert-body' });
    body.append(p);
    notice.replaceChildren(body);
    notice.hidden = false;
  };
  let sending = false;
  form.addEventListener('submit', async (e) => {
    // The glue has already stopped a form with errors.
    if (e.defaultPrevented) return;
    e.preventDefault();
    if (sending) return;
    notice.hidden = true;
    if (!navigator.onLine) return say(texts[0]);
    sending = true;
    try {
      const response = await fetch(form.action, { method: 'POST', body: new URLSearchParams(/** @type {any} */ (new FormData(form))) });
      if (!response.ok) throw new Error(String(response.status));
      location.assign(response.url);
    } catch {
      say(navigator.onLine ? texts[1] : texts[0]);
    } finally {
      sending = false;
    }
  });
}

const form = /** @type {HTMLFormElement} */ (document.querySelector('form[data-mestring]'));
const handle = await attach(form);
sendWithoutLosing(form);
if (handle.available) {
  // The glue has initialised the core (the same module).
  criterionNames = Object.fromEntries(messages('da').rules.flatMap((r) => (r.texts.name ? [[r.rule, r.texts.name[0].toUpperCase() + r.texts.name.slice(1)]] : [])));
  form.addEventListener('mestring:result', (e) => details(/** @type {CustomEvent} */ (e).detail));
  const engage = () => {
    if (engaged) return;
    engaged = true;
    details(handle.result);
  };
  form.addEventListener('input', engage);
  form.addEventListener('change', engage);
  form.addEventListener('mestring:invalid', engage);
  form.addEventListener('submit', engage);
  details(handle.result);
}
