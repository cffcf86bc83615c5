// Chromium: the Caseloads dashboard on the demo borough, checked against the command-line
// tool. The browser runs the core compiled to WebAssembly; `caseaudit caseload --json` runs
// the same core natively on the same demo extract (made by `caseaudit generate --demo`), so
// every worker's count and worst finding must agree exactly.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { useBrowser } from './lib/suite.mjs';
import { CLI, requireCli } from './lib/audit-scenario.mjs';
import { launchChromium, withChromiumPage } from './lib/chromium.mjs';
import {
  ROOT, assertCanvasDrawn, assertNoErrors, clickItem, poll, saveScreenshot, waitForReady, waitForState,
  tempFolder,
} from './lib/harness.mjs';

const IMPORT_TIMEOUT_MS = 120_000;

// The demo extract made by the command-line tool, and its figures (caseaudit caseload
// --json): what the dashboard must show.
function prepareDemo() {
  requireCli();
  const folder = tempFolder('caseloads');
  const demo = path.join(folder.dir, 'demo.json');
  execFileSync(CLI, ['generate', '--demo', '--out', demo], { stdio: ['ignore', 'ignore', 'pipe'] });
  const expected = JSON.parse(execFileSync(CLI, ['caseload', demo, '--json'], { maxBuffer: 64 << 20 }).toString());
  return { ...folder, demo, expected };
}

describe('Chromium, the Caseloads dashboard', () => {
  const suite = useBrowser(launchChromium, { prepare: prepareDemo });

  test('flags the same workers as the command-line tool, and drills down to a worker', async () => {
    await withChromiumPage(suite.browser, 'caseloads', async (page, watch) => {
      const { expected } = suite.fixture;
      await page.goto(`${suite.server.origin}/index.html`);
      await waitForReady(page, watch);
      await clickItem(page, 'Explore with demo data');
      await waitForState(page, (s) => s.import.status === 'imported', 'the demo to import', { timeout: IMPORT_TIMEOUT_MS });
      await clickItem(page, 'Caseloads');
      const s = await waitForState(page, (st) => st.section === 'Caseloads' && st.caseloads, 'the Caseloads section');

      assert.equal(s.caseloads.date, '2026-10-30', 'the as-at date of the demo');
      assert.equal(s.caseloads.date, expected.date);
      assert.equal(s.caseloads.policy, expected.policy.fingerprint, 'the same (default) policy');
      const worstOf = (w) => (w.findings.length ? expected.findings[Math.min(...w.findings)].severity : null);
      const want = expected.workers.map((w) => ({ id: w.workerId, caseload: w.caseload, worst: worstOf(w) }));
      const got = s.caseloads.workers.map((w) => ({ id: w.id, caseload: w.caseload, worst: w.worst }));
      const byId = (a, b) => a.id.localeCompare(b.id);
      assert.deepEqual(got.sort(byId), want.sort(byId), 'every worker: same caseload and worst finding');

      // The demo is built so that every community team has a worker above 25 and one above
      // 28 on the as-at date (docs/cli.md, "generate").
      const critical = s.caseloads.workers.filter((w) => w.worst === 'critical');
      const high = s.caseloads.workers.filter((w) => w.worst === 'high');
      assert.ok(critical.length >= 3, `workers above the absolute limit: ${critical.map((w) => w.name)}`);
      assert.ok(high.length >= 1, 'workers above their level without a valid Director discussion');
      assert.ok(critical.every((w) => w.caseload > 22), 'critical means above an absolute limit (22 or 28)');
      await saveScreenshot(page, 'chromium', 'caseloads-table');

      // Drill down: click the first critical worker's row; the detail panel shows their cases.
      await clickItem(page, critical[0].name);
      // The panel appears in a frame drawn after the click, which may be a few frames on: the
      // page answers evaluate() between frames, so one reply proves no frame has passed.
      const labels = await poll(page, () => window.caseAudit.items(), (l) => l.includes('Close'),
        { wake: true, what: 'the worker detail panel (its Close button)' });
      assert.ok(labels.includes('Close'), 'the worker detail panel is open');
      await assertCanvasDrawn(page, 'worker detail');
      await saveScreenshot(page, 'chromium', 'caseloads-worker-detail');
      await assertNoErrors(watch);
    });
  });

  test('the exported CSV reaches the user as a download and is safe to open in Excel', async () => {
    await withChromiumPage(suite.browser, 'caseloads-csv', async (page, watch) => {
      // Every worker's name starts with "=": in Excel that would be a formula.
      const example = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests', 'data', 'extract', 'minimal-valid.json'), 'utf8'));
      for (const w of example.workers) w.name = `=HYPERLINK("x","${w.name}")`;
      const file = path.join(suite.fixture.dir, 'formula-names.json');
      fs.writeFileSync(file, JSON.stringify(example));

      await page.goto(`${suite.server.origin}/index.html`);
      await waitForReady(page, watch);
      await page.setInputFiles('#file-input', file);
      await waitForState(page, (s) => s.import.status === 'imported', 'the extract to import', { timeout: IMPORT_TIMEOUT_MS });
      await clickItem(page, 'Caseloads');
      const s = await waitForState(page, (st) => st.caseloads, 'the Caseloads section');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        clickItem(page, 'Export table (CSV)'),
      ]);
      assert.equal(download.suggestedFilename(), `caseloads-${s.caseloads.date}.csv`);
      const csv = fs.readFileSync(await download.path(), 'utf8');
      assert.ok(csv.startsWith('\uFEFF'), 'a UTF-8 byte order mark, so Excel reads accents right');
      assert.ok(csv.includes('\r\n'), 'CRLF rows');
      for (const w of s.caseloads.workers) {
        // The name cell, quoted (it holds quotes) and neutralised with a leading apostrophe.
        const cell = `"'=HYPERLINK(""x"",""${w.name.slice('=HYPERLINK("x","'.length, -2)}"")"`;
        assert.ok(csv.includes(cell), `the name of ${w.id} is neutralised: ${cell}`);
      }
      assert.ok(!/(^|,)=/m.test(csv), 'no cell starts with "="');
      await assertNoErrors(watch);
    });
  });
});
