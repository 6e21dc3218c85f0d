// Writes the demo portal's pages: www/layout.html (header, navigation, footer) around each body
// in www/pages/, whose first line names its title and script:
//   <!-- title: Mentoraftale | script: demo.js -->
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const www = join(fileURLToPath(import.meta.url), '..', '..', 'www');
const layout = readFileSync(join(www, 'layout.html'), 'utf8');
// The navigation, in this order.
const NAV = [['index.html', 'Henvisning'], ['mentor.html', 'Mentoraftale'], ['praktik.html', 'Praktikaftale'], ['plan.html', 'Forløbsplan'], ['indlejring.html', 'Indlejring']];

for (const file of readdirSync(join(www, 'pages')).filter((f) => f.endsWith('.html'))) {
  const text = readFileSync(join(www, 'pages', file), 'utf8');
  const [first, ...rest] = text.split('\n');
  const meta = /^<!-- title: (.*) \| script: (.*) -->$/.exec(first);
  if (!meta) throw new Error(`www/pages/${file}: the first line must be <!-- title: ... | script: ... -->`);
  const nav = NAV.map(([href, label]) => {
    const current = href === file;
    return `            <li${current ? ' class="active current"' : ''}><a href="${href}" class="nav-link"${current ? ' aria-current="page"' : ''}><span>${label}</span></a></li>`;
  }).join('\n');
  const page = layout
    .replace('{{title}}', meta[1])
    .replace('{{script}}', meta[2])
    .replace('{{nav}}', nav)
    .replace('{{body}}', rest.join('\n'));
  writeFileSync(join(www, file), page);
}
