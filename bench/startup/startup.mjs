#!/usr/bin/env node
// Benchmark (not a test; scripts/test.sh never runs it): how long Case Audit takes to be
// ready, where that time goes, and how big its files are.
//
// Opens the single-file app (case-audit.html) from file:// -- or with --http the served
// build (index.html) from a local server -- in headless Chromium, RUNS times (default 5),
// each in a fresh browser context (no cache, no compiled code kept from the previous run).
// One run more comes first and is not counted: the browser's own start (its GPU process
// starts with the first WebGL context) is not the app's. Each run reads off the page's own
// clock (performance.now(), from the start of the navigation):
//   ready     when caseAudit.ready became true: the runtime is up and a first frame is drawn
//             (an init script watches the property being set, so any build can be timed);
//   dcl       DOMContentLoaded (the HTML parsed: for the single file, every byte of it);
//   and the steps between, seen from outside the page's code so that any two builds are
//   timed alike: each WebGL getContext (start and how long it blocked), the wasm compile
//   (WebAssembly.compile/compileStreaming called and settled), the instantiation, and
//   the runtime initialised (Module.onRuntimeInitialized, just before main());
//   and, in builds that mark them, the app's own steps (performance marks "caseaudit:app"
//   when main() has made the App, ":window", ":context", ":renderer" and ":first-frame"
//   when the first frame begins; src/app/backend/runner.cpp);
//   cpu       the CPU time of every Chromium process from just before the navigation to
//             ready (all cores: under load, wall-clock times stretch but this much less).
// It prints each run, then the median, least and most of each figure.
//
// Two builds are compared by naming each with --dist: the runs then alternate between them
// (A, B, A, B, ...), so that a change in the machine's load falls on both alike, and the
// summary gives B's medians over A's and the median of the per-pair ratios.
//
//   node bench/startup/startup.mjs [--runs N] [--http] [--dist DIR [--dist DIR2]]
//
// Environment: CASEAUDIT_DIST (default dist/; the build when no --dist is given),
// CASEAUDIT_CHROMIUM (default /usr/bin/chromium).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const E2E = path.join(HERE, '..', '..', 'tests', 'e2e');
const e2e = (rel) => import(pathToFileURL(path.join(E2E, rel)).href);
const { startServer } = await e2e('lib/server.mjs');
const { launchChromium } = await e2e('lib/chromium.mjs');
const { descendantCpu } = await e2e('lib/proc-cpu.mjs');
const { DIST, VIEWPORT, waitForReady, watchPage } = await e2e('lib/harness.mjs');

const args = process.argv.slice(2);
let runs = 5;
let http = false;
const dists = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i] === '--http') http = true;
  else if (args[i] === '--dist') dists.push(path.resolve(args[++i]));
  else throw new Error(`unknown argument ${args[i]}`);
}
if (dists.length === 0) dists.push(DIST);
if (dists.length > 2) throw new Error('at most two --dist');

// Runs in the page before its own scripts: notes when caseAudit.ready is set, and times the
// steps of the start-up from outside the page's code (the wrappers only pass calls on).
function watchStartup() {
  const t = { contexts: [] };
  window.__startup = t;
  const now = () => performance.now();

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
          if (v && !ready) t.ready = now();
          ready = v;
        },
      });
    },
  });

  let module;
  Object.defineProperty(window, 'Module', {
    configurable: true,
    get() { return module; },
    set(value) {
      module = value;
      if (value && typeof value === 'object' && !value.__watched) {
        value.__watched = true;
        const own = value.onRuntimeInitialized;
        value.onRuntimeInitialized = function () {
          t.runtimeInitialized = now();
          if (own) own.apply(this, arguments);
        };
      }
    },
  });

  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, attrs) {
    const start = now();
    const ctx = getContext.call(this, type, attrs);
    if (/webgl/.test(type)) {
      t.contexts.push({ type, canvas: this.id || '(unnamed)', start, ms: now() - start, ok: !!ctx });
    }
    return ctx;
  };

  const wrap = (name, started, settled) => {
    const f = WebAssembly[name];
    if (typeof f !== 'function') return;
    WebAssembly[name] = function () {
      if (t[started] === undefined) t[started] = now();
      const p = f.apply(this, arguments);
      p.then(() => { if (t[settled] === undefined) t[settled] = now(); }, () => {});
      return p;
    };
  };
  wrap('compile', 'compileCalled', 'compiled');
  wrap('compileStreaming', 'compileCalled', 'compiled');
  wrap('instantiate', 'instantiateCalled', 'instantiated');
  wrap('instantiateStreaming', 'instantiateCalled', 'instantiated');
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)}` : '-');
const range = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x));
  return `median ${ms(median(s))} ms (${ms(Math.min(...s))} to ${ms(Math.max(...s))})`;
};

const files = http ? ['index.html', 'caseaudit.js', 'caseaudit.wasm'] : ['case-audit.html'];
for (const dist of dists) {
  for (const name of files) {
    if (!fs.existsSync(path.join(dist, name))) {
      throw new Error(`${path.join(dist, name)} is missing: build the web app first (scripts/build.sh web)`);
    }
  }
  console.log(dist);
  for (const name of fs.readdirSync(dist).sort()) {
    const bytes = fs.statSync(path.join(dist, name)).size;
    console.log(`  ${name.padEnd(24)} ${bytes.toLocaleString('en-GB').padStart(12)} bytes (${(bytes / 1e6).toFixed(2)} MB)`);
  }
}

const servers = http ? await Promise.all(dists.map((d) => startServer(d))) : [];
const urls = dists.map((d, i) => (http ? `${servers[i].origin}/index.html` : pathToFileURL(path.join(d, 'case-audit.html')).href));
const browser = await launchChromium();

// The steps of one run, in ms from the start of the navigation.
function steps(t, cpu) {
  const canvas = t.contexts.filter((c) => c.canvas === 'canvas');
  const first = t.contexts[0];
  return {
    dcl: t.dcl,
    compileCalled: t.compileCalled,
    compiled: t.compiled,
    instantiated: t.instantiated,
    runtimeInitialized: t.runtimeInitialized,
    firstContext: first ? first.start : NaN,
    contextMs: t.contexts.reduce((sum, c) => sum + c.ms, 0),
    appContext: canvas.length ? canvas[canvas.length - 1].start : NaN,
    ...t.marks,
    ready: t.ready,
    cpu,
  };
}

async function openOnce(url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const watch = await watchPage(page);
    await page.addInitScript(watchStartup);
    const cpu0 = descendantCpu().seconds;
    await page.goto(url);
    await waitForReady(page, watch);
    const cpu1 = descendantCpu().seconds;
    const t = await page.evaluate(() => ({
      ...window.__startup,
      dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
      marks: Object.fromEntries(performance.getEntriesByType('mark')
        .filter((m) => m.name.startsWith('caseaudit:')).map((m) => [m.name.slice(10), m.startTime])),
    }));
    return steps(t, (cpu1 - cpu0) * 1000);
  } finally {
    await context.close();
  }
}

const results = dists.map(() => []);
const loads = [];
try {
  await openOnce(urls[0]); // not counted: the browser's own start
  for (let i = 0; i < runs; i++) {
    for (let d = 0; d < dists.length; d++) {
      loads.push(os.loadavg()[0]);
      const s = await openOnce(urls[d]);
      results[d].push(s);
      console.log(`run ${i + 1}${dists.length > 1 ? ' ' + 'AB'[d] : ''}: ready ${ms(s.ready)} ms ` +
        `(DOMContentLoaded ${ms(s.dcl)}, compile ${ms(s.compileCalled)} to ${ms(s.compiled)}, ` +
        `instantiated ${ms(s.instantiated)}, runtime ${ms(s.runtimeInitialized)}, ` +
        `WebGL first asked ${ms(s.firstContext)} / by the app ${ms(s.appContext)}, ` +
        `getContext blocked ${ms(s.contextMs)}), CPU ${ms(s.cpu)} ms`);
    }
  }
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}

const what = http ? 'served (http)' : 'single file (file://)';
const keys = ['ready', 'dcl', 'compileCalled', 'compiled', 'instantiated', 'runtimeInitialized',
  'firstContext', 'appContext', 'contextMs', 'app', 'window', 'context', 'renderer', 'first-frame', 'cpu'];
console.log(`\n${what}, ${runs} runs each, load average (1 min) ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)}`);
dists.forEach((dist, d) => {
  console.log(`${dists.length > 1 ? 'AB'[d] + ' ' : ''}${dist}`);
  for (const k of keys) console.log(`  ${k.padEnd(20)} ${range(results[d].map((s) => s[k]))}`);
});
if (dists.length === 2) {
  for (const k of ['ready', 'cpu']) {
    const a = results[0].map((s) => s[k]);
    const b = results[1].map((s) => s[k]);
    const pairs = a.map((x, i) => b[i] / x);
    console.log(`B/A ${k}: medians ${(median(b) / median(a)).toFixed(2)}, median of pairs ${median(pairs).toFixed(2)} ` +
      `(${Math.min(...pairs).toFixed(2)} to ${Math.max(...pairs).toFixed(2)})`);
  }
}
