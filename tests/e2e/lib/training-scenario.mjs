// The Training scenarios of the browser tests, the same in every browser:
//
// 1. Practise: open the built-in pack, go to Learn, follow its link into a practice case,
//    answer the 14 areas with the mouse (the first) and the keyboard (N for the next area,
//    1 to 4 for the result), Submit, see the feedback and the summary; the summary equals
//    `caseaudit train-check --json` on the workbook the page saved in the browser.
// 2. Moderation of that completed audit: draw it (seed shown), grade it blind by keyboard,
//    submit, see both side by side with the one disagreement marked, settle the areas that
//    agree, adjust the one that differs with a reason, finish; reload, open the pack again,
//    and find the moderation as it was finished.
//
// Screenshots at 1366x768 of Learn, the feedback, the summary and the side-by-side view.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { useBrowser } from './suite.mjs';
import {
  assertNoErrors, clickSteady, saveScreenshot, scrollTo, typeInto, waitForReady, waitForState, waitFrames,
  tempFolder,
} from './harness.mjs';
import { CLI, requireCli } from './audit-scenario.mjs';

const KEY_OF = { met: '1', 'partly-met': '2', 'not-met': '3', 'not-applicable': '4' };
const CHOICES = ['met', 'partly-met', 'not-met', 'not-applicable'];
const PACK_TIMEOUT_MS = 60_000;

async function press(page, key) {
  await page.keyboard.press(key);
  await waitFrames(page, 2);
}

// The built-in pack as the native tool writes it, read back: the cases and their references.
export function preparePack() {
  requireCli();
  const { dir, cleanup } = tempFolder('training');
  const file = path.join(dir, 'pack.json');
  execFileSync(CLI, ['training-pack', '--out', file], { stdio: ['ignore', 'ignore', 'pipe'] });
  const pack = JSON.parse(fs.readFileSync(file, 'utf8')).trainingPack;
  return { dir, file, pack, cleanup };
}

async function openBuiltInPack(page) {
  await clickSteady(page, 'Training');
  await clickSteady(page, 'Practise');
  await clickSteady(page, 'Open the built-in pack');
  return waitForState(page, (s) => s.training.packOpen, 'the built-in pack open', { timeout: PACK_TIMEOUT_MS });
}

// The trainee's answers: the reference's on the first ten areas, Met on the last four (so
// that some agree and some may not).
function traineeAnswers(reference) {
  return reference.areas.map((a, i) => (i < 10 ? a.result : 'met'));
}

export async function runPractise(page, watch, { origin, pack, browserName }) {
  await page.goto(`${origin}/index.html`);
  await waitForReady(page, watch);
  let s = await openBuiltInPack(page);
  assert.equal(s.training.pack.cases, pack.cases.length);
  assert.deepEqual(s.training.pack.caseIds, pack.cases.map((c) => c.caseId), 'the same pack as the native tool writes');
  assert.equal(s.extract.cases, pack.cases.length, 'the pack\'s records are the open extract');

  // Learn: the first area, with the practice cases where it is met.
  await clickSteady(page, 'Learn');
  await waitForState(page, (st) => st.training.page === 'Learn', 'the Learn page');
  const example = pack.cases.find((c) => c.areas[0].result === 'met');
  assert.ok(example, 'the pack has a case where the first area is met');
  await saveScreenshot(page, browserName, 'training-learn');
  await clickSteady(page, `Open ${example.caseId} (${example.title})`);
  s = await waitForState(page, (st) => st.training.practising === example.caseId && st.audit.openAudit,
    'the practice case open in the audit workspace');
  const auditId = s.audit.openAudit;
  const opened = s.audit.audits.find((a) => a.id === auditId);
  assert.equal(opened.record, example.caseId);
  assert.equal(opened.sample, '', 'a practice audit is in no sample');
  assert.equal(opened.auditDate, example.auditDate, 'judged as at the practice case\'s date');

  // The first area by mouse, then the keyboard: N moves to the next area, 1 to 4 answer it.
  const answers = traineeAnswers(example);
  await clickSteady(page, 'Met');
  await waitForState(page, (st) => st.audit.audits.find((a) => a.id === auditId).answers.adequate === 'met', 'the first area answered');
  if (answers[0] !== 'met') await press(page, KEY_OF[answers[0]]);
  for (let i = 1; i < answers.length; i++) {
    await press(page, 'n');
    await press(page, KEY_OF[answers[i]]);
  }
  s = await waitForState(page, (st) => st.audit.audits.find((a) => a.id === auditId).unanswered === 0, 'all 14 areas answered');
  const recorded = s.audit.audits.find((a) => a.id === auditId).answers;
  assert.deepEqual(example.areas.map((a) => recorded[a.area]), answers, 'every key press recorded its answer');

  await clickSteady(page, 'Submit for feedback');
  s = await waitForState(page, (st) => st.training.shownCase === example.caseId && st.training.feedback.length === 1,
    'the feedback on the case');
  const agreed = answers.filter((r, i) => r === example.areas[i].result).length;
  assert.equal(s.training.feedback[0].agreed, agreed);
  assert.equal(s.audit.audits.find((a) => a.id === auditId).status, 'completed');
  await saveScreenshot(page, browserName, 'training-feedback');
  await scrollTo(page, 'Save summary (.csv)', { x: 900, y: 500 });
  await saveScreenshot(page, browserName, 'training-summary');

  // The workbook as the page saved it in the browser, checked by the native tool.
  const stored = await page.evaluate((k) => window.localStorage.getItem(k), `case-audit:${s.audit.storageKey}`);
  assert.ok(stored, 'the practice audit is kept in the browser');
  const wbFile = path.join(path.dirname(pack.file), 'trainee-workbook.json');
  fs.writeFileSync(wbFile, stored);
  const native = JSON.parse(execFileSync(CLI, ['train-check', pack.file, wbFile, '--json']).toString()).summary;
  const app = s.training.summary;
  assert.equal(app.cases, native.cases);
  for (const k of ['areaAgreement', 'areaKappa', 'areaAC1', 'gradeAgreement', 'gradeWithinOne', 'gradeWeightedKappa']) {
    assert.equal(app[k].n, native[k].n, `${k}: n`);
    if (native[k].value === null) assert.equal(app[k].value, null, `${k}: undefined in both`);
    else assert.ok(Math.abs(app[k].value - native[k].value) < 1e-12, `${k}: ${app[k].value} = ${native[k].value}`);
  }
  assert.equal(app.passed, native.passed);
  assert.equal(app.verdict, native.verdict);
  await assertNoErrors(watch);
  return { auditId, example, answers };
}

// Blind grading by keyboard: the first area's Met is clicked, then Tab walks the four
// choices of each area and Space picks one. Returns the moderator's answers.
async function gradeBlind(page, first) {
  // Playwright names the key "Space"; puppeteer-core (Firefox) knows it as " ".
  const space = typeof page.viewportSize === 'function' ? 'Space' : ' ';
  const blind = first.map((r, i) => (i === 0 ? (r === 'met' ? 'not-met' : 'met') : r));
  await clickSteady(page, 'Met');
  let at = 0; // the choice with the focus, counted over all areas
  if (blind[0] !== 'met') {
    const to = CHOICES.indexOf(blind[0]);
    for (; at < to; at++) await press(page, 'Tab');
    await press(page, space);
  }
  for (let i = 1; i < blind.length; i++) {
    const to = i * 4 + CHOICES.indexOf(blind[i]);
    for (; at < to; at++) await press(page, 'Tab');
    await press(page, space);
  }
  return blind;
}

export async function runModeration(page, watch, { origin, practised, browserName }) {
  await page.goto(`${origin}/index.html`);
  await waitForReady(page, watch);
  await openBuiltInPack(page);
  await clickSteady(page, 'Moderation');
  await typeInto(page, '##moderator', 'Pat Principal');
  await clickSteady(page, 'Draw');
  let s = await waitForState(page, (st) => st.training.moderation.drawn.length > 0, 'the draw');
  assert.equal(s.training.moderation.seed, 1, 'the seed offered is shown and used');
  assert.deepEqual(s.training.moderation.drawn, [practised.auditId], 'the one completed audit is drawn');
  await clickSteady(page, 'Moderate');
  s = await waitForState(page, (st) => st.audit.moderations.length === 1 && st.training.moderation.open, 'the moderation started');
  const m0 = s.audit.moderations[0];
  assert.equal(m0.moderator, 'Pat Principal');
  assert.equal(m0.blindSubmitted, false);

  const first = practised.answers;
  const keys = practised.example.areas.map((a) => a.area);
  const blind = await gradeBlind(page, first);
  s = await waitForState(page, (st) => keys.every((k, i) => st.audit.moderations[0].areas[k].blind === blind[i]),
    'the blind grading recorded');
  await scrollTo(page, 'Submit blind grading', { x: 1150, y: 500 });
  await clickSteady(page, 'Submit blind grading');
  s = await waitForState(page, (st) => st.audit.moderations[0].blindSubmitted, 'the blind grading submitted');

  // Side by side: the 13 that agree settled at once, the one that differs adjusted.
  await clickSteady(page, 'Where both agree: first result stands');
  s = await waitForState(page, (st) => keys.slice(1).every((k) => st.audit.moderations[0].areas[k].outcome === 'stands'),
    'the agreeing areas settled');
  const label = { met: 'Met', 'partly-met': 'Partly met', 'not-met': 'Not met', 'not-applicable': 'N/A' };
  await clickSteady(page, label[blind[0]]);
  await typeInto(page, '##reason', 'Notes copied forward');
  await clickSteady(page, 'Record');
  s = await waitForState(page, (st) => st.audit.moderations[0].areas[keys[0]].outcome === 'adjusted', 'the adjustment recorded');
  await saveScreenshot(page, browserName, 'training-moderation');
  await scrollTo(page, 'Finish moderation', { x: 900, y: 500 });
  await clickSteady(page, 'Finish moderation');
  s = await waitForState(page, (st) => st.audit.moderations[0].resolved !== null, 'the moderation finished');
  const finished = s.audit.moderations[0];

  // A reload: the moderation is in the workbook the browser kept.
  await page.reload();
  await waitForReady(page, watch);
  s = await openBuiltInPack(page);
  assert.equal(s.audit.moderations.length, 1);
  assert.deepEqual(s.audit.moderations[0], finished, 'the moderation survives a reload unchanged');
  const a0 = s.audit.moderations[0].areas[keys[0]];
  assert.equal(a0.final, blind[0]);
  assert.equal(a0.reason, 'Notes copied forward');
  assert.equal(s.audit.audits.find((a) => a.id === practised.auditId).answers[keys[0]], first[0],
    'the first audit keeps its original result');
  await assertNoErrors(watch);
}

export function describeTrainingScenario(title, { browserName, launch, withPage }) {
  describe(title, () => {
    const suite = useBrowser(launch, { prepare: preparePack });
    let practised;

    test('a trainee practises a case, sees feedback, and the summary equals train-check', async () => {
      await withPage(suite.browser, (page, watch) => (async () => {
        practised = await runPractise(page, watch, { origin: suite.server.origin, pack: { ...suite.fixture.pack, file: suite.fixture.file }, browserName });
        // The moderation runs in the same browser storage (the same page and origin).
        await runModeration(page, watch, { origin: suite.server.origin, practised, browserName });
      })());
    });
  });
}
