// A tiny static file server for the end-to-end tests.
//
// Serves one folder (the app's dist/) on 127.0.0.1 at a random port, with the MIME
// types a browser needs (application/wasm for instantiateStreaming). Nothing outside
// the folder is reachable: paths are resolved and checked against the root, and
// symbolic links leaving it are refused. Every request is recorded so that tests can
// check what the page asked for.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.data': 'application/octet-stream',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

// Returns the absolute file path for a URL path, or null when it is not a regular
// file inside root.
export function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rel = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const rootReal = fs.realpathSync(root);
  const candidate = path.resolve(rootReal, rel);
  if (candidate !== rootReal && !candidate.startsWith(rootReal + path.sep)) return null;
  let real;
  try {
    real = fs.realpathSync(candidate);
  } catch {
    return null;
  }
  if (!real.startsWith(rootReal + path.sep)) return null;
  return fs.statSync(real).isFile() ? real : null;
}

// startServer(root, {port}) -> {origin, port, requests, close()}
// port 0 (the default) picks a free port; scripts/serve.mjs passes a fixed one.
// requests: [{method, path, status}] in arrival order.
export async function startServer(root, { port: wantedPort = 0 } = {}) {
  const requests = [];
  const server = http.createServer((req, res) => {
    const urlPath = new URL(req.url, 'http://127.0.0.1').pathname;
    const entry = { method: req.method, path: urlPath, status: 0 };
    requests.push(entry);
    const send = (status, headers, body) => {
      entry.status = status;
      res.writeHead(status, headers);
      res.end(body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, { Allow: 'GET, HEAD' }, 'method not allowed');
      return;
    }
    const file = resolveInside(root, urlPath);
    if (!file) {
      send(404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'not found');
      return;
    }
    const type = MIME_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
    const body = fs.readFileSync(file);
    send(200, {
      'Content-Type': type,
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
    }, req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(wantedPort, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
