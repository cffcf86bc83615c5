// The audit scenario of the browser tests, the same in every browser: open the demo
// extract through the real file input, draw a sample of 6 for a worker, record a result for
// one case, reload the page, open the extract again, find the work restored, and copy the
// audit case note. The sample must be the one `caseaudit sample` draws natively with the
// same seed (the same algorithm on every platform).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { useBrowser } from './suite.mjs';
import {
  ROOT, appState, assertCanvasDrawn, assertNoErrors, chooseFile, clickSteady, poll, saveScreenshot,
  scrollTo, typeInto, waitForReady, waitForState, tempFolder,
} from './harness.mjs';

export const CLI = process.env.CASEAUDIT_CLI || path.join(ROOT, 'build', 'native', 'src', 'cli', 'caseaudit');
const IMPORT_TIMEOUT_MS = 120_000;

// Fails plainly when the command-line tool the browser tests compare with is not built.
export function requireCli() {
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: build the command-line tool (scripts/build.sh native)`);
}

// Makes the demo extract with the native CLI in a temporary folder and picks the worker
// with the most cases on the as-at date, so that at least 6 are eligible. Returns
// { demo, worker: {id, label}, cleanup }.
export function prepareDemo() {
  requireCli();
  const { dir, cleanup } = tempFolder('audit');
  const demo = path.join(dir, 'demo.json');
  execFileSync(CLI, ['generate', '--demo', '--out', demo], { stdio: ['ignore', 'ignore', 'pipe'] });
  const loads = JSON.parse(execFileSync(CLI, ['caseload', demo, '--json'], { maxBuffer: 64 << 20 }).toString());
  const busiest = [...loads.workers].sort((a, b) => b.caseload - a.caseload)[0];
  const x = JSON.parse(fs.readFileSync(demo, 'utf8'));
  const w = x.workers.find((v) => v.id === busiest.workerId);
  const team = x.teams.find((t) => t.id === w.teamId);
  return {
    demo,
    worker: { id: w.id, label: `${w.name} (${team.name})` },
    cleanup,
  };
}

async function openDemo(page, demo) {
  await chooseFile(page, '#file-input', demo);
  await waitForState(page, (s) => s.import.status === 'imported', 'the demo extract to import', { timeout: IMPORT_TIMEOUT_MS });
  await clickSteady(page, 'Sampling & audit');
  return waitForState(page, (s) => s.section === 'Sampling & audit' && s.audit, 'the Sampling & audit section');
}

// Runs the scenario in `page` (Playwright or puppeteer-core). `readClipboard` says whether
// the browser lets the test read the system clipboard back (Chromium with the permission);
// otherwise the test checks the text the page handed to the clipboard.
export async function runAuditScenario(page, watch, { origin, demo, worker, browserName, readClipboard }) {
  await page.goto(`${origin}/index.html`);
  await waitForReady(page, watch);
  let s = await openDemo(page, demo);
  assert.equal(s.audit.audits.length, 0, 'a new extract starts with an empty workbook');

  // Who is auditing (asked once; written on each audit and its note).
  await typeInto(page, '##auditor-name', 'Morgan Manager');
  await typeInto(page, '##auditor-capacity', 'first-line manager');
  await clickSteady(page, 'Save name and role');
  s = await waitForState(page, (st) => st.audit.auditor === 'Morgan Manager', 'the auditor saved');
  assert.equal(s.audit.capacity, 'first-line manager');

  // A sample of 6 of one worker's cases, with the seed the form offers.
  await clickSteady(page, 'Workers');
  await typeInto(page, '##scope-filter', worker.id);
  await clickSteady(page, worker.label);
  await clickSteady(page, 'Draw sample');
  await clickSteady(page, 'Keep this sample');
  s = await waitForState(page, (st) => st.audit.samples.length === 1, 'the sample kept');
  const sample = s.audit.samples[0];
  assert.equal(sample.size, 6);
  assert.equal(sample.drawn.length, 6);
  assert.equal(s.audit.audits.length, 6, 'a planned audit for each drawn case');
  assert.ok(s.audit.audits.every((a) => a.status === 'planned'));
  await saveScreenshot(page, browserName, 'audit-sample');

  // The same draw natively: same extract, scope, filters and seed, same cases in order.
  const native = JSON.parse(execFileSync(CLI, ['sample', demo, '--worker', worker.id, '--seed', String(sample.seed), '--json']).toString());
  assert.deepEqual(sample.drawn, native.drawn.map((d) => d.id), 'the app and caseaudit sample agree');

  // Audit the first case: the workspace opens beside its case file.
  await clickSteady(page, 'Start');
  s = await waitForState(page, (st) => st.audit.openAudit !== null, 'the audit open in the workspace');
  const auditId = s.audit.openAudit;
  const audited = s.audit.audits.find((a) => a.id === auditId);
  assert.equal(audited.record, sample.drawn[0]);
  assert.equal(audited.status, 'in-progress');
  await clickSteady(page, 'Met'); // the first area: recording adequate, relevant...
  s = await waitForState(page, (st) => st.audit.audits.find((a) => a.id === auditId).answers.adequate === 'met', 'the first result recorded');
  await assertCanvasDrawn(page, 'audit workspace');
  await saveScreenshot(page, browserName, 'audit-workspace');
  const before = s.audit.audits.find((a) => a.id === auditId);

  // Reload: nothing the auditor did is lost.
  await page.reload();
  await waitForReady(page, watch);
  s = await appState(page);
  assert.ok(!s.loaded, 'after a reload the extract must be opened again');
  s = await openDemo(page, demo);
  assert.match(s.audit.notice, /restored/i);
  assert.equal(s.audit.auditor, 'Morgan Manager');
  assert.equal(s.audit.samples.length, 1);
  assert.deepEqual(s.audit.samples[0].drawn, sample.drawn);
  assert.equal(String(s.audit.samples[0].seed), String(sample.seed));
  const after = s.audit.audits.find((a) => a.id === auditId);
  assert.deepEqual(after.answers, before.answers, 'every answer restored');
  assert.equal(after.status, 'in-progress');

  // Copy the audit case note from the workspace to the system clipboard.
  await clickSteady(page, 'Open');
  await waitForState(page, (st) => st.audit.openAudit === auditId, 'the audit open again');
  await scrollTo(page, 'Copy audit case note', { x: 1000, y: 500 });
  await clickSteady(page, 'Copy audit case note');
  // The app hands the note over at once; the browser writes the clipboard when its promise
  // settles, so wait for both rather than for a number of frames.
  const handed = await poll(page, () => window.caseAuditLastCopied ?? '', (t) => t !== '',
    { what: 'the note handed to the clipboard' });
  const note = readClipboard
    ? await poll(page, () => navigator.clipboard.readText(), (t) => t === handed, { what: 'the clipboard to hold the note' })
    : handed;
  assert.match(note, new RegExp(`Case audit - ${audited.record}`));
  assert.match(note, /Morgan Manager \(first-line manager\)/);
  assert.match(note, /^DRAFT - audit not completed/, 'an audit not completed says so');
  await saveScreenshot(page, browserName, 'audit-case-note');
  await assertNoErrors(watch);
}

// The test suite of one browser: `title` names it; `launch()` starts the browser and
// `withPage(browser, body)` runs body(page, watch) in a fresh page of it (saving a
// screenshot afterwards). `readClipboard` as for runAuditScenario.
export function describeAuditScenario(title, { browserName, launch, withPage, readClipboard }) {
  describe(title, () => {
    const suite = useBrowser(launch, { prepare: prepareDemo });

    test('sample, audit, reload, restore, copy the audit case note', async () => {
      await withPage(suite.browser, (page, watch) => runAuditScenario(page, watch, {
        origin: suite.server.origin, demo: suite.fixture.demo, worker: suite.fixture.worker, browserName, readClipboard,
      }));
    });
  });
}
