// Chromium (headless) opening the single-file app, dist/case-audit.html, from file://
// with the network forbidden: every request that is not for a file is aborted and
// recorded, and none may happen.
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, withChromiumPage } from './lib/chromium.mjs';
import { useBrowser } from './lib/suite.mjs';
import {
  DIST, addInitScript, appState, assertCanvasDrawn, assertDropReachesApp, assertNoErrors, distFileUrl,
  elementShown, poll, waitForLoaded, waitForReady, writeSyntheticExtract,
} from './lib/harness.mjs';

// The single file is handed out by e-mail and on memory sticks: it must stay small. 12.9 MB
// when the runtime was pasted in twice with the wasm uncompressed; about 2.3 MB now.
const MAX_SINGLE_FILE_BYTES = 3_000_000;

describe('Chromium, single file from file://, offline', () => {
  const suite = useBrowser(launchChromium,
    { files: ['case-audit.html'], serve: false, prepare: () => writeSyntheticExtract() });
  const url = () => distFileUrl('case-audit.html');

  // Opens the single file with the network cut off; returns the network attempts.
  const openOfflineNotReady = async (page, context) => {
    const attempts = [];
    await context.setOffline(true);
    await context.route('**/*', (route) => {
      const u = route.request().url();
      if (u.startsWith('file:')) return route.continue();
      attempts.push(u);
      return route.abort('internetdisconnected');
    });
    await page.goto(url());
    return attempts;
  };
  // ...and waits for the app.
  const openOffline = async (page, watch, context) => {
    const attempts = await openOfflineNotReady(page, context);
    await waitForReady(page, watch);
    return attempts;
  };

  const networkRequests = (watch) => watch.requests.filter((u) => !/^(file|data|blob):/.test(u));

  test('is at most 3 MB, with the runtime in it once and the wasm compressed', () => {
    const html = fs.readFileSync(path.join(DIST, 'case-audit.html'), 'latin1');
    assert.ok(html.length <= MAX_SINGLE_FILE_BYTES,
      `dist/case-audit.html is ${html.length.toLocaleString('en-GB')} bytes, more than ${MAX_SINGLE_FILE_BYTES.toLocaleString('en-GB')}`);
    // The runtime's own start-up function, once per copy of the runtime.
    assert.equal(html.split('function run(').length - 1, 1, 'one copy of the runtime');
    const wasm = html.match(/<script type="application\/gzip;base64" id="wasm" data-bytes="(\d+)">([A-Za-z0-9+/=]+)<\/script>/);
    assert.ok(wasm, 'the wasm is embedded gzip-compressed and base64-encoded');
    const gz = Buffer.from(wasm[2], 'base64');
    assert.deepEqual([...gz.subarray(0, 2)], [0x1f, 0x8b], 'gzip');
    assert.ok(gz.length < Number(wasm[1]) / 2, `compressed to less than half (${gz.length} of ${wasm[1]} bytes)`);
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/);
    assert.ok(csp && csp[1].includes("connect-src 'none'"), 'the single file may fetch nothing');
  });

  test('loads, becomes ready and draws without any network', async () => {
    await withChromiumPage(suite.browser, 'file-load', async (page, watch, context) => {
      const attempts = await openOffline(page, watch, context);
      const state = await appState(page);
      assert.equal(state.section, 'Import');
      assert.equal(state.loaded, null);
      assert.ok(state.frame >= 1, `a first frame was drawn (frame=${state.frame})`);
      assert.equal((await elementShown(page, '#loading')).shown, false, '#loading is hidden once ready');
      assert.equal((await elementShown(page, '#fallback')).shown, false, '#fallback is hidden');
      await assertCanvasDrawn(page, 'single file');
      const files = watch.requests.filter((u) => u.startsWith('file:'));
      assert.deepEqual(files, [url()], 'the single file loads nothing but itself');
      assert.deepEqual(attempts, [], 'no network request was attempted');
      assert.deepEqual(networkRequests(watch), [], 'no network request was made');
      await assertNoErrors(watch);
    });
  });

  test('a file chosen through the real file input reaches the app', async () => {
    await withChromiumPage(suite.browser, 'file-file-input', async (page, watch, context) => {
      const attempts = await openOffline(page, watch, context);
      await page.setInputFiles('#file-input', suite.fixture.file);
      await waitForLoaded(page, suite.fixture);
      await assertCanvasDrawn(page, 'single file, after opening a file');
      assert.deepEqual(attempts, [], 'no network request was attempted');
      assert.deepEqual(networkRequests(watch), []);
      await assertNoErrors(watch);
    });
  });

  test('a file dropped onto the page reaches the app', async () => {
    await withChromiumPage(suite.browser, 'file-drag-and-drop', async (page, watch, context) => {
      const attempts = await openOffline(page, watch, context);
      await assertDropReachesApp(page, url());
      assert.deepEqual(attempts, [], 'no network request was attempted');
      await assertNoErrors(watch);
    });
  });

  test('a browser without DecompressionStream gets a plain message, and no runtime', async () => {
    await withChromiumPage(suite.browser, 'file-no-decompression-stream', async (page, watch, context) => {
      await addInitScript(page, () => { delete window.DecompressionStream; });
      await openOfflineNotReady(page, context);
      const status = await poll(page, () => ({
        error: window.caseAudit && window.caseAudit.startupError,
        fallback: getComputedStyle(document.getElementById('fallback')).display,
        reason: document.getElementById('fallback-reason').textContent,
        runtime: typeof window.Module._main,
      }), (s) => s.error && s.fallback !== 'none', { what: '#fallback shown' });
      assert.match(status.reason, /too old to open the single-file Case Audit.*Firefox 113/);
      assert.equal(status.error, status.reason);
      assert.equal(status.runtime, 'undefined', 'the runtime was not started');
      assert.equal((await elementShown(page, '#loading')).shown, false, '#loading is hidden');
      await assertNoErrors(watch);
    });
  });
});
