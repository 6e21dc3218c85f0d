// Renders the test portals' referral forms from the design systems' own templates, pinned in
// pkg-tests/package-lock.json: DKFDS 11's Nunjucks macros (dkfds/src/components), GOV.UK
// Frontend's (govuk-frontend/dist/govuk/components), and Bootstrap 5 markup from its docs'
// patterns. Only the glue's documented attributes are added, through the macros' own
// `attributes` parameters. Also serves them (with the demo's CSP) for the browser tests.
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, dirname, extname, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, '..', 'node_modules');
export const root = join(here, '..', '..');
export const out = join(here, 'out');

const SEARCH = {
  dkfds: join(modules, 'dkfds', 'src'),
  govuk: join(modules, 'govuk-frontend', 'dist'),
  bootstrap: here,
};

/** Writes forms/out/<system>.html for each system; returns the file names. */
export function render() {
  mkdirSync(out, { recursive: true });
  const files = [];
  for (const [system, path] of Object.entries(SEARCH)) {
    const env = new nunjucks.Environment(new nunjucks.FileSystemLoader([here, path]), { autoescape: true, throwOnUndefined: false });
    writeFileSync(join(out, `${system}.html`), env.render(`${system}.njk`, {}));
    files.push(`${system}.html`);
  }
  return files;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.woff': 'font/woff', '.png': 'image/png' };
// The demo's policy; Bootstrap's stylesheet draws its checkmarks and arrows as data: images.
export const CSP = "default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
const MOUNTS = [
  ['/pkg/', join(root, 'pkg')],
  ['/forms/', null],
  ['/vendor/dkfds/', join(modules, 'dkfds', 'dist')],
  ['/vendor/govuk/', join(modules, 'govuk-frontend', 'dist', 'govuk')],
  ['/vendor/bootstrap/', join(modules, 'bootstrap', 'dist')],
  ['/assets/', join(modules, 'govuk-frontend', 'dist', 'govuk', 'assets')],
];

/** Serves the rendered forms (/forms/<system>.html), the package and the systems' assets; a POST answers "modtaget". */
export function serve() {
  const server = createServer((req, res) => {
    const headers = { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
    if (req.method === 'POST') {
      req.resume();
      res.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'] });
      res.end('<!doctype html><html lang="da"><meta charset="utf-8"><title>Modtaget</title><main><h1>Henvisningen er modtaget</h1></main></html>');
      return;
    }
    const url = decodeURIComponent(req.url.split('?')[0]);
    for (const [prefix, dir] of MOUNTS) {
      if (!url.startsWith(prefix)) continue;
      const rest = url.slice(prefix.length);
      const bases = dir ? [dir] : [out, here];
      for (const base of bases) {
        const file = normalize(join(base, rest));
        if (!file.startsWith(base + sep)) break;
        try {
          const body = readFileSync(file);
          res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
          res.end(body);
          return;
        } catch {
          // next base
        }
      }
    }
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
    res.end('Ikke fundet');
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(render().map((f) => join(out, f)).join('\n'));
