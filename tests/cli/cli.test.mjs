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
  // tests/unit/test_audit_sampling.cpp: seed 20260316, whole service, six cases.
  const want = ['C-01', 'C-06', 'C-08', 'C-09', 'C-15', 'C-11'];
  const json = run('sample', SAMPLING, '--seed', '20260316', '--json');
  assert.equal(json.status, 0, json.err);
  const r = JSON.parse(json.out);
  assert.deepEqual(r.drawn.map((d) => d.id), want);
  assert.equal(r.spec.seed, '20260316', 'the seed is a string: a uint64 does not fit a JS number');
  const text = run('sample', SAMPLING, '--seed', '20260316');
  assert.equal(text.status, 0, text.err);
  const drawnLines = text.out.split('\n').filter((l) => /^\s+\d+\. C-/.test(l));
  assert.deepEqual(drawnLines.map((l) => l.trim().split(/\s+/)[1]), want);
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
    fs.writeFileSync(bad, '{"format": "case-audit-workbook", "version": 2}');
    const r2 = run('notes', MINIMAL, bad);
    assert.equal(r2.status, 1);
    assert.match(r2.err, /version 2/);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
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
