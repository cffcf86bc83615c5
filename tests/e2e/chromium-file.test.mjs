// Chromium (headless) opening the single-file app, dist/case-audit.html, from file://
// with the network forbidden: every request that is not for a file is aborted and
// recorded, and none may happen.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, withChromiumPage } from './lib/chromium.mjs';
import {
  appState, assertCanvasDrawn, assertDropReachesApp, assertNoErrors, distFileUrl, elementShown,
  requireDist, waitForLoaded, waitForReady, writeSyntheticExtract,
} from './lib/harness.mjs';

describe('Chromium, single file from file://, offline', () => {
  let browser;
  let extract;
  const url = () => distFileUrl('case-audit.html');

  before(async () => {
    requireDist('case-audit.html');
    browser = await launchChromium();
    extract = writeSyntheticExtract();
  });

  after(async () => {
    if (browser) await browser.close();
    if (extract) extract.cleanup();
  });

  // Opens the single file with the network cut off; returns the network attempts.
  const openOffline = async (page, watch, context) => {
    const attempts = [];
    await context.setOffline(true);
    await context.route('**/*', (route) => {
      const u = route.request().url();
      if (u.startsWith('file:')) return route.continue();
      attempts.push(u);
      return route.abort('internetdisconnected');
    });
    await page.goto(url());
    await waitForReady(page, watch);
    return attempts;
  };

  const networkRequests = (watch) => watch.requests.filter((u) => !/^(file|data|blob):/.test(u));

  test('loads, becomes ready and draws without any network', async () => {
    await withChromiumPage(browser, 'file-load', async (page, watch, context) => {
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
    await withChromiumPage(browser, 'file-file-input', async (page, watch, context) => {
      const attempts = await openOffline(page, watch, context);
      await page.setInputFiles('#file-input', extract.file);
      await waitForLoaded(page, extract);
      await assertCanvasDrawn(page, 'single file, after opening a file');
      assert.deepEqual(attempts, [], 'no network request was attempted');
      assert.deepEqual(networkRequests(watch), []);
      await assertNoErrors(watch);
    });
  });

  test('a file dropped onto the page reaches the app', async () => {
    await withChromiumPage(browser, 'file-drag-and-drop', async (page, watch, context) => {
      const attempts = await openOffline(page, watch, context);
      await assertDropReachesApp(page, url());
      assert.deepEqual(attempts, [], 'no network request was attempted');
      await assertNoErrors(watch);
    });
  });
});
