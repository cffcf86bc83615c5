#!/usr/bin/env node
// Benchmark (not a test): the importer alone in a bare page of headless Chromium, without
// the app (no drawing, no WebGL), fed exactly as the app feeds it: the extract goes through
// a real file input and is read in 8 MiB File slices, three requested ahead, each copied
// into wasm memory and given to the importer as it arrives. Then, in the same page,
// `file.text()` and `JSON.parse` of the same File. Comparing this with browser.mjs (the
// app) separates the app's own share of an import (frames, its event loop) from the
// importer's and the browser's reading of the file.
//
//   node bench/extract_import/bare-page.mjs [--runs N] [--module bench_import_web.js] FILE
//
// --module: a build of bench/extract_import/bench_import_web.cpp (default: built with
// bench/build.sh in ${BENCH_BUILD:-build/bench}-wasm). Each run has a fresh page.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const require = createRequire(path.join(ROOT, 'tests', 'e2e', 'package.json'));
const { chromium } = require('playwright-core');

const args = process.argv.slice(2);
let runs = 3;
let modulePath = null;
let file = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i] === '--module') modulePath = path.resolve(args[++i]);
  else file = path.resolve(args[i]);
}
if (!file || !(runs > 0)) {
  process.stderr.write('usage: bare-page.mjs [--runs N] [--module bench_import_web.js] FILE\n');
  process.exit(2);
}
if (!modulePath)
  modulePath = execFileSync(path.join(ROOT, 'bench', 'build.sh'), ['bench_import_web'], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop();

// The page: the module, a file input, and the reading loop of the app's platform layer
// (web/platform.js: File.slice().arrayBuffer(), _malloc, HEAPU8.set) in a few lines.
const PAGE = `<!doctype html><meta charset="utf-8"><input type="file" id="f">
<script src="bench_import_web.js"></script><script>
window.ready = CaseAuditImportBench().then((m) => { window.bench = m; });
window.importNext = () => new Promise((resolve) => {
  const input = document.getElementById('f');
  input.onchange = async () => {
    const file = input.files[0], m = window.bench, SLICE = 8 << 20, AHEAD = 3;
    const t0 = performance.now();
    m._cab_begin(file.size);
    let next = 0;
    const pending = [];
    const request = () => { const at = next; next += SLICE; return file.slice(at, at + SLICE).arrayBuffer(); };
    while (pending.length < AHEAD && next < file.size) pending.push(request());
    while (pending.length) {
      const bytes = new Uint8Array(await pending.shift());
      if (next < file.size) pending.push(request());
      const at = m._cab_alloc(bytes.length);
      m.HEAPU8.set(bytes, at);
      m._cab_feed(at, bytes.length);
    }
    const notes = m._cab_finish();
    const t1 = performance.now();
    const text = await file.text();
    const t2 = performance.now();
    JSON.parse(text);
    const t3 = performance.now();
    resolve({ importMs: t1 - t0, notes, textMs: t2 - t1, parseMs: t3 - t2 });
  };
});
</script>`;

const ORIGIN = 'http://bench.invalid/';
const browser = await chromium.launch({ executablePath: process.env.CASEAUDIT_CHROMIUM || '/usr/bin/chromium', headless: true });
const results = [];
try {
  for (let r = 0; r < runs; r++) {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}**`, (route) => {
      const name = new URL(route.request().url()).pathname.slice(1);
      if (name === 'bare-page.html') return route.fulfill({ body: PAGE, contentType: 'text/html' });
      const local = path.join(path.dirname(modulePath), path.basename(name));
      if (!fs.existsSync(local)) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ path: local, contentType: local.endsWith('.wasm') ? 'application/wasm' : 'text/javascript' });
    });
    await page.goto(`${ORIGIN}bare-page.html`);
    await page.evaluate(() => window.ready);
    const done = page.evaluate(() => window.importNext());
    await page.setInputFiles('#f', file);
    const res = await done;
    if (res.notes < 0) throw new Error('the import failed');
    results.push(res);
    const mb = fs.statSync(file).size / 1e6;
    console.log(
      `${mb.toFixed(1)} MB, run ${r + 1}: import ${(res.importMs / 1000).toFixed(2)} s; ` +
        `file.text() ${(res.textMs / 1000).toFixed(2)} s + JSON.parse ${(res.parseMs / 1000).toFixed(2)} s; ` +
        `ratio ${(res.importMs / (res.textMs + res.parseMs)).toFixed(2)}`,
    );
    await page.close();
  }
} finally {
  await browser.close();
}
