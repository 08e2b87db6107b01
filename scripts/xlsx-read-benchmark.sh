#!/usr/bin/env bash
# The intake's memory benchmark: reads a 1,000,000-row .xlsx with XlsxSheetReader + HeaderMapping under
# -Xmx256m, three times, and prints rows, wall time, rows/s and the peak RSS of each run, then the medians.
# The workbook (shared strings, as Excel saves it) is generated once into target/bench/xlsx-read-ROWS/ by
# scripts/generate-night.sh --shared-strings (with GENERATOR_HEAP, default 4g: the generator holds the
# shared strings in memory); FILE reads another workbook instead.
#
#   scripts/xlsx-read-benchmark.sh            # ROWS=1000000 RUNS=3 HEAP=256m
#   ROWS=100000 RUNS=5 scripts/xlsx-read-benchmark.sh
#   SKIP_BUILD=1: use the classes and target/classpath.txt already built.
#
# Needs a JDK 17, Maven (to compile and to resolve the classpath) and GNU time (apt-get install time).
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-1000000}
RUNS=${RUNS:-3}
HEAP=${HEAP:-256m}
BENCH=target/bench
NIGHT=$BENCH/xlsx-read-$ROWS
FILE=${FILE:-$NIGHT/xlsx/withdrawals-$ROWS.xlsx}
MAIN=org.refundbatch.bench.XlsxReadBenchmark

if [ ! -x /usr/bin/time ]; then
    echo "GNU time is needed for the peak RSS: apt-get install time" >&2
    exit 2
fi
mkdir -p "$BENCH"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
    touch target/classpath.txt
fi
CP="target/classes:target/test-classes:$(cat target/classpath.txt)"

if [ ! -f "$FILE" ]; then
    echo "Generating $FILE ($ROWS rows, shared strings)" >&2
    rm -rf "$NIGHT"
    GENERATOR_HEAP=${GENERATOR_HEAP:-4g} SKIP_BUILD=1 scripts/generate-night.sh --rows "$ROWS" --formats xlsx \
        --shared-strings --out "$NIGHT" >&2
fi
echo "Reading $FILE ($(( $(stat -c %s "$FILE") >> 20 )) MB) with -Xmx$HEAP, $RUNS runs, on $(nproc) core(s)"

: > "$BENCH/results.txt"
for run in $(seq 1 "$RUNS"); do
    /usr/bin/time -v -o "$BENCH/time-$run.txt" java -Xmx"$HEAP" -cp "$CP" "$MAIN" "$FILE" > "$BENCH/run-$run.txt"
    read -r _ rows _ _ _ seconds _ rate _ _ _ heap_peak < "$BENCH/run-$run.txt"
    rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$BENCH/time-$run.txt")
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$BENCH/time-$run.txt")
    printf 'run %d: rows %s, read in %s s (%s rows/s), JVM wall %s, peak RSS %d MB, heap peak %s MB\n' \
        "$run" "$rows" "$seconds" "$rate" "$wall" $(( rss_kb / 1024 )) "$heap_peak"
    echo "$seconds $rate $(( rss_kb / 1024 )) $heap_peak" >> "$BENCH/results.txt"
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf 'median of %d runs: read in %s s, %s rows/s, peak RSS %s MB, heap peak %s MB (-Xmx%s)\n' "$RUNS" \
    "$(cut -d' ' -f1 "$BENCH/results.txt" | median)" "$(cut -d' ' -f2 "$BENCH/results.txt" | median)" \
    "$(cut -d' ' -f3 "$BENCH/results.txt" | median)" "$(cut -d' ' -f4 "$BENCH/results.txt" | median)" "$HEAP"
