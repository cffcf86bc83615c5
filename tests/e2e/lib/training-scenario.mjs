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
// 3. Calibration: three auditors' workbooks of the same cases (tests/data/calibration, made by
//    its make_workbooks.py) and a file that is not a workbook, each through "Add a workbook
//    file..." and the file dialog; the bad file is refused with its name and why, the three
//    stay, and the figures (Fleiss' kappa and AC1 over all areas and per area, each auditor's
//    bias) are those of `caseaudit agreement --json` on the same three files.
// 4. Author: in a fresh browser, a trainer audits a case of the built-in pack with a
//    rationale in every area's comment and completes it; on Author it becomes the pack's one
//    case, with a title and an author; "Save training pack" downloads the pack, which the
//    native tool's pack loader accepts (`caseaudit train-check`) and which holds the case;
//    that file, opened on Practise through "Open a training pack file...", lists the case.
//
// Screenshots at 1366x768 of Learn, the feedback, the summary, the side-by-side view, the
// calibration figures, the authored pack and the authored pack opened on Practise.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { useBrowser } from './suite.mjs';
import {
  ROOT, addInitScript, assertNoErrors, clickSteady, poll, saveScreenshot, scrollTo, typeInto, waitForReady,
  waitForState, waitFrames, tempFolder,
} from './harness.mjs';
import { CLI, requireCli } from './audit-scenario.mjs';

const KEY_OF = { met: '1', 'partly-met': '2', 'not-met': '3', 'not-applicable': '4' };
const CHOICES = ['met', 'partly-met', 'not-met', 'not-applicable'];
const PACK_TIMEOUT_MS = 60_000;
const CALIBRATION = path.join(ROOT, 'tests', 'data', 'calibration');
const CALIBRATION_BOOKS = ['ann.json', 'ben.json', 'cat.json'].map((f) => path.join(CALIBRATION, f));
const NOT_A_WORKBOOK = path.join(ROOT, 'tests', 'data', 'extract', 'minimal-valid.json');
const isPlaywright = (page) => typeof page.viewportSize === 'function';

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

// Clicks the button labelled `label`, which opens the browser's file dialog, and chooses
// `file` in it (Playwright's file chooser in Chromium; puppeteer's in Firefox).
async function chooseThrough(page, label, file) {
  if (isPlaywright(page)) {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickSteady(page, label)]);
    await chooser.setFiles(file);
  } else {
    const [chooser] = await Promise.all([page.waitForFileChooser({ timeout: 60_000 }), clickSteady(page, label)]);
    await chooser.accept([file]);
  }
}

// Clicks the button labelled `label`, which saves a file, and returns the file's bytes as
// text and its name. Chromium: the real download. Firefox (puppeteer has no download event
// there): the Blob the page hands to the browser's download, kept as it is made.
async function saveThrough(page, label) {
  await page.evaluate(() => {
    if (window.__e2eSaved) return;
    window.__e2eSaved = [];
    const make = URL.createObjectURL;
    URL.createObjectURL = function (blob) {
      window.__e2eSaved.push(blob);
      return make.call(URL, blob);
    };
  });
  if (isPlaywright(page)) {
    const [download] = await Promise.all([page.waitForEvent('download'), clickSteady(page, label)]);
    const text = fs.readFileSync(await download.path(), 'utf8');
    return { name: download.suggestedFilename(), text };
  }
  await clickSteady(page, label);
  const text = await poll(page, async () => (window.__e2eSaved.length ? window.__e2eSaved.at(-1).text() : null),
    (t) => t !== null, { wake: true, what: `the file saved by ${label}` });
  return { name: null, text };
}

// Tab until the widget labelled `label` has the keyboard focus.
async function tabTo(page, label) {
  for (let i = 0; i < 30; i++) {
    const s = await page.evaluate(() => window.caseAudit.state());
    if (s.focus === label) return;
    await press(page, 'Tab');
  }
  throw new Error(`Tab never reached ${label}`);
}

async function openTrainingPage(page, name) {
  await clickSteady(page, 'Training');
  await clickSteady(page, name);
  return waitForState(page, (st) => st.section === 'Training' && st.training.page === name, `the ${name} page`);
}

export async function runCalibration(page, watch, { origin, browserName }) {
  await page.goto(`${origin}/index.html`);
  await waitForReady(page, watch);
  let s = await openTrainingPage(page, 'Calibration');
  assert.deepEqual(s.training.calibration.workbooks, [], 'no workbook yet');
  assert.equal(s.training.calibration.result, null);

  // Ann and Ben, then a file that is not a workbook (an extract), then Cat.
  const files = [CALIBRATION_BOOKS[0], CALIBRATION_BOOKS[1], NOT_A_WORKBOOK, CALIBRATION_BOOKS[2]];
  for (const [i, file] of files.entries()) {
    await chooseThrough(page, 'Add a workbook file...', file);
    await waitForState(page, (st) => st.training.calibration.workbooks.length + st.training.calibration.errors.length === i + 1
      && st.training.calibration.reading === 0, `${path.basename(file)} read`);
  }
  s = await waitForState(page, (st) => st.training.calibration.result !== null
    && st.training.calibration.result.auditors === 3, 'the figures of three auditors');
  const c = s.training.calibration;
  assert.deepEqual(c.workbooks, [
    { name: 'Ann Ashby', file: 'ann.json', audits: 3 },
    { name: 'Ben Brook', file: 'ben.json', audits: 3 },
    { name: 'Cat Cole', file: 'cat.json', audits: 3 },
  ], 'the three workbooks stayed, in the order added');
  assert.equal(c.errors.length, 1, 'the extract was refused');
  assert.match(c.errors[0], /^minimal-valid\.json: \S/, 'the refusal names the file and says why');

  const cli = JSON.parse(execFileSync(CLI, ['agreement', ...CALIBRATION_BOOKS, '--json']).toString());
  assert.deepEqual(c.result, cli, 'the page\'s figures are those of caseaudit agreement --json');
  // The fixture is made to disagree: a defined kappa over all areas, a lowest area below it,
  // and three directions of bias.
  assert.equal(cli.cases.length, 3);
  assert.ok(cli.fleissKappa.value !== null && cli.areas[0].fleissKappa.value < cli.fleissKappa.value);
  assert.deepEqual(cli.bias.map((b) => b.direction), ['level with the group', 'below the group', 'above the group']);
  assert.deepEqual(c.fleiss, { value: cli.fleissKappa.value, n: cli.fleissKappa.n });
  await waitFrames(page, 3);
  await saveScreenshot(page, browserName, 'training-calibration');
  await assertNoErrors(watch);
}

// A trainer's audit of a practice case: the reference's results, each area with its rationale
// typed in its comment box (Tab to it, Enter, type, Escape), then Submit (which completes it).
async function auditWithRationales(page, example) {
  await clickSteady(page, `Open ${example.caseId} (${example.title})`);
  const s = await waitForState(page, (st) => st.training.practising === example.caseId && st.audit.openAudit,
    'the case open in the audit workspace');
  const auditId = s.audit.openAudit;
  const results = example.areas.map((a) => a.result);
  await clickSteady(page, 'Met');
  for (let i = 0; i < results.length; i++) {
    if (i > 0) await press(page, 'n');
    await press(page, KEY_OF[results[i]]);
    await tabTo(page, '##comment');
    await press(page, 'Enter');
    await waitForState(page, (st) => st.focus === '##field', 'the comment box open as a field');
    for (const ch of `Seen ${i + 1}.`) {
      await page.keyboard.type(ch);
      await waitFrames(page, 2);
    }
    await press(page, 'Escape');
  }
  const done = await waitForState(page, (st) => {
    const a = st.audit.audits.find((x) => x.id === auditId);
    return a.unanswered === 0 && example.areas.every((ar, i) => a.answers[ar.area] === results[i]);
  }, 'the 14 areas answered as the reference');
  assert.ok(done);
  await clickSteady(page, 'Submit for feedback');
  await waitForState(page, (st) => st.audit.audits.find((x) => x.id === auditId).status === 'completed',
    'the audit completed');
  return auditId;
}

export async function runAuthor(page, watch, { origin, pack, browserName }) {
  // A fresh browser: no practice audit of the other tests in its storage (Firefox's pages
  // share one profile).
  await addInitScript(page, () => window.localStorage.clear());
  await page.goto(`${origin}/index.html`);
  await waitForReady(page, watch);
  await openBuiltInPack(page);
  await clickSteady(page, 'Learn');
  await waitForState(page, (st) => st.training.page === 'Learn', 'the Learn page');
  const example = pack.cases.find((c) => c.areas[0].result === 'met');
  await auditWithRationales(page, example);

  let s = await openTrainingPage(page, 'Author');
  await typeInto(page, '##case-title', 'Practice one');
  await clickSteady(page, 'Use as a training case');
  s = await waitForState(page, (st) => st.training.authoring.cases.length === 1 || st.training.authoring.error !== '',
    'the case added to the pack');
  assert.equal(s.training.authoring.error, '');
  assert.deepEqual(s.training.authoring.cases, [example.caseId]);
  await typeInto(page, '##pack-title', 'North team practice');
  await typeInto(page, '##pack-author', 'Pat Principal');
  const saved = await saveThrough(page, 'Save training pack');
  const name = 'training-pack-north-team-practice.json';
  if (saved.name !== null) assert.equal(saved.name, name);
  s = await waitForState(page, (st) => st.training.authoring.notice !== '', 'the pack saved');
  assert.equal(s.training.authoring.notice, `Saved ${name} to your downloads: hand it out with the app.`);
  await saveScreenshot(page, browserName, 'training-author');

  // The saved file: a pack with the one case, its title and author, which the native tool
  // loads (train-check of the trainer's own workbook against it: the one case, all agreed).
  const file = path.join(path.dirname(pack.file), name);
  fs.writeFileSync(file, saved.text);
  const authored = JSON.parse(saved.text).trainingPack;
  assert.equal(authored.title, 'North team practice');
  assert.equal(authored.author, 'Pat Principal');
  assert.deepEqual(authored.cases.map((c) => [c.caseId, c.title]), [[example.caseId, 'Practice one']]);
  const stored = await page.evaluate((k) => window.localStorage.getItem(k), `case-audit:${s.audit.storageKey}`);
  const wbFile = path.join(path.dirname(pack.file), 'trainer-workbook.json');
  fs.writeFileSync(wbFile, stored);
  // (The tool warns on stderr that the workbook is of the built-in pack's extract: expected.)
  const native = JSON.parse(execFileSync(CLI, ['train-check', file, wbFile, '--json'],
    { stdio: ['ignore', 'pipe', 'pipe'] }).toString()).summary;
  assert.equal(native.cases, 1, 'the native tool loads the pack and finds its case audited');
  assert.equal(native.areaAgreement.value, 1, 'the reference is the trainer\'s own audit');

  // Practise, with the built-in pack open: "Open another training pack..." asks first (the
  // open extract closes), then "Open a training pack file..." opens the file dialog.
  await openTrainingPage(page, 'Practise');
  await clickSteady(page, '< All practice cases'); // the page shows the case's feedback first
  await scrollTo(page, 'Open another training pack...', { x: 900, y: 500 });
  await clickSteady(page, 'Open another training pack...');
  await poll(page, () => window.caseAudit.itemRect('Cancel'), (r) => r !== null,
    { wake: true, what: 'the question before the open extract is closed' });
  await chooseThrough(page, 'Open a training pack file...', file);
  s = await waitForState(page, (st) => st.training.packOpen && st.training.pack.name === name, 'the authored pack open',
    { timeout: PACK_TIMEOUT_MS });
  assert.equal(s.training.pack.title, 'North team practice');
  assert.deepEqual(s.training.pack.caseIds, [example.caseId]);
  assert.equal(s.extract.cases, 1, 'the pack\'s one record is the open extract');
  // The list of practice cases: the one row, not yet practised in this pack's workbook.
  await poll(page, (l) => window.caseAudit.itemRect(l), (r) => r !== null,
    { wake: true, what: 'the case listed, to audit', arg: 'Audit this case' });
  await waitFrames(page, 3);
  await saveScreenshot(page, browserName, 'training-author-pack-opened');
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

    test('calibration: three workbooks and a bad file through the file dialog; the figures equal caseaudit agreement', async () => {
      await withPage(suite.browser, (page, watch) => runCalibration(page, watch, { origin: suite.server.origin, browserName }));
    });

    test('author: a completed audit becomes a pack, downloaded, loaded by the native tool, opened on Practise', async () => {
      await withPage(suite.browser, (page, watch) => runAuthor(page, watch,
        { origin: suite.server.origin, pack: { ...suite.fixture.pack, file: suite.fixture.file }, browserName }));
    });
  });
}
