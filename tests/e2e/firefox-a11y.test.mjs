// Firefox ESR: axe-core (WCAG 2.2 A and AA rules) on the page and on the accessible view, as
// chromium-a11y.test.mjs does in Chromium. Headed, under xvfb-run (tests/e2e/run.sh).
//
// The page's Content-Security-Policy forbids inline scripts, and puppeteer cannot switch it
// off in Firefox: axe's source is evaluated through the driver (WebDriver BiDi), which the
// page's policy does not govern, and nothing is added to the page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from './lib/server.mjs';
import { launchFirefox, withFirefoxPage } from './lib/firefox.mjs';
import {
  DIST, ROOT, appState, assertNoErrors, clickSteady, requireDist, waitForReady, waitForState, waitFrames, saveScreenshot,
} from './lib/harness.mjs';

const IMPORT_TIMEOUT_MS = 120_000; // a limit, not a measurement (docs/performance.md)
const AXE = path.join(ROOT, 'tests', 'e2e', 'node_modules', 'axe-core', 'axe.min.js');

describe('Firefox ESR, accessibility', () => {
  let server;
  let browser;

  before(async () => {
    requireDist('index.html', 'caseaudit.js', 'caseaudit.wasm');
    server = await startServer(DIST);
    browser = await launchFirefox();
  });

  after(async () => {
    if (browser) await browser.close();
    if (server) await server.close();
  });

  test('the canvas has a role and a name; axe-core finds no WCAG 2.2 A/AA violation on the page or the accessible view', async () => {
    await withFirefoxPage(browser, 'a11y-axe', async (page, watch) => {
      await page.goto(`${server.origin}/index.html`);
      await waitForReady(page, watch);
      const canvas = await page.evaluate(() => {
        const c = document.getElementById('canvas');
        return { role: c.getAttribute('role'), name: c.getAttribute('aria-label') };
      });
      assert.equal(canvas.role, 'application');
      assert.match(canvas.name, /Case Audit/);
      await page.evaluate(`${fs.readFileSync(AXE, 'utf8')}\n;typeof window.axe`);
      assert.equal(await page.evaluate(() => typeof window.axe), 'object', 'axe-core is loaded');
      const scan = async (what) => {
        const result = await page.evaluate(async () => {
          const r = await window.axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          });
          return { violations: r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`), passes: r.passes.length };
        });
        assert.deepEqual(result.violations, [], `no violations on ${what}`);
        assert.ok(result.passes > 5, `axe ran its checks on ${what} (${result.passes} passed)`);
      };
      await scan('the page');
      // The accessible view, with the demo open: its caseload table is real HTML.
      await clickSteady(page, 'Explore with demo data');
      await waitForState(page, (v) => v.import.status === 'imported' && v.caseloads, 'the demo import',
        { timeout: IMPORT_TIMEOUT_MS });
      await page.evaluate(() => window.caseAudit.selectSection('Caseloads'));
      await waitFrames(page, 3);
      await page.evaluate(() => window.caseAudit.accessibleView());
      const view = await page.evaluate(() => ({
        hidden: document.getElementById('a11y-view').hidden,
        rows: document.querySelectorAll('#a11y-body tbody tr').length,
      }));
      assert.equal(view.hidden, false);
      const workers = (await appState(page)).caseloads.workers.length;
      assert.ok(workers > 20, `the demo's caseload table has its workers (${workers})`);
      assert.equal(view.rows, workers, `one row a worker of the caseload table: ${JSON.stringify(view)}`);
      await saveScreenshot(page, 'firefox', 'a11y-accessible-view');
      await scan('the accessible view');
      await assertNoErrors(watch);
    });
  });
});
