// Launching Debian's Firefox ESR through puppeteer-core (WebDriver BiDi), headed: it has no
// WebGL when headless here, so tests/e2e/run.sh runs it under xvfb-run.
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { FIREFOX_PATH, VIEWPORT, saveScreenshot, watchPage } from './harness.mjs';

export function launchFirefox() {
  assert.ok(process.env.DISPLAY, 'Firefox needs an X display: run under xvfb-run (see tests/e2e/run.sh)');
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: false,
    defaultViewport: VIEWPORT,
    extraPrefsFirefox: {
      // No phoning home from the test browser.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      // A saved file must not open the downloads panel over the next page: the panel takes
      // the mouse until it is dismissed, and the next test's clicks are lost.
      'browser.download.alwaysOpenPanel': false,
      'browser.download.panel.shown': true,
    },
  });
}

// Runs body(page, watch) in a new page of browser and saves firefox-<name>.png afterwards
// (also when the body fails).
export async function withFirefoxPage(browser, name, body) {
  const page = await browser.newPage();
  try {
    const watch = await watchPage(page);
    try {
      return await body(page, watch);
    } finally {
      await saveScreenshot(page, 'firefox', name);
    }
  } finally {
    await page.close();
  }
}
