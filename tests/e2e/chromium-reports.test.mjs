// Chromium: the Reports section through the real page. The report fixture's extract
// (tests/data/report/, the unit tests' hand-worked one) is opened, two auditors' workbooks
// are added through the real file input ("Add workbooks...", both picked at once), and the
// figures the app holds equal `caseaudit report --format json` on the same files. The saved
// HTML report has its headings and tables and no axe-core violation; the worker named
// `Dan <img src=x onerror=alert(1)> Dee` shows as text and runs nothing; each tab is
// screenshotted at 1366x768, and the printed report (Chromium's PDF) is turned into PNG pages.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { useBrowser } from './lib/suite.mjs';
import { launchChromium, withChromiumPage } from './lib/chromium.mjs';
import { CLI, requireCli } from './lib/audit-scenario.mjs';
import {
  ROOT, SCREENSHOT_DIR, distFileUrl, assertNoErrors, clickSteady, saveScreenshot, waitForReady,
  waitForState, waitFrames, tempFolder,
} from './lib/harness.mjs';

const IMPORT_TIMEOUT_MS = 120_000; // a limit, not a measurement
const DATA = path.join(ROOT, 'tests', 'data', 'report');
const EXTRACT = path.join(DATA, 'extract.json');
const BOOKS = [path.join(DATA, 'north.json'), path.join(DATA, 'qa.json')];
const AXE = path.join(ROOT, 'tests', 'e2e', 'node_modules', 'axe-core', 'axe.min.js');
const XSS_NAME = 'Dan <img src=x onerror=alert(1)> Dee';
const TABS = ['Audit programme', 'Compliance', 'Grades', 'Actions', 'Supervision', 'Caseload concerns', 'Moderation'];

// The CLI's report on the same files: the figures the app must show.
function cliReport() {
  requireCli();
  return JSON.parse(execFileSync(CLI, ['report', EXTRACT, ...BOOKS, '--format', 'json'],
    { maxBuffer: 64 << 20 }).toString());
}

// Opens the extract, goes to Reports and adds the two workbooks with "Add workbooks...".
async function openReports(page, watch, origin, url = `${origin}/index.html`) {
  await page.goto(url);
  await waitForReady(page, watch);
  await page.setInputFiles('#file-input', EXTRACT);
  await waitForState(page, (s) => s.import.status === 'imported', 'the report extract to import',
    { timeout: IMPORT_TIMEOUT_MS });
  await clickSteady(page, 'Reports');
  await waitForState(page, (s) => s.section === 'Reports' && s.reports.files, 'the Reports section');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    clickSteady(page, 'Add workbooks...'),
  ]);
  assert.equal(chooser.isMultiple(), true, 'the file dialog takes several files at once');
  await chooser.setFiles(BOOKS);
  return waitForState(page, (s) => s.reports.files.length === 2, 'the two workbooks added');
}

describe('Chromium, Reports', () => {
  const suite = useBrowser(launchChromium, { prepare: () => tempFolder('reports') });

  test('two workbooks through the real file input: the figures equal caseaudit report --format json', async () => {
    await withChromiumPage(suite.browser, 'reports-figures', async (page, watch) => {
      const dialogs = [];
      page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
      const s = await openReports(page, watch, suite.server.origin);
      assert.deepEqual(s.reports.files.map((f) => [f.file, f.accepted]),
        [['north.json', true], ['qa.json', true]]);
      const app = await page.evaluate(() => window.caseAudit.report());
      assert.deepEqual(app, cliReport(), 'the app\'s report is the command-line tool\'s');
      // The worker whose name is markup is in the figures as plain text.
      assert.ok(JSON.stringify(app).includes(JSON.stringify(XSS_NAME).slice(1, -1)));

      // Each tab, as a manager sees it.
      for (const tab of TABS) {
        await clickSteady(page, tab);
        await waitFrames(page, 3);
        await saveScreenshot(page, 'chromium', `reports-tab-${tab}`);
      }
      // A compliance cell lists its audits.
      await clickSteady(page, 'Compliance');
      const items = await page.evaluate(() => window.caseAudit.items());
      const cell = items.find((l) => /%\s\(n \d+\)$/.test(l));
      assert.ok(cell, `a compliance cell on screen (${JSON.stringify(items.slice(0, 40))})`);
      await clickSteady(page, cell);
      await waitForState(page, (v) => v.reports.selectedArea >= 0, 'the cell selected');
      await saveScreenshot(page, 'chromium', 'reports-compliance-cell');
      assert.deepEqual(dialogs, [], 'no dialog opened (nothing from the extract ran)');
      await assertNoErrors(watch);
    });
  });

  test('the saved HTML report: headings, tables, no axe-core violation, markup in names shown as text; printed to PDF', async () => {
    let saved;
    await withChromiumPage(suite.browser, 'reports-save', async (page, watch) => {
      await openReports(page, watch, suite.server.origin);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        clickSteady(page, 'Save report (.html)'),
      ]);
      assert.match(download.suggestedFilename(), /^report-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.html$/);
      saved = path.join(suite.fixture.dir, download.suggestedFilename());
      await download.saveAs(saved);
      // Print: the report goes into a hidden, sandboxed srcdoc frame, under the page's CSP.
      await clickSteady(page, 'Print / Save as PDF');
      const frame = await page.waitForSelector('#print-frame', { state: 'attached' });
      assert.equal(await frame.getAttribute('sandbox'), 'allow-same-origin allow-modals');
      const framed = await frame.contentFrame();
      assert.ok(framed, 'the print frame has a document');
      await framed.waitForSelector('h1', { state: 'attached' });
      assert.match(await framed.textContent('h1'), /oversight report/);
      await waitForState(page, (v) => /print dialog/.test(v.reports.notice), 'the print notice');
      await assertNoErrors(watch);
    });

    const html = fs.readFileSync(saved, 'utf8');
    assert.ok(html.includes("default-src 'none'"), 'the report has its own CSP');
    assert.ok(!/<script/i.test(html), 'no script in the report');
    // The report's own CSP forbids scripts: axe-core is injected with CSP bypassed.
    await withChromiumPage(suite.browser, 'reports-saved-html', async (page) => {
      const dialogs = [];
      page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
      const requests = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`file://${saved}`);
      const doc = await page.evaluate(() => ({
        h1: document.querySelector('h1').textContent,
        h2: [...document.querySelectorAll('h2')].map((h) => h.textContent),
        tables: document.querySelectorAll('table').length,
        captions: document.querySelectorAll('table > caption').length,
        headersWithoutScope: [...document.querySelectorAll('th')].filter((th) => !th.getAttribute('scope')).length,
        svgTitles: document.querySelectorAll('svg > title').length,
        images: document.querySelectorAll('img').length,
        text: document.body.textContent,
      }));
      assert.match(doc.h1, /oversight report/);
      for (const h of ['1. Audit programme', '2. Compliance by criterion', '3. Grades', '4. Actions register',
        '5. Supervision across the service', '6. Caseloads', '7. Moderation and calibration']) {
        assert.ok(doc.h2.includes(h), `heading "${h}" (${JSON.stringify(doc.h2)})`);
      }
      assert.ok(doc.tables >= 10, `tables (${doc.tables})`);
      assert.equal(doc.captions, doc.tables, 'every table has a caption');
      assert.equal(doc.headersWithoutScope, 0, 'every <th> has a scope');
      assert.ok(doc.svgTitles >= 3, 'charts with titles');
      assert.equal(doc.images, 0, 'no <img> made from a name');
      assert.ok(doc.text.includes(XSS_NAME), 'the name shows as text');
      assert.deepEqual(dialogs, [], 'nothing ran');
      assert.deepEqual(requests.filter((u) => !u.startsWith('file:')), [], 'no network request');

      // Chromium's PDF of the report, turned into PNG pages to look at.
      const pdf = path.join(suite.fixture.dir, 'report.pdf');
      await page.pdf({ path: pdf, format: 'A4', displayHeaderFooter: false });
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(SCREENSHOT_DIR, 'chromium-reports-printed-page')]);
      const pages = fs.readdirSync(SCREENSHOT_DIR).filter((f) => f.startsWith('chromium-reports-printed-page'));
      assert.ok(pages.length >= 4, `the printed report has pages (${pages.length})`);
    });
    await withChromiumPage(suite.browser, 'reports-saved-html-axe', async (page) => {
      await page.goto(`file://${saved}`);
      await page.addScriptTag({ content: fs.readFileSync(AXE, 'utf8') });
      const result = await page.evaluate(async () => window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      }));
      const found = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`);
      assert.deepEqual(found, [], 'no axe-core violations in the saved report');
      assert.ok(result.passes.length > 5, `axe ran (${result.passes.length} passed)`);
    }, { bypassCSP: true });
  });

  test('the single file prints through its hidden frame under its own CSP', async () => {
    await withChromiumPage(suite.browser, 'reports-single-file-print', async (page, watch) => {
      await openReports(page, watch, null, distFileUrl('case-audit.html'));
      await clickSteady(page, 'Print / Save as PDF');
      const frame = await page.waitForSelector('#print-frame', { state: 'attached' });
      const framed = await frame.contentFrame();
      await framed.waitForSelector('h2#moderation', { state: 'attached' });
      await waitForState(page, (v) => /print dialog/.test(v.reports.notice), 'the print notice');
      await assertNoErrors(watch);
    });
  });

  test('a workbook for another extract is refused, naming both; Clear lets the added files go', async () => {
    await withChromiumPage(suite.browser, 'reports-refused', async (page, watch) => {
      await openReports(page, watch, suite.server.origin);
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        clickSteady(page, 'Add workbooks...'),
      ]);
      await chooser.setFiles([path.join(DATA, 'other-extract.json')]);
      const s = await waitForState(page, (v) => v.reports.files.length === 3, 'the third file');
      const refused = s.reports.files[2];
      assert.equal(refused.accepted, false);
      assert.match(refused.message, /other-extract\.json/);
      await saveScreenshot(page, 'chromium', 'reports-refused');
      await clickSteady(page, 'Clear added workbooks');
      const cleared = await waitForState(page, (v) => v.reports.files.length === 0, 'the files cleared');
      assert.match(cleared.reports.notice, /cleared/);
      await assertNoErrors(watch);
    });
  });
});
