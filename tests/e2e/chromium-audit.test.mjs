// Chromium: an audit from sample to audit case note, through the real page, and the work
// surviving a reload (the scenario is in lib/audit-scenario.mjs, shared with Firefox). Here
// the note is also read back from the system clipboard.
import { after, before, describe, test } from 'node:test';
import path from 'node:path';
import { startServer } from './lib/server.mjs';
import { launchChromium, withChromiumPage } from './lib/chromium.mjs';
import { ROOT, requireDist } from './lib/harness.mjs';
import { prepareDemo, runAuditScenario } from './lib/audit-scenario.mjs';

describe('Chromium, Sampling & audit', () => {
  let server;
  let browser;
  let demo; // { demo, worker, cleanup }

  before(async () => {
    requireDist('index.html', 'caseaudit.js', 'caseaudit.wasm');
    demo = prepareDemo();
    server = await startServer(process.env.CASEAUDIT_DIST || path.join(ROOT, 'dist'));
    browser = await launchChromium();
  });

  after(async () => {
    if (browser) await browser.close();
    if (server) await server.close();
    if (demo) demo.cleanup();
  });

  test('sample, audit, reload, restore, copy the audit case note', async () => {
    await withChromiumPage(browser, 'audit', (page, watch) => runAuditScenario(page, watch, {
      origin: server.origin, demo: demo.demo, worker: demo.worker, browserName: 'chromium', readClipboard: true,
    }), { permissions: ['clipboard-read', 'clipboard-write'] });
  });
});
