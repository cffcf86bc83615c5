// The screen-reader route, the same in every browser: the canvas's role, name and
// description, then axe-core (WCAG 2.2 A and AA rules) on the page and on the accessible view
// with the demo open (its caseload table is real HTML, one row a worker).
//
// The page's Content-Security-Policy forbids inline scripts: axe's source is evaluated
// through the driver (the DevTools protocol in Chromium, WebDriver BiDi in Firefox), which
// the page's policy does not govern, and nothing is added to the page.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  ROOT, appState, assertNoErrors, clickSteady, saveScreenshot, waitForReady, waitForState, waitFrames,
} from './harness.mjs';

const IMPORT_TIMEOUT_MS = 120_000; // a limit, not a measurement (docs/performance.md)
const AXE = path.join(ROOT, 'tests', 'e2e', 'node_modules', 'axe-core', 'axe.min.js');
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// axe-core on the whole document: no violation, and enough checks run to mean something.
async function scan(page, what) {
  const result = await page.evaluate(async (values) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values } });
    return { violations: r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`), passes: r.passes.length };
  }, RULES);
  assert.deepEqual(result.violations, [], `no violations on ${what}`);
  assert.ok(result.passes > 5, `axe ran its checks on ${what} (${result.passes} passed)`);
}

export async function runAxeScenario(page, watch, { origin, browserName }) {
  await page.goto(`${origin}/index.html`);
  await waitForReady(page, watch);
  const canvas = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { role: c.getAttribute('role'), name: c.getAttribute('aria-label'),
      described: document.getElementById(c.getAttribute('aria-describedby')).textContent };
  });
  assert.equal(canvas.role, 'application');
  assert.match(canvas.name, /Case Audit/);
  assert.match(canvas.described, /screen\s+readers/);
  await page.evaluate(`${fs.readFileSync(AXE, 'utf8')}\n;typeof window.axe`);
  assert.equal(await page.evaluate(() => typeof window.axe), 'object', 'axe-core is loaded');
  await scan(page, 'the page');

  await clickSteady(page, 'Explore with demo data');
  await waitForState(page, (v) => v.import.status === 'imported' && v.caseloads, 'the demo import',
    { timeout: IMPORT_TIMEOUT_MS });
  await page.evaluate(() => window.caseAudit.selectSection('Caseloads'));
  await waitFrames(page, 3);
  await page.evaluate(() => window.caseAudit.accessibleView());
  const view = await page.evaluate(() => ({
    hidden: document.getElementById('a11y-view').hidden,
    rows: document.querySelectorAll('#a11y-body tbody tr').length,
    focused: document.activeElement.id,
  }));
  assert.equal(view.hidden, false);
  const workers = (await appState(page)).caseloads.workers.length;
  assert.ok(workers > 20, `the demo's caseload table has its workers (${workers})`);
  assert.equal(view.rows, workers, `one row a worker of the caseload table: ${JSON.stringify(view)}`);
  assert.equal(view.focused, 'a11y-title', 'the view takes the focus');
  await saveScreenshot(page, browserName, 'a11y-accessible-view');
  await scan(page, 'the accessible view');
  await assertNoErrors(watch);
}
