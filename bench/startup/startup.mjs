#!/usr/bin/env node
// Benchmark (not a test; scripts/test.sh never runs it): how long Case Audit takes to be
// ready, and how big its files are.
//
// Opens the single-file app (dist/case-audit.html) from file:// -- or with --http the served
// build (dist/index.html) from a local server -- in headless Chromium, RUNS times (default
// 5), each in a fresh browser context (no cache, no compiled code kept from the previous
// run), and reads off the page's own clock (performance.now(), from the start of the
// navigation):
//   ready     when caseAudit.ready became true: the runtime is up and a first frame is drawn
//             (an init script watches the property being set, so any build can be timed);
//   dcl       DOMContentLoaded (the HTML parsed: for the single file, every byte of it);
// and prints the median, least and most of each, and each file's size.
//
//   node bench/startup/startup.mjs [--runs N] [--http]
//
// Environment: CASEAUDIT_DIST (default dist/), CASEAUDIT_CHROMIUM (default /usr/bin/chromium).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const E2E = path.join(HERE, '..', '..', 'tests', 'e2e');
const e2e = (rel) => import(pathToFileURL(path.join(E2E, rel)).href);
const { startServer } = await e2e('lib/server.mjs');
const { launchChromium } = await e2e('lib/chromium.mjs');
const { DIST, VIEWPORT, distFileUrl, requireDist, waitForReady, watchPage } = await e2e('lib/harness.mjs');

const args = process.argv.slice(2);
let runs = 5;
let http = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i] === '--http') http = true;
  else throw new Error(`unknown argument ${args[i]}`);
}

// Runs in the page before its own scripts: notes the moment caseAudit.ready is set.
function watchReady() {
  let api;
  Object.defineProperty(window, 'caseAudit', {
    configurable: true,
    get() { return api; },
    set(value) {
      api = value;
      let ready = !!value.ready;
      Object.defineProperty(value, 'ready', {
        configurable: true,
        enumerable: true,
        get() { return ready; },
        set(v) {
          if (v && !ready) window.__readyAtMs = performance.now();
          ready = v;
        },
      });
    },
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (xs) => `median ${Math.round(median(xs))} ms (${Math.round(Math.min(...xs))} to ${Math.round(Math.max(...xs))})`;

const files = http ? ['index.html', 'caseaudit.js', 'caseaudit.wasm'] : ['case-audit.html'];
requireDist(...files);
for (const name of fs.readdirSync(DIST).sort()) {
  const bytes = fs.statSync(path.join(DIST, name)).size;
  console.log(`${name.padEnd(24)} ${bytes.toLocaleString('en-GB').padStart(12)} bytes (${(bytes / 1e6).toFixed(2)} MB)`);
}

const server = http ? await startServer(DIST) : null;
const url = http ? `${server.origin}/index.html` : distFileUrl('case-audit.html');
const browser = await launchChromium();
const ready = [];
const dcl = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      const watch = await watchPage(page);
      await page.addInitScript(watchReady);
      await page.goto(url);
      await waitForReady(page, watch);
      const t = await page.evaluate(() => ({
        ready: window.__readyAtMs,
        dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
      }));
      ready.push(t.ready);
      dcl.push(t.dcl);
      console.log(`run ${i + 1}: ready ${Math.round(t.ready)} ms, DOMContentLoaded ${Math.round(t.dcl)} ms`);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  if (server) await server.close();
}
console.log(`${http ? 'served (http)' : 'single file (file://)'}, ${runs} runs: ready ${fmt(ready)}; DOMContentLoaded ${fmt(dcl)}`);
