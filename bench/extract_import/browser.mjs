#!/usr/bin/env node
// Benchmark (not a test; scripts/test.sh never runs it): importing synthetic extracts in the
// real app in headless Chromium, beside the browser's own JSON.parse of the same bytes in the
// same page.
//
// For each size (MB) given on the command line (default 1 10 100; 500 only when asked, it
// is slow), the extract is made with the native CLI (`caseaudit generate --target-mb N`)
// once and kept in the output folder. Then, in a fresh browser context and page per size:
//   (a) the app's import: the file goes through the real file input (#file-input),
//       --settle milliseconds (default 2000) after the page says it is ready, as a manager
//       would choose a file some seconds after opening the page (--settle 0: at once). A
//       sampler in the page (setInterval, every 100 ms) reads caseAudit.state() from just
//       before page.setInputFiles until import.status is `imported` (or `failed`); the
//       time is from the input's 'change' event (the browser has handed the File to the
//       page) to import.finishedAtMs, the app's own clock when it finished (also kept: when
//       the sampler saw it, and the time from the setInputFiles call, which adds the
//       driver's own work); it also records the distinct import.progress values seen (the
//       progress bar advancing) and then state().memoryBytes (the wasm memory: it never
//       shrinks, so it is the peak);
//   (b) JSON.parse of the same File in the same page: `await file.text()` (read and UTF-8
//       decode) and `JSON.parse(text)` timed apart, with performance.memory.usedJSHeapSize
//       before and after (Chromium runs with --enable-precise-memory-info);
//   (c) responsiveness: an init script's requestAnimationFrame loop records the longest gap
//       between two callbacks during (a), and, for comparison, during (b).
// One screenshot is taken in an extra, unmeasured import of the largest size of at least
// 100 MB, while it is about half way (the progress bar), in the output folder.
// With --profile, one more unmeasured import of the largest size runs under the CDP
// sampling profiler and the page's main-thread time is split into: the importer and the
// rest of the app in wasm, WebGL state queries (glGetIntegerv -> getParameter, each a
// synchronous round trip to the GPU process), other JavaScript, GC and idle.
//
// Prints a Markdown table and writes everything as JSON to
// <out>/browser-results-<timestamp>.json.
//
//   node bench/extract_import/browser.mjs [--runs N] [--settle MS] [--no-screenshot] [--profile]
//                                         [SIZE_MB ...]
//
// Environment:
//   CASEAUDIT_DIST   the built web app (default dist/, made by `scripts/build.sh web`)
//   CASEAUDIT_CLI    the native CLI (default build/native/src/cli/caseaudit; built with
//                    `scripts/build.sh native` when it is missing)
//   BENCH_OUT        folder for the extracts, results and screenshot
//                    (default build/bench-browser)
//   CASEAUDIT_CHROMIUM  the browser (default /usr/bin/chromium)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const E2E = path.join(ROOT, 'tests', 'e2e');
// The browser helpers and their packages live with the end-to-end tests.
const e2e = (rel) => import(pathToFileURL(path.join(E2E, rel)).href);
const { startServer } = await e2e('lib/server.mjs');
const { launchChromium } = await e2e('lib/chromium.mjs');
const { DIST, VIEWPORT, requireDist, waitForReady, watchPage } = await e2e('lib/harness.mjs');
createRequire(path.join(E2E, 'package.json')).resolve('playwright-core'); // fails early if absent

const MB = 1e6; // sizes and speeds in decimal megabytes; memory in MiB
const MIB = 1024 * 1024;
const IMPORT_TIMEOUT_MS = 900_000; // a limit for the 500 MB run on a slow machine, not a measure

// ---------------------------------------------------------------------------------------
// Arguments and inputs
// ---------------------------------------------------------------------------------------

const args = process.argv.slice(2);
let runs = 1;
let screenshot = true;
let profile = false;
let settleMs = 2000;
const sizes = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i] === '--no-screenshot') screenshot = false;
  else if (args[i] === '--profile') profile = true;
  else if (args[i] === '--settle') settleMs = Number(args[++i]);
  else if (/^\d+(\.\d+)?$/.test(args[i])) sizes.push(Number(args[i]));
  else {
    process.stderr.write(`usage: browser.mjs [--runs N] [--settle MS] [--no-screenshot] [--profile] [SIZE_MB ...]\n`);
    process.exit(2);
  }
}
if (!sizes.length) sizes.push(1, 10, 100);
if (!(runs >= 1)) throw new Error('--runs needs a number of at least 1');
if (!(settleMs >= 0)) throw new Error('--settle needs a number of milliseconds');

const OUT = path.resolve(process.env.BENCH_OUT || path.join(ROOT, 'build', 'bench-browser'));
fs.mkdirSync(OUT, { recursive: true });

function cliPath() {
  const cli = path.resolve(process.env.CASEAUDIT_CLI || path.join(ROOT, 'build', 'native', 'src', 'cli', 'caseaudit'));
  if (!fs.existsSync(cli)) {
    if (process.env.CASEAUDIT_CLI) throw new Error(`CASEAUDIT_CLI=${cli} does not exist`);
    process.stderr.write(`${cli} is missing: running scripts/build.sh native\n`);
    execFileSync(path.join(ROOT, 'scripts', 'build.sh'), ['native'], { stdio: 'inherit', cwd: ROOT });
  }
  return cli;
}

// The extract for `mb`, made once (the generator is deterministic for its default seed).
function extractFor(cli, mb) {
  const file = path.join(OUT, `extract-${mb}mb.json`);
  if (!fs.existsSync(file)) {
    const t0 = Date.now();
    const tmp = `${file}.part`;
    execFileSync(cli, ['generate', '--target-mb', String(mb), '--out', tmp], { stdio: ['ignore', 'ignore', 'inherit'] });
    fs.renameSync(tmp, file);
    process.stderr.write(`generated ${file} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  return { file, name: path.basename(file), bytes: fs.statSync(file).size };
}

// ---------------------------------------------------------------------------------------
// In the page
// ---------------------------------------------------------------------------------------

// Init script (runs before the app's scripts): a requestAnimationFrame loop that keeps the
// longest gap between callbacks while `measuring`, and a capture listener that keeps the
// File chosen in #file-input (the app clears the input's value after taking the file, so
// that choosing the same file again fires 'change').
function installProbes() {
  const b = {
    measuring: false, last: 0, maxGap: 0, frames: 0, file: null, changeAt: null,
    sampler: null, samples: 0, progress: [], statuses: [], start: 0, end: null, final: null,
  };
  window.__bench = b;
  // performance.now(), not the callback's argument: that is the frame's begin time, which
  // Chromium may stamp before a long task, so the gap would hide the task.
  const tick = () => {
    const t = performance.now();
    if (b.measuring && b.last) {
      b.maxGap = Math.max(b.maxGap, t - b.last);
      b.frames++;
    }
    b.last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  document.addEventListener('change', (e) => {
    if (e.target && e.target.id === 'file-input' && e.target.files.length) {
      b.file = e.target.files[0];
      b.changeAt = performance.now();
    }
  }, true);
}

// Starts the 100 ms sampler and the frame-gap window just before the file is chosen.
function armImportSampler(name) {
  const b = window.__bench;
  b.measuring = true;
  b.maxGap = 0;
  b.frames = 0;
  b.start = performance.now();
  b.end = null;
  b.changeAt = null;
  b.samples = 0;
  b.progress = [];
  b.statuses = [];
  const seen = new Set();
  b.sampler = setInterval(() => {
    const s = window.caseAudit.state();
    const imp = s.import;
    b.samples++;
    if (!b.statuses.includes(imp.status)) b.statuses.push(imp.status);
    if (imp.file !== name) return; // not yet this file's import
    if (imp.status === 'importing' && !seen.has(imp.progress)) {
      seen.add(imp.progress);
      b.progress.push({ t: performance.now() - b.start, progress: imp.progress });
    }
    if (imp.status === 'imported' || imp.status === 'failed') {
      b.end = performance.now();
      b.measuring = false;
      clearInterval(b.sampler);
      b.final = { import: imp, extract: s.extract, memoryBytes: s.memoryBytes };
    }
  }, 100);
}

function samplerResult() {
  const b = window.__bench;
  if (b.end === null) return null;
  return {
    // From the 'change' event (the browser has handed the File to the page) to the moment
    // the app finished the import (its own steady clock, which is performance.now() in the
    // page); the sampler only notices that up to 100 ms later.
    ms: b.changeAt === null || !b.final.import.finishedAtMs ? null : b.final.import.finishedAtMs - b.changeAt,
    msSeenBySampler: b.changeAt === null ? null : b.end - b.changeAt,
    msFromSetInputFiles: b.end - b.start,
    changeAfterMs: b.changeAt === null ? null : b.changeAt - b.start,
    maxFrameGapMs: b.maxGap,
    framesDuringImport: b.frames,
    samples: b.samples,
    progress: b.progress,
    statuses: b.statuses,
    ...b.final,
  };
}

// (b): JSON.parse of the same File, with the frame-gap window around it.
async function parseSameFile() {
  const b = window.__bench;
  const input = document.getElementById('file-input');
  const f = (input.files && input.files[0]) || b.file;
  if (!f) return { error: 'no File to read' };
  const mem = () => (performance.memory ? performance.memory.usedJSHeapSize : null);
  // Let a frame pass so that the gap window starts from a drawn frame.
  await new Promise((r) => requestAnimationFrame(() => r()));
  b.maxGap = 0;
  b.frames = 0;
  b.measuring = true;
  const heapBefore = mem();
  const t0 = performance.now();
  const text = await f.text();
  const t1 = performance.now();
  let parsed;
  let error = null;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    error = String(err && err.message || err);
  }
  const t2 = performance.now();
  const heapAfter = mem(); // the text and the parsed tree are both alive here
  // One more frame so that the gap after the parse (the main thread was blocked) counts.
  await new Promise((r) => requestAnimationFrame(() => r()));
  b.measuring = false;
  const keys = parsed ? Object.keys(parsed).length : 0;
  return {
    bytes: f.size, textLength: text.length, readMs: t1 - t0, parseMs: t2 - t1, error, keys,
    heapBefore, heapAfter, maxFrameGapMs: b.maxGap,
  };
}

// ---------------------------------------------------------------------------------------
// Driving it
// ---------------------------------------------------------------------------------------

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function openApp(browser, origin) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const watch = await watchPage(page);
  await page.addInitScript(installProbes);
  await page.goto(`${origin}/index.html`);
  await waitForReady(page, watch);
  if (settleMs > 0) await sleep(settleMs);
  return { context, page, watch };
}

async function waitForSampler(page) {
  const deadline = Date.now() + IMPORT_TIMEOUT_MS;
  for (;;) {
    const r = await page.evaluate(samplerResult);
    if (r) return r;
    if (Date.now() > deadline) throw new Error(`import not finished after ${IMPORT_TIMEOUT_MS} ms`);
    await sleep(100);
  }
}

async function measureOne(browser, origin, extract) {
  const { context, page, watch } = await openApp(browser, origin);
  try {
    const before = await page.evaluate(() => window.caseAudit.state().memoryBytes);
    await page.evaluate(armImportSampler, extract.name);
    const wall0 = Date.now();
    await page.setInputFiles('#file-input', extract.file);
    const app = await waitForSampler(page);
    app.wallMsSeenByNode = Date.now() - wall0; // includes this script's 100 ms polling
    app.memoryBytesBefore = before;
    const parse = await page.evaluate(parseSameFile);
    return { app, parse, pageErrors: watch.pageErrors, consoleErrors: watch.consoleErrors };
  } finally {
    await context.close();
  }
}

// An extra, unmeasured import with a screenshot when the progress bar is about half way.
async function progressScreenshot(browser, origin, extract) {
  const { context, page } = await openApp(browser, origin);
  try {
    await page.setInputFiles('#file-input', extract.file);
    const file = path.join(OUT, `import-progress-${Math.round(extract.bytes / MB)}mb.png`);
    const deadline = Date.now() + IMPORT_TIMEOUT_MS;
    for (;;) {
      const imp = await page.evaluate(() => window.caseAudit.state().import);
      if (imp.status === 'importing' && imp.progress >= 0.4) {
        await page.screenshot({ path: file });
        const after = await page.evaluate(() => window.caseAudit.state().import);
        return { file, progressBefore: imp.progress, progressAfter: after.progress, statusAfter: after.status };
      }
      if (imp.status === 'imported' || imp.status === 'failed' || Date.now() > deadline) {
        return { file: null, missed: imp };
      }
      await sleep(20);
    }
  } finally {
    await context.close();
  }
}

// An extra, unmeasured import under the CDP sampling profiler (1 ms): where the page's
// main thread spends the import, by category (inclusive time for WebGL queries, self time
// for the rest).
async function profileImport(browser, origin, extract) {
  const { context, page } = await openApp(browser, origin);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await cdp.send('Profiler.start');
    await page.setInputFiles('#file-input', extract.file);
    const deadline = Date.now() + IMPORT_TIMEOUT_MS;
    for (;;) {
      const st = await page.evaluate(() => window.caseAudit.state().import.status);
      if (st === 'imported' || st === 'failed' || Date.now() > deadline) break;
      await sleep(100);
    }
    const { profile: prof } = await cdp.send('Profiler.stop');
    const byId = new Map(prof.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of prof.nodes) for (const c of n.children || []) parent.set(c, n.id);
    const underGlGet = (id) => {
      for (let p = id; p !== undefined; p = parent.get(p)) {
        const name = byId.get(p).callFrame.functionName;
        if (name === '_glGetIntegerv' || name === 'emscriptenWebGLGet' || name === 'getParameter') return true;
      }
      return false;
    };
    const ms = { webglStateQueries: 0, wasm: 0, javascript: 0, gc: 0, idle: 0, program: 0 };
    const selfMs = new Map(); // by function: where the wasm and JavaScript time goes
    prof.samples.forEach((id, i) => {
      const dt = (prof.timeDeltas[i + 1] || 0) / 1000; // the time until the next sample
      const f = byId.get(id).callFrame;
      selfMs.set(f.functionName, (selfMs.get(f.functionName) || 0) + dt);
      let k;
      if (underGlGet(id)) k = 'webglStateQueries';
      else if (f.functionName === '(idle)') k = 'idle';
      else if (f.functionName === '(garbage collector)') k = 'gc';
      else if (f.functionName === '(program)') k = 'program';
      else if (f.url.endsWith('.wasm') || /^wasm-function|^js-to-wasm|^wasm-to-js/.test(f.functionName)) k = 'wasm';
      else k = 'javascript';
      ms[k] += dt;
    });
    ms.total = (prof.endTime - prof.startTime) / 1000;
    // Function names need a build linked with --profiling-funcs; otherwise wasm functions
    // show as wasm-function[N].
    const top = [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 25)
      .map(([name, t]) => ({ name: name || '(anonymous)', ms: Math.round(t) }));
    return { file: extract.file, bytes: extract.bytes, ms, top };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------

requireDist('index.html', 'caseaudit.js', 'caseaudit.wasm');
const cli = cliPath();
const extracts = sizes.map((mb) => ({ mb, ...extractFor(cli, mb) }));

const server = await startServer(DIST);
const browser = await launchChromium(['--enable-precise-memory-info']);
const started = new Date();
const results = [];
let shot = null;
let profiled = null;
try {
  for (const ex of extracts) {
    for (let run = 1; run <= runs; run++) {
      process.stderr.write(`${ex.mb} MB (${ex.bytes} bytes), run ${run}: `);
      const load = os.loadavg()[0];
      const r = await measureOne(browser, server.origin, ex);
      const row = { sizeMb: ex.mb, file: ex.file, bytes: ex.bytes, run, loadAverage1m: load, ...r };
      results.push(row);
      process.stderr.write(`${r.app.import.status} in ${(r.app.ms / 1000).toFixed(2)} s; ` +
        `JSON.parse ${r.parse.error ? `failed: ${r.parse.error}` : `${(r.parse.parseMs / 1000).toFixed(2)} s`}\n`);
    }
  }
  const big = extracts.filter((e) => e.mb >= 100).sort((a, b) => b.bytes - a.bytes)[0];
  if (screenshot && big) shot = await progressScreenshot(browser, server.origin, big);
  if (profile) {
    const largest = [...extracts].sort((a, b) => b.bytes - a.bytes)[0];
    profiled = await profileImport(browser, server.origin, largest);
  }
} finally {
  await browser.close();
  await server.close();
}

// ---------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------

const f2 = (x) => (x === null || x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(2));
const f1 = (x) => (x === null || x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(1));
const mibs = (b) => (b === null || b === undefined ? 'n/a' : `${Math.round(b / MIB)}`);
const lines = [
  '| file | app import (from setInputFiles) | app MB/s | `file.text()` | `JSON.parse` | JSON.parse MB/s | app / JSON.parse | app / (text()+JSON.parse) | wasm memory (before) | wasm memory / file | JS heap growth (text+tree) | progress values | longest frame gap: import | longest frame gap: text()+JSON.parse |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];
for (const r of results) {
  const { app, parse } = r;
  const mb = r.bytes / MB;
  const appS = app.ms / 1000;
  const parseS = parse.error ? NaN : parse.parseMs / 1000;
  const readS = parse.readMs / 1000;
  const heap = parse.heapAfter !== null && parse.heapBefore !== null ? parse.heapAfter - parse.heapBefore : null;
  r.summary = {
    appSeconds: appS, appMBps: mb / appS, readSeconds: readS, parseSeconds: parseS,
    parseMBps: mb / parseS, ratioToParse: appS / parseS, ratioToReadAndParse: appS / (readS + parseS),
    wasmMemoryOverFile: app.memoryBytes / r.bytes, jsHeapGrowthBytes: heap,
    distinctProgressValues: app.progress.length,
  };
  const s = r.summary;
  lines.push(`| ${f1(mb)} MB${runs > 1 ? ` (run ${r.run})` : ''} | ${app.import.status === 'imported' ? '' : `${app.import.status} `}${f2(appS)} s (${f2(app.msFromSetInputFiles / 1000)} s) | ${Math.round(s.appMBps)} | ` +
    `${f2(readS)} s | ${parse.error ? `failed: ${parse.error}` : `${f2(parseS)} s`} | ${parse.error ? 'n/a' : Math.round(s.parseMBps)} | ` +
    `${f2(s.ratioToParse)} | ${f2(s.ratioToReadAndParse)} | ${mibs(app.memoryBytes)} MiB (${mibs(app.memoryBytesBefore)}) | ` +
    `${f2(s.wasmMemoryOverFile)} | ${heap === null ? 'n/a' : `${mibs(heap)} MiB`} | ${s.distinctProgressValues} | ` +
    `${Math.round(app.maxFrameGapMs)} ms | ${Math.round(parse.maxFrameGapMs)} ms |`);
}
const table = lines.join('\n');
process.stdout.write(`${table}\n`);
if (shot) process.stdout.write(`\nscreenshot during the import: ${JSON.stringify(shot)}\n`);
if (profiled) {
  const parts = Object.entries(profiled.ms).map(([k, v]) => `${k} ${Math.round(v)} ms`).join(', ');
  process.stdout.write(`\nprofiled import of ${(profiled.bytes / MB).toFixed(1)} MB (main thread): ${parts}\n`);
  process.stdout.write('self time by function:\n');
  for (const { name, ms } of profiled.top) process.stdout.write(`  ${String(ms).padStart(6)} ms  ${name}\n`);
}
for (const r of results) {
  if (r.pageErrors.length || r.consoleErrors.length) {
    process.stdout.write(`\n${r.sizeMb} MB run ${r.run}: page errors ${JSON.stringify(r.pageErrors)}, console errors ${JSON.stringify(r.consoleErrors)}\n`);
  }
}

const stamp = started.toISOString().replace(/[:.]/g, '-');
const jsonFile = path.join(OUT, `browser-results-${stamp}.json`);
let chromiumVersion = null;
try {
  chromiumVersion = execFileSync(process.env.CASEAUDIT_CHROMIUM || '/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
} catch {
  // recorded as null
}
fs.writeFileSync(jsonFile, JSON.stringify({
  started: started.toISOString(), dist: DIST, cli, chromium: chromiumVersion, node: process.version,
  cpus: os.cpus().length, loadAverageEnd: os.loadavg(), runs, settleMs, screenshot: shot, profile: profiled, results, table,
}, null, 2));
process.stdout.write(`\nresults: ${jsonFile}\n`);
