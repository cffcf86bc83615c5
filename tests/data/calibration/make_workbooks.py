#!/usr/bin/env python3
"""Writes the calibration fixture: three auditors' workbooks that audited the same three case
files of the report fixture's synthetic extract (tests/data/report/extract.json), for the
Training > Calibration browser tests, which compare the page's figures with `caseaudit
agreement --json` on the same files.

Run from this folder: python3 make_workbooks.py. Deterministic (no randomness). Every name
and answer is made up: Ann Ashby agrees with the shared answers below; Ben Brook marks two
areas down on each case (more severe); Cat Cole marks one area up on each case and leaves
one case's safeguarding not applicable (more generous), so the areas disagree in different
amounts and each auditor has a direction of bias.
"""
import json

AREAS = ['adequate', 'jargon', 'literacy', 'strengths', 'fact-opinion', 'non-discriminatory',
         'training', 'up-to-date', 'risk-assessment', 'safeguarding', 'mental-capacity',
         'correspondence', 'timescales', 'given-to-person']
EXTRACT = {'fingerprint': '2c4620b4a4ef555c', 'organisation': 'Report Fixture Council (synthetic)',
           'asAt': '2026-03-31', 'extractedAt': '2026-03-31T18:00'}
CASES = ['C-1', 'C-2', 'C-3']
# The answers most auditors gave, per case (14 areas in the policy's order).
SHARED = {
    'C-1': ['met', 'met', 'met', 'partly-met', 'not-met', 'met', 'met', 'met', 'met',
            'not-applicable', 'met', 'met', 'met', 'met'],
    'C-2': ['partly-met', 'met', 'met', 'met', 'met', 'met', 'partly-met', 'not-met', 'met',
            'met', 'met', 'partly-met', 'met', 'met'],
    'C-3': ['met', 'partly-met', 'met', 'met', 'met', 'met', 'met', 'met', 'not-met', 'met',
            'not-applicable', 'met', 'not-met', 'met'],
}
DOWN = {'met': 'partly-met', 'partly-met': 'not-met', 'not-met': 'not-met',
        'not-applicable': 'not-applicable'}
UP = {'not-met': 'partly-met', 'partly-met': 'met', 'met': 'met', 'not-applicable': 'not-applicable'}


def ann(case, answers):
    return list(answers)


def ben(case, answers):
    out = list(answers)
    for k in ('strengths', 'up-to-date'):  # severe on two areas
        i = AREAS.index(k)
        out[i] = DOWN[out[i]]
    return out


def cat(case, answers):
    out = list(answers)
    i = AREAS.index('fact-opinion' if case == 'C-1' else 'timescales' if case == 'C-3' else 'adequate')
    out[i] = UP[out[i]]
    if case == 'C-2':
        out[AREAS.index('safeguarding')] = 'not-applicable'
    return out


def workbook(auditor, slug, rule, day):
    audits = []
    for n, case in enumerate(CASES, start=1):
        answers = rule(case, SHARED[case])
        audits.append({
            'id': f'A-{n}', 'records': 'cases', 'recordId': case, 'sampleId': '',
            'status': 'completed', 'auditor': auditor, 'capacity': 'Practice manager',
            'auditDate': f'2026-03-{day:02d}', 'completed': f'2026-03-{day:02d}',
            'answers': [{'key': k, 'result': r, 'comment': ''} for k, r in zip(AREAS, answers)],
            'gradeOverride': None, 'overrideReason': '', 'summary': '', 'recommendations': '',
            'actions': [], 'discussInSupervision': False, 'chosenForSupervisionReview': False,
        })
    book = {'format': 'case-audit-workbook', 'version': 1, 'extract': EXTRACT,
            'policyFingerprint': '', 'auditor': auditor, 'capacity': 'Practice manager',
            'modified': f'2026-03-{day:02d}T17:00', 'samples': [], 'dictionary': [],
            'audits': audits}
    with open(f'{slug}.json', 'w', encoding='utf-8') as f:
        json.dump(book, f, indent=1)
        f.write('\n')


workbook('Ann Ashby', 'ann', ann, 23)
workbook('Ben Brook', 'ben', ben, 24)
workbook('Cat Cole', 'cat', cat, 25)
