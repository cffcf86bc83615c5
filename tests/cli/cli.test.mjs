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
    fs.writeFileSync(bad, '{"format": "case-audit-workbook", "version": 2}');
    const r2 = run('notes', MINIMAL, bad);
    assert.equal(r2.status, 1);
    assert.match(r2.err, /version 2/);
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
