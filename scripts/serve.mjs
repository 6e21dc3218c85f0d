// Serves the demo portal: www/ at /, the built package at /pkg/, with the CSP a portal needs
// (script-src 'self' 'wasm-unsafe-eval') and the MIME types instantiateStreaming needs.
// Usage: node scripts/serve.mjs [--host 127.0.0.1] [--port 8080]   (port 0: any free port)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const HEADERS = {
  'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

/** The confirmation page of each form: its heading and the page "Tilbage" returns to. */
const SENT = {
  henvisning: ['Henvisningen er modtaget', 'index.html'],
  mentor: ['Mentoraftalen er gemt', 'mentor.html'],
  praktik: ['Praktikaftalen er gemt', 'praktik.html'],
};

/** The file a URL path names, or null when it leaves the served folders. */
function resolve(urlPath) {
  let path = decodeURIComponent(urlPath.split('?')[0]);
  if (path.endsWith('/')) path += 'index.html';
  const [base, rest] = path.startsWith('/pkg/') ? [join(root, 'pkg'), path.slice(5)] : [join(root, 'www'), path.slice(1)];
  const file = normalize(join(base, rest));
  return file.startsWith(base + sep) ? file : null;
}

export function serve({ host = '127.0.0.1', port = 8080 } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      if (url.pathname === '/modtaget' && (req.method === 'POST' || req.method === 'GET')) {
        if (req.method === 'POST') {
          // The demo forms post here. Nothing is stored or echoed; the answer is a redirect to the
          // confirmation page (post/redirect/get: a reload does not send the form again).
          req.resume();
          res.writeHead(303, { ...HEADERS, Location: `/modtaget${url.search}` });
          res.end();
          return;
        }
        // Which form was sent: its page adds ?side=mentor or ?side=praktik to the form's action.
        const side = url.searchParams.get('side');
        const [heading, back] = (side && Object.hasOwn(SENT, side) ? SENT[side] : null) ?? SENT.henvisning;
        res.writeHead(200, { ...HEADERS, 'Content-Type': TYPES['.html'] });
        res.end(`<!doctype html><html lang="da"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${heading} - Eksempel Kommune</title><main><h1>${heading}</h1><p>Dette er en demo: intet er gemt.</p><p><a href="/${back}">Tilbage</a></p></main></html>`);
        return;
      }
      const file = resolve(req.url);
      if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) throw Object.assign(new Error(), { code: 'ENOENT' });
      const body = await readFile(file);
      res.writeHead(200, { ...HEADERS, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(e.code === 'ENOENT' || e.code === 'EISDIR' ? 404 : 500, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(e.code === 'ENOENT' || e.code === 'EISDIR' ? 'Ikke fundet' : 'Fejl');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  const host = arg('host', '127.0.0.1');
  let port = Number(arg('port', 8080));
  let server;
  for (let tries = 0; !server; tries++) {
    try {
      server = await serve({ host, port });
    } catch (e) {
      if (e.code !== 'EADDRINUSE' || tries > 20) throw e;
      port += 1;
    }
  }
  console.log(`Demo portal: http://${host}:${server.address().port}/  (Ctrl-C to stop)`);
}
