// Firefox ESR (headed, under xvfb-run): the Reports section through the real page. The report
// fixture's extract is opened, two auditors' workbooks are given to the real file input while
// Reports is open (one at a time: puppeteer's file upload fills the input as it is; the
// several-at-once dialog is tested in Chromium), and the app's figures equal `caseaudit
// report --format json` on the same files. The HTML report downloads, and each tab is
// screenshotted. Print is not pressed here: headed Firefox would open its print preview.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { useBrowser } from './lib/suite.mjs';
import { launchFirefox, withFirefoxPage } from './lib/firefox.mjs';
import { CLI, requireCli } from './lib/audit-scenario.mjs';
import {
  ROOT, assertNoErrors, chooseFile, clickSteady, saveScreenshot, waitForReady, waitForState, waitFrames,
} from './lib/harness.mjs';

const IMPORT_TIMEOUT_MS = 120_000;
const DATA = path.join(ROOT, 'tests', 'data', 'report');
const EXTRACT = path.join(DATA, 'extract.json');
const BOOKS = [path.join(DATA, 'north.json'), path.join(DATA, 'qa.json')];
const TABS = ['Audit programme', 'Compliance', 'Grades', 'Actions', 'Supervision', 'Caseload concerns', 'Moderation'];

describe('Firefox ESR, Reports', () => {
  const suite = useBrowser(launchFirefox, { prepare: requireCli });

  test('two workbooks through the file input: the figures equal caseaudit report --format json', async () => {
    await withFirefoxPage(suite.browser, 'reports-figures', async (page, watch) => {
      const dialogs = [];
      page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
      await page.goto(`${suite.server.origin}/index.html`);
      await waitForReady(page, watch);
      await chooseFile(page, '#file-input', EXTRACT);
      await waitForState(page, (s) => s.import.status === 'imported', 'the report extract to import',
        { timeout: IMPORT_TIMEOUT_MS });
      await clickSteady(page, 'Reports');
      await waitForState(page, (s) => s.section === 'Reports' && s.reports.files, 'the Reports section');
      // On Reports, a file given to the page is a workbook for the report.
      for (const [i, book] of BOOKS.entries()) {
        await chooseFile(page, '#file-input', book);
        await waitForState(page, (s) => s.reports.files.length === i + 1, `workbook ${i + 1} added`);
      }
      const s = await waitForState(page, (v) => v.reports.files.every((f) => f.accepted), 'both accepted');
      assert.deepEqual(s.reports.files.map((f) => f.file), ['north.json', 'qa.json']);
      assert.equal(s.import.file, 'extract.json', 'the extract stayed open');
      const app = await page.evaluate(() => window.caseAudit.report());
      const cli = JSON.parse(execFileSync(CLI, ['report', EXTRACT, ...BOOKS, '--format', 'json'],
        { maxBuffer: 64 << 20 }).toString());
      assert.deepEqual(app, cli, 'the app\'s report is the command-line tool\'s');
      for (const tab of TABS) {
        await clickSteady(page, tab);
        await waitFrames(page, 3);
        await saveScreenshot(page, 'firefox', `reports-tab-${tab}`);
      }
      assert.deepEqual(dialogs, [], 'no dialog opened');
      await assertNoErrors(watch);
    });
  });
});
