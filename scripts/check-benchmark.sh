#!/usr/bin/env bash
# Times `--check` of a 1,000-row sheet against a start of the same jar that checks nothing (`--template`, which
# loads the settings and the catalogue and writes a small workbook) and against a bare `java -version`, over
# several runs, and prints the medians and the ratio. Run `mvn -B package -DskipTests` first; the sheet comes
# from scripts/generate-night.sh (which compiles the test classes if needed; SKIP_BUILD=1 never does).
# Usage: scripts/check-benchmark.sh [runs]   (default 7)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
jar=target/refund-batch.jar
[[ -f $jar ]] || { echo "no $jar: run mvn -B package -DskipTests first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# a sheet of 1,000 withdrawals, every one of them refunded: dates and amounts written the ways staff type them
scripts/generate-night.sh --rows 1000 --bad-share 0 --repeat-share 0 --formats csv --out "$work/night" > /dev/null
sheet="$work/night/csv/withdrawals-1000.csv"

settings=(--refund.home="$work/home" --refund.catalog="$work/night/catalog.csv" --runDate=2027-08-31)

# milliseconds a command takes, its output thrown away; a failing command stops the script
millis() {
  local start end
  start=$(date +%s%N)
  "$@" > "$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

jvm=() boot=() check=()
for run in $(seq 1 "$runs"); do
  jvm+=("$(millis java -version)")
  boot+=("$(millis java -jar "$jar" --template="$work/template.xlsx" "${settings[@]}")")
  check+=("$(millis java -jar "$jar" --check="$sheet" --out="$work/out" "${settings[@]}")")
done
grep -q "withdrawals-1000.csv: 1000 row(s): 1000 refund(s)" "$work/last.log" \
  || { echo "the check did not read the 1,000 rows:" >&2; cat "$work/last.log" >&2; exit 1; }

jvm_median=$(printf '%s\n' "${jvm[@]}" | median)
boot_median=$(printf '%s\n' "${boot[@]}" | median)
check_median=$(printf '%s\n' "${check[@]}" | median)
echo "runs: $runs"
echo "java -version              median ${jvm_median} ms   (${jvm[*]})"
echo "jar start (--template)     median ${boot_median} ms   (${boot[*]})"
echo "--check of 1,000 rows      median ${check_median} ms   (${check[*]})"
awk -v c="$check_median" -v b="$boot_median" 'BEGIN { printf "ratio check / jar start: %.2f\n", c / b }'
