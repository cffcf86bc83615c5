// Shared helpers for the browser end-to-end tests.
//
// The helpers take a page object from either playwright-core (Chromium) or
// puppeteer-core (Firefox): both have evaluate(fn, arg), mouse.move(x, y),
// screenshot({path}), $(selector) and the 'console' / 'pageerror' / 'request' events.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '..', '..', '..');
export const DIST = path.resolve(process.env.CASEAUDIT_DIST || path.join(ROOT, 'dist'));
export const SCREENSHOT_DIR = path.join(ROOT, 'build', 'e2e', 'screenshots');
export const VIEWPORT = { width: 1366, height: 768 };

export const CHROMIUM_PATH = process.env.CASEAUDIT_CHROMIUM || '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.CASEAUDIT_FIREFOX || '/usr/bin/firefox-esr';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

// How long the wasm runtime may take to come up. The machine is small and shared and
// WebGL is software-rendered, so this is generous; it is a limit, not a measurement.
export const READY_TIMEOUT_MS = 90_000;
export const STATE_TIMEOUT_MS = 30_000;

export const SECTIONS = ['Import', 'Caseloads', 'Sampling & audit', 'Reports', 'Training', 'Settings'];

// Fails (never skips) when the build under test is missing.
export function requireDist(...names) {
  for (const name of names) {
    const file = path.join(DIST, name);
    assert.ok(fs.existsSync(file),
      `${file} is missing: build the web app first (scripts/build.sh web), or point CASEAUDIT_DIST at a build`);
  }
}

export function distFileUrl(name) {
  return pathToFileURL(path.join(DIST, name)).href;
}

// URL paths ("/index.html", ...) of every regular file under dist/.
export function distUrlPaths() {
  const out = new Set();
  const walk = (dir, prefix) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, `${prefix}${entry.name}/`);
      else if (entry.isFile()) out.add(`${prefix}${entry.name}`);
    }
  };
  walk(DIST, '/');
  return out;
}

// A fresh temporary folder, { dir, cleanup() }: `what` goes in its name.
export function tempFolder(what) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `caseaudit-e2e-${what}-`));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

// A synthetic (made-up) extract file in a fresh temporary folder.
export function writeSyntheticExtract(name = 'synthetic-extract.json') {
  const { dir, cleanup } = tempFolder('extract');
  const text = JSON.stringify({ format: 'case-audit-extract', formatVersion: 1 });
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return { dir, file, name, text, bytes: Buffer.byteLength(text), cleanup };
}

// ---------------------------------------------------------------------------
// Page instrumentation
// ---------------------------------------------------------------------------

// Runs in the page before any of its scripts: records CSP violations.
function recordCspViolations() {
  window.__e2e = { csp: [] };
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__e2e.csp.push({
      directive: e.effectiveDirective || e.violatedDirective,
      blocked: e.blockedURI.slice(0, 120),
      source: e.sourceFile,
      line: e.lineNumber,
    });
  }, true);
}

export async function addInitScript(page, fn, arg) {
  if (typeof page.addInitScript === 'function') await page.addInitScript(fn, arg); // playwright
  else await page.evaluateOnNewDocument(fn, arg); // puppeteer
}

// Starts recording console errors, uncaught page errors and requests; installs the
// CSP violation recorder. Call before navigating.
// Long messages (a base64 data: URL in a CSP report) are cut to keep reports readable.
const brief = (text) => (text.length > 400 ? `${text.slice(0, 300)} …[${text.length - 400} chars]… ${text.slice(-100)}` : text);

export async function watchPage(page) {
  const watch = { consoleErrors: [], pageErrors: [], requests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') watch.consoleErrors.push(brief(msg.text()));
  });
  page.on('pageerror', (err) => watch.pageErrors.push(brief(String(err && err.message || err))));
  page.on('request', (req) => watch.requests.push(req.url()));
  await addInitScript(page, recordCspViolations);
  watch.cspViolations = () => page.evaluate(() => (window.__e2e ? window.__e2e.csp : ['CSP recorder not installed']));
  return watch;
}

export async function assertNoErrors(watch, { console = true } = {}) {
  assert.deepEqual(watch.pageErrors, [], 'page errors (uncaught exceptions; Firefox reports blocked loads here too)');
  if (console) assert.deepEqual(watch.consoleErrors, [], 'console errors');
  assert.deepEqual(await watch.cspViolations(), [], 'Content-Security-Policy violations');
}

// ---------------------------------------------------------------------------
// Waiting on the app (it renders only when something changes, so poll its state)
// ---------------------------------------------------------------------------

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Polls pageFn in the page until check(value) is truthy. With wake, moves the mouse
// by a pixel now and then so that an idle app draws a frame.
export async function poll(page, pageFn, check, { timeout = STATE_TIMEOUT_MS, wake = false, what = 'condition', arg } = {}) {
  const deadline = Date.now() + timeout;
  let value;
  let lastError;
  for (let i = 0; ; i++) {
    try {
      value = await page.evaluate(pageFn, arg);
      lastError = undefined;
      if (check(value)) return value;
    } catch (err) {
      lastError = err; // e.g. a navigation in progress
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}; last value: ${JSON.stringify(value)}` +
        (lastError ? `; last error: ${lastError.message}` : ''));
    }
    if (wake && i % 4 === 3) await page.mouse.move(i % 8 === 7 ? 5 : 4, 4); // a corner: inside any window size
    await sleep(100);
  }
}

// What the page shows while we wait: helps when the app never becomes ready.
function pageStatus() {
  const shown = (id) => {
    const el = document.getElementById(id);
    if (!el) return null;
    const cs = getComputedStyle(el);
    return cs.display !== 'none' && cs.visibility !== 'hidden' ? el.textContent.trim().slice(0, 200) : false;
  };
  return {
    ready: !!(window.caseAudit && window.caseAudit.ready),
    hasApi: !!window.caseAudit,
    loading: shown('loading'),
    fallback: shown('fallback'),
  };
}

export async function waitForReady(page, watch) {
  try {
    await poll(page, pageStatus, (s) => s.ready, { timeout: READY_TIMEOUT_MS, what: 'caseAudit.ready' });
  } catch (err) {
    err.message += `\npage errors: ${JSON.stringify(watch ? watch.pageErrors : [])}` +
      `\nconsole errors: ${JSON.stringify(watch ? watch.consoleErrors : [])}`;
    throw err;
  }
}

// Clicks the widget labelled `label` the way a user does: the mouse goes to the centre of
// where the app last drew it (caseAudit.itemRect, from Dear ImGui's own record of its
// widgets) and presses and releases the button over the canvas.
export async function clickItem(page, label) {
  const rect = await poll(page, (l) => window.caseAudit.itemRect(l), (r) => r !== null,
    { wake: true, what: `a widget labelled ${JSON.stringify(label)} on screen`, arg: label });
  const x = rect.x + rect.width / 2;
  const y = rect.y + rect.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await sleep(60); // Dear ImGui sees a press only if it lasts into a frame
  await page.mouse.up();
  return rect;
}

export function appState(page) {
  return page.evaluate(() => window.caseAudit.state());
}

export function waitForState(page, check, what, opts = {}) {
  return poll(page, () => window.caseAudit.state(), check, { wake: true, what, ...opts });
}

export async function waitForLoaded(page, extract) {
  const state = await waitForState(page,
    (s) => s.loaded && s.loaded.name === extract.name,
    `state().loaded.name == ${extract.name}`);
  assert.equal(state.loaded.name, extract.name);
  assert.equal(state.loaded.bytes, extract.bytes, 'state().loaded.bytes is the file size');
  return state;
}

// Drops a file onto the page the way a browser does: dragenter, dragover and drop
// events carrying a DataTransfer that holds a File, dispatched at the canvas.
export function dropFileOnPage(page, extract) {
  return page.evaluate(({ name, text }) => {
    const target = document.getElementById('canvas') || document.body;
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type: 'application/json' }));
    const results = {};
    for (const type of ['dragenter', 'dragover', 'drop']) {
      const ev = new DragEvent(type, { bubbles: true, cancelable: true, composed: true, dataTransfer: dt, clientX: 600, clientY: 400 });
      target.dispatchEvent(ev);
      results[type] = ev.defaultPrevented;
    }
    return results;
  }, { name: extract.name, text: extract.text });
}

// Drops a synthetic file onto the page and checks that it reaches the app while the
// page stays at url.
export async function assertDropReachesApp(page, url) {
  const dropped = writeSyntheticExtract('dropped-extract.json');
  try {
    const prevented = await dropFileOnPage(page, dropped);
    assert.equal(prevented.dragover, true,
      'the page calls preventDefault() on dragover (else the browser refuses the drop)');
    assert.equal(prevented.drop, true,
      'the page calls preventDefault() on drop (else the browser opens the file itself)');
    await waitForLoaded(page, dropped);
    assert.equal(page.url(), url, 'the page did not navigate away');
  } finally {
    dropped.cleanup();
  }
}

// ---------------------------------------------------------------------------
// Pixels
// ---------------------------------------------------------------------------

// Colour statistics of a PNG: how many distinct colours, and how much of the image is
// not the most common (background) colour.
export function pngStats(buffer) {
  const png = PNG.sync.read(buffer);
  const counts = new Map();
  const { data } = png;
  for (let i = 0; i < data.length; i += 4) {
    const key = ((data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3]) >>> 0;
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  let dominant = 0;
  let dominantKey = 0;
  for (const [key, n] of counts) if (n > dominant) { dominant = n; dominantKey = key; }
  const total = png.width * png.height;
  return {
    width: png.width,
    height: png.height,
    distinctColours: counts.size,
    background: '#' + dominantKey.toString(16).padStart(8, '0'),
    nonBackgroundFraction: total ? 1 - dominant / total : 0,
  };
}

// A drawn ImGui frame has text, frames and anti-aliased edges: dozens of colours and
// a good share of pixels that are not the background. A blank, black or cleared
// canvas has one colour.
export const MIN_DISTINCT_COLOURS = 24;
export const MIN_NON_BACKGROUND = 0.01;

export async function assertCanvasDrawn(page, label) {
  const handle = await page.$('#canvas');
  assert.ok(handle, 'the page has <canvas id="canvas">');
  const stats = pngStats(await handle.screenshot({ type: 'png' }));
  assert.ok(stats.distinctColours >= MIN_DISTINCT_COLOURS && stats.nonBackgroundFraction >= MIN_NON_BACKGROUND,
    `${label}: canvas looks blank: ${JSON.stringify(stats)}`);
  return stats;
}

export async function saveScreenshot(page, browserName, testName) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const slug = testName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const file = path.join(SCREENSHOT_DIR, `${browserName}-${slug}.png`);
  try {
    await page.screenshot({ path: file });
  } catch (err) {
    // A screenshot is evidence, not the test: a failure here must not hide the real one.
    process.stderr.write(`warning: screenshot ${file} failed: ${err.message}\n`);
  }
  return file;
}

// Canvas size in CSS pixels and its backing store in device pixels. (Runs in the page.)
export function canvasInfo() {
  const c = document.getElementById('canvas');
  const r = c.getBoundingClientRect();
  return { cssWidth: r.width, cssHeight: r.height, width: c.width, height: c.height };
}

// Is the element shown, and what does it say? (Runs in the page.)
export function elementInfo(sel) {
  const el = document.querySelector(sel);
  if (!el) return { exists: false, shown: false, text: '' };
  const cs = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  const shown = cs.display !== 'none' && cs.visibility !== 'hidden' && Number(cs.opacity) > 0 && r.width > 0 && r.height > 0;
  return { exists: true, shown, text: el.textContent.trim() };
}

export function elementShown(page, selector) {
  return page.evaluate(elementInfo, selector);
}

// ---------------------------------------------------------------------------
// Steady input: typing and clicking as a person does, for forms.
// ---------------------------------------------------------------------------
// The app takes one key a frame and reads the pointer when a frame starts (docs/testing.md),
// and on a busy machine it may draw only a few frames a second: so these wait for frames
// to pass, not for milliseconds.

// Waits until `n` more frames have been drawn (nudging the pointer now and then: an idle
// app draws only on input). The nudge stays within a pixel of `at` when given: a press
// in progress must not be dragged off its button by a slow frame, which turns the click
// into nothing.
export async function waitFrames(page, n = 2, at = null) {
  const f0 = await page.evaluate(() => window.caseAudit.state().frame);
  for (let i = 0; i < 400; i++) {
    await sleep(50);
    const f = await page.evaluate(() => window.caseAudit.state().frame);
    if (f >= f0 + n) return;
    if (i % 10 === 9) {
      if (at) await page.mouse.move(at.x + (i % 20 === 9 ? 1 : 0), at.y);
      else await page.mouse.move(2 + (i % 2), 2);
    }
  }
  throw new Error(`the app did not draw ${n} frames in 20 s`);
}

// Clicks the widget labelled `label` with the pointer resting on it a frame before and
// during the press (clickItem's quick press can miss when frames are slow).
export async function clickSteady(page, label) {
  // The widget must sit still for two frames first: a view may still be filling in (the
  // writing evidence arrives a few frames after a case file opens and pushes the results
  // down), and a click aimed at where a button was lands on whatever moved there.
  const find = () => poll(page, (l) => window.caseAudit.itemRect(l), (x) => x !== null,
    { wake: true, what: `a widget labelled ${JSON.stringify(label)} on screen`, arg: label });
  let r = await find();
  for (let i = 0; i < 50; i++) {
    await waitFrames(page, 2, { x: r.x + r.width / 2, y: r.y + r.height / 2 });
    const again = await find();
    const same = ['x', 'y', 'width', 'height'].every((k) => Math.abs(again[k] - r[k]) < 0.5);
    r = again;
    if (same) break;
  }
  const at = { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  await page.mouse.move(at.x, at.y);
  await waitFrames(page, 2, at);
  await page.mouse.down();
  await waitFrames(page, 2, at);
  await page.mouse.up();
  await waitFrames(page, 2, at);
  return r;
}

// ---------------------------------------------------------------------------
// The two drivers: Playwright (Chromium) and puppeteer-core (Firefox) differ in a few calls.
// ---------------------------------------------------------------------------
const isPlaywright = (page) => typeof page.viewportSize === 'function';

function viewportHeight(page) {
  const v = isPlaywright(page) ? page.viewportSize() : page.viewport();
  return v?.height ?? VIEWPORT.height;
}

export async function wheel(page, deltaY) {
  if (isPlaywright(page)) await page.mouse.wheel(0, deltaY);
  else await page.mouse.wheel({ deltaY });
}

// Gives the page's file input a file, as a user choosing it in the dialog does.
export async function chooseFile(page, selector, file) {
  if (isPlaywright(page)) {
    await page.setInputFiles(selector, file);
    return;
  }
  const input = await page.$(selector);
  assert.ok(input, `the page has ${selector}`);
  await input.uploadFile(file);
}

// Ctrl+A with the Control key held across frames (the app reads one key a frame).
async function selectAll(page) {
  if (isPlaywright(page)) {
    await page.keyboard.press('Control+A');
    return;
  }
  await page.keyboard.down('Control');
  await waitFrames(page);
  await page.keyboard.press('KeyA');
  await waitFrames(page);
  await page.keyboard.up('Control');
}

// Types `text` into the text field labelled `label`, replacing what it held, one key a
// frame.
export async function typeInto(page, label, text) {
  await clickSteady(page, label);
  await selectAll(page);
  await waitFrames(page);
  for (const ch of text) {
    await page.keyboard.type(ch);
    await waitFrames(page, 2);
  }
}

// Scrolls (mouse wheel over `at`) until the widget labelled `label` is drawn on screen.
export async function scrollTo(page, label, at, { step = 300, tries = 40 } = {}) {
  for (let i = 0; i < tries; i++) {
    const r = await page.evaluate((l) => window.caseAudit.itemRect(l), label);
    if (r && r.whole && r.y >= 0 && r.y + r.height <= viewportHeight(page)) return r;
    await page.mouse.move(at.x, at.y);
    await wheel(page, step);
    await waitFrames(page, 2, at);
  }
  throw new Error(`${label} did not come into view`);
}
