// Firefox ESR: the audit scenario of lib/audit-scenario.mjs (sample, audit, reload,
// restore, copy the audit case note), as in Chromium. Firefox does not let a test read the
// system clipboard back, so the note is checked as the page handed it to the clipboard.
// Headed, under xvfb-run (tests/e2e/run.sh).
import { after, before, describe, test } from 'node:test';
import { startServer } from './lib/server.mjs';
import { launchFirefox, withFirefoxPage } from './lib/firefox.mjs';
import { DIST, requireDist } from './lib/harness.mjs';
import { prepareDemo, runAuditScenario } from './lib/audit-scenario.mjs';

describe('Firefox ESR, Sampling & audit', () => {
  let server;
  let browser;
  let demo; // { demo, worker, cleanup }

  before(async () => {
    requireDist('index.html', 'caseaudit.js', 'caseaudit.wasm');
    demo = prepareDemo();
    server = await startServer(DIST);
    browser = await launchFirefox();
  });

  after(async () => {
    if (browser) await browser.close();
    if (server) await server.close();
    if (demo) demo.cleanup();
  });

  test('sample, audit, reload, restore, copy the audit case note', async () => {
    await withFirefoxPage(browser, 'audit', (page, watch) => runAuditScenario(page, watch, {
      origin: server.origin, demo: demo.demo, worker: demo.worker, browserName: 'firefox', readClipboard: false,
    }));
  });
});
