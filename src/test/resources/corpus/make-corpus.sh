#!/usr/bin/env bash
# Makes the reject corpus of RejectCorpusIntegrationTests from what was typed (*.typed.tsv), with LibreOffice Calc
# (libreoffice-calc and python3-uno), plus the files no spreadsheet program saves on purpose. The
# password-protected workbook is made by the test with POI: Calc 7.4 does not encrypt an .xlsx it saves
# headless.
set -euo pipefail
cd "$(dirname "$0")"
calc() { /usr/bin/python3 ../sheets/type-in-calc.py "$@"; }

calc bad-rows.typed.tsv . fods xlsx
calc good.typed.tsv . csv ods
calc missing-column.typed.tsv . xlsx
calc header-only.typed.tsv . xls

# a download that broke off halfway
head -c "$(( $(stat -c %s bad-rows.xlsx) / 2 ))" bad-rows.xlsx > corrupt.xlsx
# a CSV file renamed to .xlsx
sed 's/GOOD-/RENAMED-/' good.csv > csv-renamed.xlsx
# a copy that failed
: > empty.csv
