// Firefox ESR, headed (it has no WebGL when headless here): run under xvfb-run, as
// tests/e2e/run.sh does. Driven by puppeteer-core over WebDriver BiDi. The app is
// opened over http from dist/ and as the single file from file://.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { APP_FILES, useBrowser } from './lib/suite.mjs';
import { launchFirefox, withFirefoxPage } from './lib/firefox.mjs';
import {
  SECTIONS, appState, assertDropReachesApp, assertCanvasDrawn, assertNoErrors, chooseFile, distFileUrl,
  distUrlPaths, waitForLoaded, waitForReady, waitForState, writeSyntheticExtract,
} from './lib/harness.mjs';

describe('Firefox ESR (headed)', () => {
  const suite = useBrowser(launchFirefox,
    { files: [...APP_FILES, 'case-audit.html'], prepare: () => writeSyntheticExtract() });

  const withPage = (name, body) => withFirefoxPage(suite.browser, name, body);

  const openAndCheck = async (page, watch, url) => {
    await page.goto(url);
    await waitForReady(page, watch);
    const state = await appState(page);
    assert.equal(state.section, 'Import', 'the app starts on Import');
    assert.deepEqual(state.sections, SECTIONS);
    assert.ok(state.frame >= 1, `a first frame was drawn (frame=${state.frame})`);
    await assertCanvasDrawn(page, url);
  };

  const openFile = async (page) => {
    await chooseFile(page, '#file-input', suite.fixture.file);
    await waitForLoaded(page, suite.fixture);
  };

  test('over http: loads, draws, opens a file, no errors, no foreign requests', async () => {
    await withPage('http', async (page, watch) => {
      await openAndCheck(page, watch, `${suite.server.origin}/index.html`);
      assert.ok([1, 2].includes((await appState(page)).webgl), 'WebGL is in use');
      await openFile(page);
      await assertCanvasDrawn(page, 'after opening a file');
      const files = distUrlPaths();
      const foreign = watch.requests.filter((url) => {
        if (/^(data|blob):/.test(url)) return false;
        const u = new URL(url);
        return u.origin !== suite.server.origin || !files.has(u.pathname);
      });
      assert.deepEqual(foreign, [], 'every request is for a file of dist/ on the test server');
      await assertNoErrors(watch);
    });
  });

  test('over http: selecting each section through the test API', async () => {
    await withPage('sections', async (page, watch) => {
      await page.goto(`${suite.server.origin}/index.html`);
      await waitForReady(page, watch);
      for (const name of [...SECTIONS.slice(1), SECTIONS[0]]) {
        assert.equal(await page.evaluate((n) => window.caseAudit.selectSection(n), name), true);
        await waitForState(page, (s) => s.section === name, `section ${name}`);
      }
      await assertCanvasDrawn(page, 'after switching sections');
      await assertNoErrors(watch);
    });
  });

  test('over http: a file dropped onto the page reaches the app', async () => {
    await withPage('drag-and-drop', async (page, watch) => {
      await page.goto(`${suite.server.origin}/index.html`);
      await waitForReady(page, watch);
      await assertDropReachesApp(page, `${suite.server.origin}/index.html`);
      await assertNoErrors(watch);
    });
  });

  test('single file from file://: loads, draws, opens a file, no network, no errors', async () => {
    await withPage('file', async (page, watch) => {
      const url = distFileUrl('case-audit.html');
      await openAndCheck(page, watch, url);
      await openFile(page);
      await assertCanvasDrawn(page, 'single file, after opening a file');
      const network = watch.requests.filter((u) => !/^(file|data|blob):/.test(u));
      assert.deepEqual(network, [], 'the single file makes no network request');
      await assertNoErrors(watch);
    });
  });
});

