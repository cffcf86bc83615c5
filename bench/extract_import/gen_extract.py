#!/usr/bin/env python3
"""Writes a large synthetic case extract (format v1) for the import benchmark.

usage: gen_extract.py OUT.json SIZE_MB [SEED]

All names and texts are invented from a fixed word list; nothing resembles real case data.
The shape follows a community team's files: about 40 notes per case, 300-900 characters per
note, with assessments, plans, reviews and documents, pretty-printed one record per line.
"""
import json
import random
import sys

WORDS = ("visited home daughter son carer support plan review discussed agreed medication "
         "review falls risk sensor mat personal care calls morning evening shopping meals "
         "capacity decision safeguarding concern bruising explained GP surgery district nurse "
         "occupational therapy equipment rail shower stool assessment strengths outcomes "
         "wishes feelings independence community day centre transport isolation loneliness "
         "telephone letter email confirmed awaiting response next steps").split()


def text(rng, lo, hi):
    n = rng.randint(lo, hi)
    out = []
    size = 0
    while size < n:
        w = rng.choice(WORDS)
        out.append(w)
        size += len(w) + 1
    s = " ".join(out)
    return s[0].upper() + s[1:] + "."


def date(rng, y0=2019, y1=2025):
    return f"{rng.randint(y0, y1)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def main():
    out_path, size_mb = sys.argv[1], float(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    target = int(size_mb * 1024 * 1024)
    teams = [{"id": f"T{t}", "name": f"Team {t}", "kind": "community"} for t in range(20)]
    workers = [{"id": f"W{w}", "name": f"Worker {w}", "teamId": f"T{w % 20}",
                "role": "qualified-social-worker", "qualified": True,
                "startDate": date(rng, 2010, 2024),
                "training": [{"course": "information-security", "completedDate": "2024-01-10"}]}
               for w in range(600)]
    with open(out_path, "w", encoding="utf-8") as f:
        f.write('{\n"metadata": ' + json.dumps({
            "format": "case-audit-extract", "formatVersion": 1,
            "extractedAt": "2026-03-02T18:30", "asAt": "2026-03-02",
            "organisation": {"name": "Benchmark Borough (synthetic)"}}) + ',\n')
        f.write('"teams": [\n' + ",\n".join(json.dumps(t) for t in teams) + '\n],\n')
        f.write('"workers": [\n' + ",\n".join(json.dumps(w) for w in workers) + '\n],\n')
        written = f.tell()
        people = []
        cases = []
        f.write('"cases": [\n')
        c = 0
        note_id = 0
        while written < target * 0.97:
            w = f"W{rng.randrange(600)}"
            opened = date(rng, 2019, 2024)
            notes = []
            for _ in range(rng.randint(20, 60)):
                note_id += 1
                d = date(rng, 2024, 2025)
                notes.append({"id": f"N{note_id}", "authorId": w, "type": rng.choice(
                    ["visit", "phone", "correspondence", "other"]), "eventDate": d,
                    "recordedAt": d + "T10:15", "text": text(rng, 300, 900)})
            case = {"id": f"C{c}", "personId": f"P{c}", "teamId": f"T{rng.randrange(20)}",
                    "status": "open", "openedDate": opened,
                    "allocations": [{"workerId": w, "from": opened, "role": "primary"}],
                    "notes": notes,
                    "assessments": [{"id": f"A{c}", "kind": "core", "authorId": w,
                                     "startDate": opened, "sections": [
                                         {"kind": k, "completed": True, "text": text(rng, 100, 300)}
                                         for k in ("risk", "safeguarding", "mental-capacity",
                                                   "strengths", "outcomes")]}],
                    "plans": [{"id": f"CSP{c}", "authorId": w, "startDate": opened,
                               "text": text(rng, 200, 400)}],
                    "reviews": [{"id": f"RV{c}", "authorId": w, "reason": "planned",
                                 "completedDate": "2025-06-01"}],
                    "documents": [{"id": f"D{c}", "kind": "email", "fileFormat": "pdf",
                                   "indexed": True, "uploadedDate": "2025-05-01"}]}
            s = json.dumps(case)
            f.write(("" if c == 0 else ",\n") + s)
            written += len(s) + 2
            people.append({"id": f"P{c}", "name": f"Person {c}", "dateOfBirth": date(rng, 1930, 2000)})
            c += 1
        f.write('\n],\n"people": [\n' + ",\n".join(json.dumps(p) for p in people) + '\n]\n}\n')
    print(f"{out_path}: {c} cases, {note_id} notes")


main()
