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

function details(result) {
  const criteria = document.getElementById('criteria');
  const criteriaKey = JSON.stringify(result.criteria ?? null);
  if (criteria && result.criteria && criteriaKey !== shown.criteria) {
    shown.criteria = criteriaKey;
    criteria.replaceChildren(...result.criteria.map((c) => item(`demo-criterion ${c.status}`, ['span', 'name', criterionNames[c.rule] ?? c.rule], ['strong', 'state', STATUS[c.status]])));
  }
  const findings = document.getElementById('findings');
  const findingsKey = JSON.stringify(result.findings);
  if (findings && findingsKey !== shown.findings) {
    shown.findings = findingsKey;
    const items = result.findings.map((f) => {
      const li = item(`demo-finding ${f.severity}`, ['span', 'message', f.message], ['small', 'source', `Kilde: ${f.source.title}, ${f.source.ref}`]);
      const label = document.createElement('strong');
      label.textContent = `${SEVERITY[f.severity]}: `;
      /** @type {Element} */ (li.firstChild).prepend(label);
      return li;
    });
    findings.replaceChildren(...(items.length ? items : [item('demo-finding none', ['span', '', 'Ingen.'])]));
  }
}

const form = /** @type {HTMLFormElement} */ (document.querySelector('form[data-mestring]'));
const handle = await attach(form);
if (handle.available) {
  // The glue has initialised the core (the same module).
  criterionNames = Object.fromEntries(messages('da').rules.flatMap((r) => (r.texts.name ? [[r.rule, r.texts.name[0].toUpperCase() + r.texts.name.slice(1)]] : [])));
  form.addEventListener('mestring:result', (e) => details(/** @type {CustomEvent} */ (e).detail));
  details(handle.result);
}
