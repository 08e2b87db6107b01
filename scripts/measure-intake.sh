#!/usr/bin/env bash
# Measures one run of the packaged job on generated sheets and prints "<seconds> <rows/s> cpu=<seconds>":
# the job's own duration as Spring Batch logs it (JVM start excluded), and the CPU time the whole process
# used (JVM start included), which says more than the wall time on a machine shared with other work. Each call uses a new job home and, with
# DB=postgresql, a new schema in the database of REFUND_DB_URL (default 127.0.0.1:5432/refund, user refund).
#
# NIGHT is a folder scripts/generate-night.sh wrote; its csv/ sheets are the inbox (FORMAT=xlsx or xls for
# those), read with its catalogue on the run date of its expected.json.
#
#   mvn -B package -DskipTests
#   scripts/generate-night.sh --rows 100000 --sheets 4 --formats csv --out /tmp/night
#   GRID=4 DB=postgresql scripts/measure-intake.sh /tmp/night
set -euo pipefail
night=$1
inbox=$night/${FORMAT:-csv}
run_date=$(python3 -c "import json, sys; print(json.load(open(sys.argv[1]))['run_date'])" "$night/expected.json")
grid=${GRID:-1}
db=${DB:-hsqldb}
home=$(mktemp -d)
args=(--refund.home="$home" --refund.inbox="$inbox" --refund.catalog="$night/catalog.csv"
    --refund.grid-size="$grid" runDate="$run_date")
if [ "$db" = postgresql ]; then
    base=${REFUND_DB_URL:-jdbc:postgresql://127.0.0.1:5432/refund}
    schema="bench_$(date +%s%N)"
    PGPASSWORD=${REFUND_DB_PASSWORD:-refund} psql -q -h 127.0.0.1 -U "${REFUND_DB_USER:-refund}" refund \
        -c "CREATE SCHEMA $schema"
    args+=(--spring.profiles.active=postgres --spring.datasource.url="$base?currentSchema=$schema"
        --spring.datasource.username="${REFUND_DB_USER:-refund}"
        --spring.datasource.password="${REFUND_DB_PASSWORD:-refund}")
fi
/usr/bin/time -f '%U %S' -o "$home/time.txt" \
    java -Xmx256m -jar "$(dirname "$0")/../target/refund-batch.jar" "${args[@]}" > "$home/run.log" 2>&1
rows=$(grep -o 'rows read [0-9]*' "$home/run.log" | grep -o '[0-9]*$')
duration=$(grep -o 'status: \[COMPLETED\] in [0-9hms]*' "$home/run.log" | sed 's/.* in //')
# Spring Batch writes durations as 1m2s345ms
seconds=$(python3 -c "import re, sys; d = dict((u, int(n)) for n, u in re.findall(r'(\d+)(ms|h|m|s)', sys.argv[1]));
print('%.2f' % (d.get('h', 0) * 3600 + d.get('m', 0) * 60 + d.get('s', 0) + d.get('ms', 0) / 1000))" "$duration")
cpu=$(awk '{ printf "%.1f", $1 + $2 }' "$home/time.txt")
echo "$seconds $(awk -v r="$rows" -v s="$seconds" 'BEGIN { printf "%d", r / s }') cpu=$cpu rows=$rows home=$home"
