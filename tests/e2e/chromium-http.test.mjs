// Chromium (headless, SwiftShader WebGL) against the app served over http from dist/.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { useBrowser } from './lib/suite.mjs';
import { launchChromium, withChromiumPage } from './lib/chromium.mjs';
import {
  SECTIONS, addInitScript, assertDropReachesApp, appState, assertCanvasDrawn, assertNoErrors, canvasInfo,
  distUrlPaths, elementInfo, elementShown, poll, saveScreenshot, waitForLoaded, waitForReady, waitForState,
  writeSyntheticExtract,
} from './lib/harness.mjs';

describe('Chromium, over http', () => {
  const suite = useBrowser(launchChromium, { prepare: () => writeSyntheticExtract() });

  const open = async (page, watch) => {
    await page.goto(`${suite.server.origin}/index.html`);
    await waitForReady(page, watch);
  };

  test('loads, becomes ready and draws, with no errors and no foreign requests', async () => {
    await withChromiumPage(suite.browser, 'load', async (page, watch) => {
      suite.server.requests.length = 0;
      await open(page, watch);

      const loading = await elementShown(page, '#loading');
      assert.equal(loading.shown, false, '#loading is hidden once ready');
      const fallback = await elementShown(page, '#fallback');
      assert.equal(fallback.shown, false, '#fallback is hidden when WebGL and WebAssembly work');

      const state = await appState(page);
      assert.equal(state.section, 'Import', 'the app starts on Import');
      assert.deepEqual(state.sections, SECTIONS);
      assert.equal(state.loaded, null, 'nothing is loaded at start');
      assert.equal(state.lastError, '');
      assert.ok(state.frame >= 1, `a first frame was drawn (frame=${state.frame})`);
      assert.ok(state.webgl === 1 || state.webgl === 2, `webgl is 1 or 2 (got ${state.webgl})`);
      assert.equal(state.devicePixelRatio, 1);

      await assertCanvasDrawn(page, 'after load');

      const files = distUrlPaths();
      const foreign = watch.requests.filter((url) => {
        if (url.startsWith('data:') || url.startsWith('blob:')) return false;
        const u = new URL(url);
        return u.origin !== suite.server.origin || !files.has(u.pathname);
      });
      assert.deepEqual(foreign, [], 'every request is for a file of dist/ on the test server');
      assert.ok(watch.requests.some((u) => u.endsWith('/caseaudit.wasm')), 'the page fetched caseaudit.wasm');
      const failed = suite.server.requests.filter((r) => r.status !== 200);
      assert.deepEqual(failed, [], 'the server answered every request with a file');

      await assertNoErrors(watch);
    });
  });

  test('selecting each section through the test API', async () => {
    await withChromiumPage(suite.browser, 'sections', async (page, watch) => {
      await open(page, watch);
      for (const name of [...SECTIONS.slice(1), SECTIONS[0]]) {
        const ok = await page.evaluate((n) => window.caseAudit.selectSection(n), name);
        assert.equal(ok, true, `selectSection(${JSON.stringify(name)}) returns true`);
        await waitForState(page, (s) => s.section === name, `section ${name}`);
        await assertCanvasDrawn(page, `section ${name}`);
        await saveScreenshot(page, 'chromium', `section-${name}`);
      }
      const bad = await page.evaluate(() => window.caseAudit.selectSection('No such section'));
      assert.equal(bad, false, 'selectSection of an unknown name returns false');
      assert.equal((await appState(page)).section, 'Import', 'an unknown name leaves the section unchanged');
      await assertNoErrors(watch);
    });
  });

  test('a file chosen through the real file input reaches the app', async () => {
    await withChromiumPage(suite.browser, 'file-input', async (page, watch) => {
      await open(page, watch);
      await page.setInputFiles('#file-input', suite.fixture.file);
      await waitForLoaded(page, suite.fixture);
      await assertCanvasDrawn(page, 'after opening a file');
      await assertNoErrors(watch);
    });
  });

  test('a file dropped onto the page reaches the app', async () => {
    await withChromiumPage(suite.browser, 'drag-and-drop', async (page, watch) => {
      await open(page, watch);
      await assertDropReachesApp(page, `${suite.server.origin}/index.html`);
      await assertNoErrors(watch);
    });
  });

  test('HiDPI: at device pixel ratio 2 the canvas has a 2x backing store', async () => {
    await withChromiumPage(suite.browser, 'hidpi', async (page, watch) => {
      await open(page, watch);
      const state = await waitForState(page, (s) => s.devicePixelRatio === 2, 'devicePixelRatio 2');
      assert.equal(state.devicePixelRatio, 2);
      const size = await poll(page, canvasInfo, (s) => s.width === Math.round(s.cssWidth * 2) && s.height === Math.round(s.cssHeight * 2),
      { wake: true, what: 'canvas backing store of twice its CSS size' });
      assert.ok(size.cssWidth > 0 && size.cssHeight > 0, 'the canvas has a size');
      await assertCanvasDrawn(page, 'HiDPI');
      await assertNoErrors(watch);
    }, { deviceScaleFactor: 2 });
  });

  test('WebGL 1 (where WebGL 2 is missing) draws the same app', async () => {
    await withChromiumPage(suite.browser, 'webgl1', async (page, watch) => {
      // ?webgl=1 makes the app ask for WebGL 1 only: the path of browsers without WebGL 2.
      await page.goto(`${suite.server.origin}/index.html?webgl=1`);
      await waitForReady(page, watch);
      const state = await appState(page);
      assert.equal(state.webgl, 1, 'the app runs on a WebGL 1 context');
      await assertCanvasDrawn(page, 'WebGL 1');
      for (const name of SECTIONS) {
        assert.equal(await page.evaluate((n) => window.caseAudit.selectSection(n), name), true);
        await waitForState(page, (s) => s.section === name, `section ${name}`);
      }
      await assertCanvasDrawn(page, 'WebGL 1 after switching sections');
      await assertNoErrors(watch);
    });
  });

  test('the canvas follows a window resize', async () => {
    await withChromiumPage(suite.browser, 'resize', async (page, watch) => {
      await open(page, watch);
      await page.setViewportSize({ width: 1024, height: 640 });
      const size = await poll(page, canvasInfo, (s) => s.width === 1024 && s.height === 640,
        { wake: true, what: 'a 1024x640 canvas backing store after resize' });
      assert.deepEqual([size.cssWidth, size.cssHeight], [1024, 640], 'the canvas fills the window');
      await assertCanvasDrawn(page, 'after resize');
      await assertNoErrors(watch);
    });
  });

  test('the Content-Security-Policy blocks connections to other origins', async () => {
    // A second server on another port stands for "the network": the page must not reach it.
    let hits = 0;
    const canary = http.createServer((req, res) => { hits += 1; res.end('reached'); });
    await new Promise((r) => canary.listen(0, '127.0.0.1', r));
    const target = `http://127.0.0.1:${canary.address().port}/exfiltrate`;
    try {
      await withChromiumPage(suite.browser, 'csp', async (page, watch) => {
        await open(page, watch);
        const csp = await page.evaluate(() => {
          const m = document.querySelector('meta[http-equiv="Content-Security-Policy" i]');
          return m ? m.getAttribute('content') : null;
        });
        assert.ok(csp, 'the page has a Content-Security-Policy meta tag');
        const outcome = await page.evaluate(async (url) => {
          const result = {};
          try {
            await fetch(url, { method: 'POST', body: 'case data', mode: 'no-cors' });
            result.fetch = 'sent';
          } catch (e) {
            result.fetch = 'blocked';
          }
          result.beacon = navigator.sendBeacon(url, 'case data') ? 'queued' : 'refused';
          result.websocket = await new Promise((resolve) => {
            try {
              const ws = new WebSocket(url.replace('http:', 'ws:'));
              ws.onopen = () => resolve('open');
              ws.onerror = () => resolve('blocked');
            } catch (e) {
              resolve('blocked');
            }
          });
          return result;
        }, target);
        assert.equal(outcome.fetch, 'blocked', `fetch to another origin is blocked (CSP: ${csp})`);
        assert.equal(outcome.websocket, 'blocked', 'a WebSocket to another origin is blocked');
        // Give a queued beacon time to be sent, if the policy let it through.
        await new Promise((r) => setTimeout(r, 500));
        const violations = await watch.cspViolations();
        assert.ok(violations.length >= 2, `the browser reported the blocked connections: ${JSON.stringify(violations)}`);
        assert.deepEqual(watch.pageErrors, []);
      });
      assert.equal(hits, 0, 'nothing reached the other origin');
    } finally {
      canary.closeAllConnections();
      await new Promise((r) => canary.close(r));
    }
  });

  // The fallback message, for a browser without WebGL or without WebAssembly: features
  // removed by a script that runs before the page's own, or by Chromium's switches.
  const fallbackCases = [
    { slug: 'no-webgl', what: 'WebGL (getContext returns null)', init: () => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function getContext(type, ...rest) {
        if (/webgl/i.test(String(type))) return null;
        return original.call(this, type, ...rest);
      };
    } },
    { slug: 'webgl-switched-off', what: 'WebGL (--disable-webgl --disable-3d-apis)', args: ['--disable-webgl', '--disable-3d-apis'] },
    { slug: 'no-webassembly', what: 'WebAssembly', init: () => {
      delete window.WebAssembly;
    } },
  ];
  for (const c of fallbackCases) {
    test(`without ${c.what} the page shows the fallback message`, async () => {
      const own = c.args ? await launchChromium(c.args) : null;
      try {
        await withChromiumPage(own || suite.browser, `fallback-${c.slug}`, async (page, watch) => {
          if (c.init) await addInitScript(page, c.init);
          await page.goto(`${suite.server.origin}/index.html`);
          const fallback = await poll(page, elementInfo, (f) => f.shown,
            { arg: '#fallback', what: '#fallback to be shown' });
          assert.ok(fallback.text.length >= 20, `#fallback explains the problem: ${JSON.stringify(fallback.text)}`);
          assert.deepEqual(watch.pageErrors, [], 'no uncaught error');
          const loading = await elementShown(page, '#loading');
          assert.equal(loading.shown, false, '#loading is not left spinning under the fallback message');
          const ready = await page.evaluate(() => !!(window.caseAudit && window.caseAudit.ready));
          assert.equal(ready, false, 'the app does not claim to be ready');
        });
      } finally {
        if (own) await own.close();
      }
    });
  }
});
