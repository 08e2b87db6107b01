#!/usr/bin/env python3
"""Writes withdrawal sheets for measuring the job: ROWS data rows spread over FILES CSV files in OUTDIR.

Rows use the sample catalogue's 2026-2027 micro-credentials, withdrawal dates from 1 September to
30 November 2026 (every rule), amounts paid or blank, valid IBANs or none; about 1% of the rows reuse an
earlier row's student (a duplicate key when the micro-credential matches, often across files) and about 1%
are bad (unknown code, bad date). Seeded: the same arguments give the same bytes.

    scripts/generate-withdrawals.py 100000 4 /tmp/inbox
"""
import os
import random
import sys

HEADER = "student_id,last_name,first_name,micro_credential,academic_year,withdrawal_date,amount_paid,iban,bic,reference\n"
CODES = ["MC-DATA", "MC-ETHICS", "MC-PRIVACY", "MC-SUSTAIN", "MC-DUTCH", "MC-HEALTH"]
IBANS = ["BE68 5390 0754 7034", "BE71 0961 2345 6769", "NL91ABNA0417164300", ""]
NAMES = ["Peeters", "Janssens", "Maes", "Jacobs", "Willems", "Claes", "Goossens", "Wouters", "De Smet"]
FIRST = ["Anna", "Lucas", "Elise", "Noah", "Zoë", "Finn", "Louise", "Victor", "Nora"]


def row(rnd, student, seq):
    day = rnd.randrange(0, 91)  # 2026-09-01 .. 2026-11-30
    month, dom = (9, day + 1) if day < 30 else (10, day - 29) if day < 61 else (11, day - 60)
    date = f"2026-{month:02d}-{dom:02d}"
    code = rnd.choice(CODES)
    if rnd.random() < 0.005:
        code = "MC-UNKNOWN"
    if rnd.random() < 0.005:
        date = "31/11/2026"
    paid = "" if rnd.random() < 0.7 else f"{rnd.randrange(0, 250)}.00"
    return (f"{student:07d},{rnd.choice(NAMES)},{rnd.choice(FIRST)},{code},2026-2027,{date},{paid},"
            f"{rnd.choice(IBANS)},,GEN-{seq}\n")


def main():
    rows, files, outdir = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rnd = random.Random(20261130)
    os.makedirs(outdir, exist_ok=True)
    seen = []
    per_file = rows // files
    for f in range(files):
        count = per_file if f < files - 1 else rows - per_file * (files - 1)
        with open(os.path.join(outdir, f"withdrawals-{f + 1:03d}.csv"), "w", encoding="utf-8") as out:
            out.write(HEADER)
            for i in range(count):
                if seen and rnd.random() < 0.01:
                    student = rnd.choice(seen)  # a key that another row may already hold
                else:
                    student = 3000000 + f * per_file + i
                    seen.append(student)
                out.write(row(rnd, student, f * per_file + i))


if __name__ == "__main__":
    main()
