// The `caseaudit` command-line tool, run as a user runs it: arguments in, text or JSON and an
// exit status out. The rules behind each command have unit tests; these check that the
// commands call them as documented in docs/cli.md (same sample as the unit tests' golden
// one, exit statuses, errors on stderr). Run by ctest in the checked (ASan + UBSan) build,
// with CASEAUDIT_CLI naming the binary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = process.env.CASEAUDIT_CLI;
const DATA = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'data');
const SAMPLING = path.join(DATA, 'sampling', 'extract.json');
const MINIMAL = path.join(DATA, 'extract', 'minimal-valid.json');
const WORKBOOK = path.join(DATA, 'workbook', 'small-workbook.json');

function run(...args) {
  assert.ok(CLI && fs.existsSync(CLI), 'CASEAUDIT_CLI names the caseaudit binary');
  const r = spawnSync(CLI, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

test('sample: the golden sample of the unit tests, in text and JSON', () => {
  // tests/unit/test_audit_sampling.cpp: seed 20260316, whole service, six cases, inactive
  // cases left out as in its worked example.
  const want = ['C-01', 'C-06', 'C-08', 'C-09', 'C-15', 'C-11'];
  const json = run('sample', SAMPLING, '--seed', '20260316', '--exclude-inactive', '--json');
  assert.equal(json.status, 0, json.err);
  const r = JSON.parse(json.out);
  assert.deepEqual(r.drawn.map((d) => d.id), want);
  assert.equal(r.spec.seed, '20260316', 'the seed is a string: a uint64 does not fit a JS number');
  const text = run('sample', SAMPLING, '--seed', '20260316', '--exclude-inactive');
  assert.equal(text.status, 0, text.err);
  const drawnLines = text.out.split('\n').filter((l) => /^\s+\d+\. C-/.test(l));
  assert.deepEqual(drawnLines.map((l) => l.trim().split(/\s+/)[1]), want);
});

test('sample: inactive cases are kept by default, and the text says so', () => {
  const r = JSON.parse(run('sample', SAMPLING, '--seed', '1', '--json').out);
  assert.equal(r.spec.excludeInactive, false);
  assert.equal(r.counts.excludedInactive, 0);
  const text = run('sample', SAMPLING, '--seed', '1');
  assert.match(text.out, /Cases with no recent note are included\./);
});

test('sample: without --seed a new seed is printed, and repeating it repeats the draw', () => {
  const first = run('sample', SAMPLING, '--json');
  assert.equal(first.status, 0, first.err);
  const r = JSON.parse(first.out);
  assert.match(r.spec.seed, /^[1-9][0-9]{0,8}$/, 'at most 9 digits, never 0');
  const again = JSON.parse(run('sample', SAMPLING, '--json', '--seed', r.spec.seed).out);
  assert.deepEqual(again.drawn.map((d) => d.id), r.drawn.map((d) => d.id));
});

test('sample: bad input gets a clear error and the documented exit status', () => {
  const unknown = run('sample', SAMPLING, '--worker', 'W-NOBODY', '--seed', '1');
  assert.equal(unknown.status, 1);
  assert.match(unknown.err, /W-NOBODY/);
  const usage = run('sample', SAMPLING, '--size', 'six');
  assert.equal(usage.status, 2);
  const badDate = run('sample', SAMPLING, '--date', '2026-02-30');
  assert.equal(badDate.status, 2);
  const missing = run('sample', '/nonexistent/extract.json', '--seed', '1');
  assert.equal(missing.status, 1);
});

test('evidence: the 14 areas of a case as JSON, and an unknown case', () => {
  const r = run('evidence', MINIMAL, '--case', 'C-5001', '--no-writing', '--json');
  assert.equal(r.status, 0, r.err);
  const ev = JSON.parse(r.out);
  const areas = ev.areas.map((a) => a.key);
  assert.deepEqual(areas, ['adequate', 'jargon', 'literacy', 'strengths', 'fact-opinion',
    'non-discriminatory', 'training', 'up-to-date', 'risk-assessment', 'safeguarding',
    'mental-capacity', 'correspondence', 'timescales', 'given-to-person']);
  // minimal-valid.json: the core assessment A-1 has a completed risk section.
  const risk = ev.areas.find((a) => a.key === 'risk-assessment');
  assert.equal(risk.proposal, 'met');
  // D-2 is a letter uploaded as .docx and not indexed, D-1 an indexed PDF email: partly.
  assert.equal(ev.areas.find((a) => a.key === 'correspondence').proposal, 'partly-met');
  const none = run('evidence', MINIMAL, '--case', 'C-NONE');
  assert.equal(none.status, 1);
  assert.match(none.err, /C-NONE/);
  assert.equal(run('evidence', MINIMAL).status, 2, 'a case or a supervision record is required');
});

test('notes: the audit case notes of a workbook, with a warning for another extract', () => {
  const r = run('notes', MINIMAL, WORKBOOK);
  assert.equal(r.status, 0, r.err);
  assert.match(r.out, /^DRAFT - audit not completed\nCase audit - C-5001, Alex Example\n/);
  assert.match(r.out, /Book data protection refresher - Sam Social-Worker by 31 March 2026/);
  assert.match(r.err, /different extract/, 'the fixture workbook names another fingerprint');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'caseaudit-cli-'));
  try {
    const bad = path.join(tmp, 'bad.json');
    fs.writeFileSync(bad, '{"format": "case-audit-workbook", "version": 3}');
    const r2 = run('notes', MINIMAL, bad);
    assert.equal(r2.status, 1);
    assert.match(r2.err, /version 3/);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('audit-notes: each audit on file checked for its audit case note', () => {
  // minimal-valid.json: AUD-1 of C-5001 by W-TM on 10 February 2026, and W-TM's case-audit
  // note N-4 recorded that day.
  const r = run('audit-notes', MINIMAL, '--json');
  assert.equal(r.status, 0, r.err);
  const out = JSON.parse(r.out);
  assert.equal(out.workingDays, 5);
  assert.equal(out.checked, 1);
  assert.equal(out.found, 1);
  assert.deepEqual([out.audits[0].audit, out.audits[0].status, out.audits[0].note],
    ['AUD-1', 'found', 'N-4']);
  assert.equal(out.audits[0].windowEnds, '2026-02-17');
  const text = run('audit-notes', MINIMAL, WORKBOOK, '--all');
  assert.equal(text.status, 0, text.err);
  assert.match(text.out, /1 audit checked: 1 found, 0 added late, 0 missing, 0 not due yet/);
  assert.match(text.out, /^found +Audit AUD-1 of case C-5001 on 10 February 2026/m);
  assert.equal(run('audit-notes').status, 2);
  assert.equal(run('audit-notes', MINIMAL, '/nonexistent/workbook.json').status, 1);
});

test('caseload and validate: exit statuses', () => {
  assert.equal(run('validate', MINIMAL).status, 0);
  assert.equal(run('caseload', MINIMAL, '--policy', '/nonexistent/policy.json').status, 1);
  assert.equal(run('caseload', MINIMAL, '--as-at', 'tomorrow').status, 2);
});

// --- Training: the built-in pack, train-check and agreement ---------------------------

const AREAS = ['adequate', 'jargon', 'literacy', 'strengths', 'fact-opinion', 'non-discriminatory',
  'training', 'up-to-date', 'risk-assessment', 'safeguarding', 'mental-capacity',
  'correspondence', 'timescales', 'given-to-person'];

// A workbook holding completed case audits: audits = [{recordId, answers: {key: result},
// comments: {key: text}}]; areas not given are Met.
function workbookFile(dir, name, auditor, audits) {
  const wb = {
    format: 'case-audit-workbook', version: 1,
    extract: { fingerprint: '0000000000000000', organisation: 'test', asAt: '2026-10-30', extractedAt: '' },
    policyFingerprint: '', auditor, capacity: 'first-line manager', modified: '',
    samples: [],
    audits: audits.map((a, i) => ({
      id: `A-${i + 1}`, records: 'cases', recordId: a.recordId, sampleId: '', status: 'completed',
      auditor, capacity: '', auditDate: '2026-10-30', completed: '2026-10-30',
      answers: AREAS.map((key) => ({ key, result: (a.answers || {})[key] || 'met',
        comment: (a.comments || {})[key] || '' })),
    })),
  };
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(wb));
  return file;
}

test('training-pack and train-check: feedback and the summary, computed independently here', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caseaudit-train-'));
  const packFile = path.join(dir, 'pack.json');
  const written = run('training-pack', '--out', packFile);
  assert.equal(written.status, 0, written.err);
  const pack = JSON.parse(fs.readFileSync(packFile, 'utf8')).trainingPack;
  assert.equal(pack.cases.length, 6);
  // The trainee copies the reference of the first case except two areas, and cites one id.
  const ref = pack.cases[0];
  const answers = Object.fromEntries(ref.areas.map((a) => [a.area, a.result]));
  const flip = (r) => (r === 'met' ? 'not-met' : 'met');
  answers.jargon = flip(answers.jargon);
  answers.safeguarding = flip(answers.safeguarding);
  const cite = ref.areas.find((a) => a.area === 'adequate').evidence;
  const wb = workbookFile(dir, 'trainee.json', 'Trainee', [{ recordId: ref.caseId, answers,
    comments: { adequate: `See ${cite[0] || ''}.` } }]);
  const r = run('train-check', packFile, wb, '--json');
  assert.equal(r.status, 0, r.err);
  const out = JSON.parse(r.out);
  assert.equal(out.cases.length, 1);
  assert.equal(out.cases[0].agreed, 12);
  const adequate = out.cases[0].areas.find((a) => a.area === 'adequate');
  assert.deepEqual(adequate.citedByBoth, cite.slice(0, 1));
  assert.deepEqual(adequate.onlyReference, cite.slice(1));
  // Percentage agreement and Cohen's kappa over the 14 (trainee, reference) pairs, here.
  const cats = ['met', 'partly-met', 'not-met', 'not-applicable'];
  const pairs = ref.areas.map((a) => [answers[a.area], a.result]);
  const po = pairs.filter(([x, y]) => x === y).length / 14;
  const pe = cats.reduce((s, c) => s + (pairs.filter(([x]) => x === c).length / 14)
    * (pairs.filter(([, y]) => y === c).length / 14), 0);
  assert.equal(out.summary.areaAgreement.n, 14);
  assert.ok(Math.abs(out.summary.areaAgreement.value - po) < 1e-12);
  assert.ok(Math.abs(out.summary.areaKappa.value - (po - pe) / (1 - pe)) < 1e-12);
  assert.equal(out.summary.gradeWeightedKappa.value, null, 'one case: undefined');
  assert.match(out.summary.gradeWeightedKappa.reason, /One case/);
  assert.equal(out.summary.passed, po * 100 >= 85 && (po - pe) / (1 - pe) >= 0.61);
  // Text output, and the documented exit statuses.
  const text = run('train-check', packFile, wb);
  assert.equal(text.status, 0, text.err);
  assert.match(text.out, /DISAGREE Avoidance of jargon/);
  assert.match(text.out, /Summary over 1 case/);
  assert.equal(run('train-check', MINIMAL, wb).status, 1, 'an extract is not a pack');
  assert.match(run('train-check', MINIMAL, wb).err, /not a training pack/);
  assert.equal(run('train-check', packFile).status, 2);
});

test('agreement: three auditors, the worked example of the unit tests', () => {
  // tests/unit/test_training_calibration.cpp: kappa 0.2125 overall, jargon lowest (-1/3),
  // then safeguarding (-0.2); Ann above the group, Ben level, Cat below.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caseaudit-agree-'));
  const files = [
    workbookFile(dir, 'ann.json', 'Ann', [{ recordId: 'C1' }, { recordId: 'C2' }]),
    workbookFile(dir, 'ben.json', 'Ben', [{ recordId: 'C1', answers: { jargon: 'not-met' } },
      { recordId: 'C2' }]),
    workbookFile(dir, 'cat.json', 'Cat', [{ recordId: 'C1', answers: { jargon: 'not-met' } },
      { recordId: 'C2', answers: { jargon: 'not-met', safeguarding: 'not-met' } },
      { recordId: 'C3' }]),
  ];
  const r = run('agreement', ...files, '--json');
  assert.equal(r.status, 0, r.err);
  const out = JSON.parse(r.out);
  assert.deepEqual(out.cases, ['C1', 'C2']);
  assert.ok(Math.abs(out.fleissKappa.value - 0.2125) < 1e-12);
  assert.equal(out.fleissKappa.band, 'fair');
  assert.deepEqual(out.areas.slice(0, 2).map((a) => a.area), ['jargon', 'safeguarding']);
  assert.deepEqual(out.bias.map((b) => b.direction),
    ['above the group', 'level with the group', 'below the group']);
  const text = run('agreement', ...files);
  assert.equal(text.status, 0, text.err);
  assert.match(text.out, /Fleiss' kappa 0\.21 \(Fair, n = 28\)/);
  assert.match(text.out, /Cat: -7\.1 points over 2 cases, below the group/);
  assert.equal(run('agreement', files[0]).status, 2, 'one workbook is a usage error');
  assert.equal(run('agreement', files[0], MINIMAL).status, 1, 'an extract is not a workbook');
});

test('help: COMMAND --help and help COMMAND print the usage on stdout and exit 0', () => {
  for (const command of ['agreement', 'caseload', 'evidence', 'generate', 'notes', 'sample',
    'summary', 'train-check', 'training-pack', 'validate', 'version']) {
    const flag = run(command, '--help');
    assert.equal(flag.status, 0, `${command} --help: ${flag.err}`);
    assert.match(flag.out, new RegExp(`^usage: caseaudit ${command}\\b`), command);
    assert.equal(flag.err, '', `${command} --help writes nothing on stderr`);
    assert.equal(run(command, '-h').out, flag.out, `${command} -h is --help`);
    const help = run('help', command);
    assert.equal(help.status, 0, `help ${command}: ${help.err}`);
    assert.equal(help.out, flag.out, `help ${command} prints what ${command} --help does`);
  }
  // --help after other arguments still asks for help rather than running the command.
  const late = run('caseload', MINIMAL, '--help');
  assert.equal(late.status, 0);
  assert.match(late.out, /^usage: caseaudit caseload /);

  const list = run('help');
  assert.equal(list.status, 0);
  assert.match(list.out, /^usage: caseaudit COMMAND/);
  assert.match(list.out, /\n {2}sample +draw a random audit sample/);
  assert.match(list.out, /\n {2}help +/);

  const unknown = run('help', 'nope');
  assert.equal(unknown.status, 2);
  assert.match(unknown.err, /unknown command 'nope'/);
  assert.equal(unknown.out, '');
});

test('a wrong option still exits 2 with the usage on stderr', () => {
  for (const args of [['caseload', MINIMAL, '--nope'], ['evidence', MINIMAL, '--case'],
    ['notes', MINIMAL], ['sample', MINIMAL, '--policy', 'a', '--policy', 'b'],
    ['summary'], ['validate', MINIMAL, '--csv'], ['generate', '--cases']]) {
    const r = run(...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.err, new RegExp(`^usage: caseaudit ${args[0]}\\b`), args.join(' '));
    assert.equal(r.out, '', args.join(' '));
  }
});

test('validate: two overlapping primary allocations are a warning naming the case', () => {
  const extract = JSON.parse(fs.readFileSync(MINIMAL, 'utf8'));
  const kase = extract.cases[0];
  const primary = kase.allocations.find((a) => a.role === 'primary');
  assert.ok(primary, 'the minimal extract has a primary allocation');
  kase.allocations.push({ ...primary, from: primary.from, to: null });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'caseaudit-')), 'overlap.json');
  fs.writeFileSync(file, JSON.stringify(extract));
  const r = run('validate', file);
  assert.equal(r.status, 0, r.err);
  assert.match(r.out, new RegExp(`warning \\[overlapping-primary-allocations\\] ` +
    `cases\\[0\\]\\.allocations\\[\\d+\\] \\(${kase.id}\\): Case ${kase.id} has two primary ` +
    `allocations covering the same days`));
});

const REPORT = path.join(DATA, 'report');
const REPORT_EXTRACT = path.join(REPORT, 'extract.json');
const REPORT_BOOKS = ['north.json', 'qa.json', 'south.json'].map((f) => path.join(REPORT, f));

test('report: JSON figures from the extract and three workbooks (the unit tests\' fixture)', () => {
  const r = run('report', REPORT_EXTRACT, ...REPORT_BOOKS, '--format', 'json');
  assert.equal(r.status, 0, r.err);
  assert.equal(r.err, '');
  const j = JSON.parse(r.out);
  assert.deepEqual(j.period, { from: '2025-04-01', to: '2026-03-31' });
  assert.deepEqual(j.inputs.files.map((f) => [f.file, f.accepted, f.completed]),
    [['north.json', true, 2], ['qa.json', true, 2], ['south.json', true, 1]]);
  // tests/unit/test_report.cpp works these out by hand.
  assert.equal(j.programme.total.total, 6);
  assert.equal(j.compliance.audits, 5);
  assert.equal(j.actions.overdue, 1);
  assert.equal(j.actions.rows[0].daysOverdue, 264);
  assert.equal(j.supervision.service.missed, 44);
  // The fixture has no Audit Case Notes: the six case audits done are all without one, every
  // window (5 working days) closed before 31 March 2026.
  assert.equal(j.programme.auditNotes.checked, 6);
  assert.equal(j.programme.auditNotes.missing, 6);
  assert.equal(j.programme.auditNotes.rows.length, 6);
  assert.deepEqual(j.grades.service.counts,
    { outstanding: 2, good: 1, 'requires-improvement': 3, inadequate: 0, 'not-graded': 0 });
});

test('report: another extract\'s workbook is refused with a warning, the report still written', () => {
  const other = path.join(REPORT, 'other-extract.json');
  const r = run('report', REPORT_EXTRACT, REPORT_BOOKS[0], other, '--format', 'json');
  assert.equal(r.status, 0, r.err);
  assert.match(r.err, /other-extract\.json was saved for another extract \(Another Borough/);
  const j = JSON.parse(r.out);
  assert.equal(j.inputs.files[1].accepted, false);
  assert.match(j.inputs.files[1].message, /Report Fixture Council/);
});

test('report: HTML to a file, and the three CSV files into a folder', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caseaudit-report-'));
  try {
    const html = path.join(dir, 'report.html');
    const r = run('report', REPORT_EXTRACT, ...REPORT_BOOKS, '--format', 'html', '--out', html);
    assert.equal(r.status, 0, r.err);
    const text = fs.readFileSync(html, 'utf8');
    assert.match(text, /^<!DOCTYPE html>/);
    assert.doesNotMatch(text, /<script/);
    assert.match(text, /Dan &lt;img src=x onerror=alert\(1\)&gt; Dee/);
    const csvDir = path.join(dir, 'csv');
    const c = run('report', REPORT_EXTRACT, ...REPORT_BOOKS, '--format', 'csv', '--out', csvDir,
      '--by', 'quarter');
    assert.equal(c.status, 0, c.err);
    assert.deepEqual(fs.readdirSync(csvDir).sort(), ['actions.csv', 'compliance.csv', 'programme.csv']);
    assert.match(fs.readFileSync(path.join(csvDir, 'programme.csv'), 'utf8'),
      /Q1 2025\/26,Q2 2025\/26,Q3 2025\/26,Q4 2025\/26,Total\r\nAll,All audits,,2,1,1,2,6\r\n/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('report: a period, a team, and the usage errors', () => {
  const q = run('report', REPORT_EXTRACT, ...REPORT_BOOKS, '--from', '2026-01-01', '--to',
    '2026-03-31', '--team', 'T-S', '--format', 'json');
  assert.equal(q.status, 0, q.err);
  const j = JSON.parse(q.out);
  assert.equal(j.scope, 'South Team');
  assert.equal(j.programme.total.total, 1); // south A-1 on 3 February
  assert.equal(run('report', REPORT_EXTRACT).status, 2, 'no --format');
  assert.equal(run('report', REPORT_EXTRACT, '--format', 'csv').status, 2, 'csv needs --out');
  assert.equal(run('report', REPORT_EXTRACT, '--from', '2026-01-01', '--format', 'json').status, 2);
  const bad = run('report', REPORT_EXTRACT, '--as-at', '2026-02-30', '--format', 'json');
  assert.equal(bad.status, 2);
  assert.match(bad.err, /--as-at needs a date YYYY-MM-DD/);
  const team = run('report', REPORT_EXTRACT, '--team', 'T-X', '--format', 'json');
  assert.equal(team.status, 1);
  assert.match(team.err, /no team T-X/);
  const broken = run('report', REPORT_EXTRACT, path.join(DATA, 'policy', 'default.json'),
    '--format', 'json');
  assert.equal(broken.status, 1, 'a file that is not a workbook stops the command');
  assert.match(broken.err, /the workbook does not load/);
});
