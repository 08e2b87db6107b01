#!/usr/bin/env bash
# The end-to-end benchmark: the whole job on generated nights of N withdrawal rows, .csv and
# .xlsx, with -Xmx256m on a fresh refund.home each run, beside the floor (the bare cost of the same work:
# read, database, outputs) measured in the same script run. See docs/PERFORMANCE.md.
#
#   scripts/benchmark.sh [--runs 3] [--formats "csv xlsx"] [--shared-strings] [--ordered-ids] [--next-night]
#                        [--settle] [--postgres] [--profile] [--keep] [SIZE...]
#
# SIZE is a row count (10000, 100000, 1000000, or 10k, 100k, 1m); default 10k 100k. The nights come from
# scripts/generate-night.sh; --shared-strings and --ordered-ids are its options. --next-night: after each run,
# a second night of as many rows on the same refund.home (its own figures checked), some of its rows coming
# back to the first night's students and keys, and its floor on the first night's floor database.
# --settle: then a night without sheets, more than refund.settle-days after the last, on the same refund.home: it
# settles every refund sent for want of an answer (the step settleUnanswered), beside the floor's move to SENT of
# the same refunds.
# --postgres: the job and the floor on PostgreSQL (a new database each run, made with psql as the postgres user;
# BENCH_PG_HOST, BENCH_PG_PORT, default 127.0.0.1:5432; role refund, password refund, as .ci/run makes it).
# Environment: BENCH_DIR (default target/bench), XMX (default 256m), JAVA_OPTS (added to the job's JVM),
# SEED (default 20261130), SKIP_BUILD=1 (use the jar and classes already built).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=3 formats="csv xlsx" profile=0 keep=0 strings="" ids="" next=0 settle=0 pg=0 sizes=()
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --formats) formats="$2"; shift 2 ;;
        --shared-strings) strings="--shared-strings"; shift ;;
        --ordered-ids) ids="--ordered-ids"; shift ;;
        --next-night) next=1; shift ;;
        --settle) settle=1; shift ;;
        --postgres) pg=1; shift ;;
        --profile) profile=1; shift ;;
        --keep) keep=1; shift ;;
        -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
        *) sizes+=("$(echo "$1" | sed -e 's/[kK]$/000/' -e 's/[mM]$/000000/')"); shift ;;
    esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
bench="${BENCH_DIR:-target/bench}" xmx="${XMX:-256m}" seed="${SEED:-20261130}"
run_date=2027-08-31 next_date=2027-09-01 settle_date=2027-10-05
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    echo "== building the jar and the benchmark classes"
    mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
    touch target/classpath.txt
fi
cp="target/classes:target/test-classes:$(cat target/classpath.txt)"
chunk=$(sed -n 's/^refund.chunk-size=//p' target/classes/application.properties)
mkdir -p "$bench"
results="$bench/results.tsv"
: > "$results"
record() { printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >> "$results"; }
pg_url="jdbc:postgresql://${BENCH_PG_HOST:-127.0.0.1}:${BENCH_PG_PORT:-5432}"
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi; }
database() { # name: a new, empty PostgreSQL database bench_<name>, its JDBC URL printed (HSQLDB: nothing)
    [ "$pg" = 1 ] || return 0
    as_postgres "cd /tmp && psql -q -p ${BENCH_PG_PORT:-5432} -c 'DROP DATABASE IF EXISTS bench_$1' \
        -c 'CREATE DATABASE bench_$1 OWNER refund'" >&2
    echo "$pg_url/bench_$1"
}
job_db=() floor_db=() steps_db=()
use_databases() { # the job's and the floor's database options for a first night: new databases on PostgreSQL
    job_db=() floor_db=() steps_db=()
    [ "$pg" = 1 ] || return 0
    local url
    url=$(database job)
    job_db=(--spring.profiles.active=postgres --spring.datasource.url="$url"
            --spring.datasource.username=refund --spring.datasource.password=refund)
    steps_db=(-Dsteps.url="$url" -Dsteps.user=refund -Dsteps.password=refund)
    floor_db=(-Dfloor.url="$(database floor)?reWriteBatchedInserts=true" -Dfloor.user=refund -Dfloor.password=refund)
}
json() { python3 -c "import json,sys; j = json.load(open(sys.argv[1])); print(j$2)" "$1"; }

generate() { # size -> data dir with catalog.csv, {csv,xlsx}/withdrawals-<size>.*, expected.json (and the next night's)
    local size=$1 dir="$bench/data/$1${strings:+-shared}${ids:+-ordered}" made
    made="$size $seed $strings $ids"
    if [ "$(cat "$dir/made-with" 2>/dev/null)" != "$made" ] || [ ! -f "$dir/ledger-rows.tsv" ]; then
        echo "== generating $size rows (seed $seed) in $dir" >&2
        rm -rf "$dir" "$dir-next"
        SKIP_BUILD=1 scripts/generate-night.sh --rows "$size" --seed "$seed" --out "$dir" $strings $ids >&2
        echo "$made" > "$dir/made-with"
    fi
    if [ "$next" = 1 ] && [ ! -f "$dir-next/ledger-rows.tsv" ]; then
        echo "== generating the next night of $size rows in $dir-next" >&2
        SKIP_BUILD=1 scripts/generate-night.sh --rows "$size" --next-night-of "$dir" --out "$dir-next" $strings >&2
    fi
    echo "$dir"
}

check() { # outbox expected.json -> "ok" or what differs
    python3 - "$1" "$2" "$(json "$2" "['run_date']")" <<'EOF'
import csv, json, sys, os
outbox, expected, run = sys.argv[1], json.load(open(sys.argv[2])), sys.argv[3]
try:
    s = json.load(open(os.path.join(outbox, f"run-summary-{run}.json")))
except OSError as e:
    print(f"FAILED: no run summary ({e.strerror})"); sys.exit()
def rows(name):
    with open(os.path.join(outbox, f"{name}-{run}.csv"), encoding="utf-8", newline="") as f:
        return sum(1 for _ in csv.reader(f)) - 1
problems = []
def same(what, got, want):
    if str(got) != str(want): problems.append(f"{what} {got} != {want}")
same("rows_read", s["rows_read"], expected["rows"])
same("refunds", s["refunds"], expected["refunds"])
same("rows_rejected", s["rows_rejected"], expected["rejects"])
same("releases", s["after_the_night"]["releases"], expected["releases"])
same("refunds+rejects+releases", s["refunds"] + s["rows_rejected"] + s["after_the_night"]["releases"], expected["rows"])
same("total_entitlement", "%.2f" % s["total_entitlement"], expected["total_entitlement"])
same("total_payable", "%.2f" % s["total_payable"], expected["total_payable"])
for rule, n in expected["refunds_by_rule"].items(): same(rule, s["by_rule"][rule]["count"], n)
for status, n in expected["refunds_by_status"].items(): same(status, s["by_status"][status]["count"], n)
same("reimbursements.csv rows", rows("reimbursements"), expected["refunds"] + expected["releases"])
same("credit-records.csv rows", rows("credit-records"), expected["credit_records"])
same("rejected.csv rows", rows("rejected"), expected["rejects"] + s["files_rejected"])
if s["files_rejected"]:
    with open(os.path.join(outbox, f"rejected-{run}.csv"), encoding="utf-8", newline="") as f:
        whole = [r for r in csv.DictReader(f) if not r["source_row"]]
    problems.insert(0, "the file was rejected whole: " + (whole[0]["reason"][:100] if whole else "?"))
print("ok" if not problems else "FAILED: " + "; ".join(problems[:3]))
EOF
}

anon_peak() { # pid -> the peak of its anonymous resident memory (heap, metaspace, code...; not mapped files), kB
    local peak=0 now
    while now=$(awk '/^RssAnon:/ {print $2}' "/proc/$1/status" 2>/dev/null) && [ -n "$now" ]; do
        [ "$now" -gt "$peak" ] && peak=$now
        sleep 0.2
    done
    echo "$peak"
}

job() { # size format run data
    local size=$1 format=$2 run=$3 data=$4 home="$bench/run/$1-$2-$3" jfr=()
    rm -rf "$home"; mkdir -p "$home/inbox"
    cp "$data/$format"/* "$home/inbox/"  # a copy: the job never follows a symbolic link
    if [ "$profile" = 1 ] && [ "$run" = 1 ]; then
        jfr=(-XX:StartFlightRecording=filename="$bench/profile-$size-$format.jfr",settings=profile
             -XX:FlightRecorderOptions:stackdepth=128)
    fi
    local rc=0
    /usr/bin/time -v -o "$home/time.txt" java -Xmx"$xmx" ${JAVA_OPTS:-} "${jfr[@]}" \
        -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath="$bench/oom-$size-$format.hprof" \
        -jar target/refund-batch.jar runDate=$run_date --refund.home="$home" --refund.inbox="$home/inbox" \
        --refund.catalog="$data/catalog.csv" "${job_db[@]}" > "$home/job.log" 2>&1 &
    local timer=$! java_pid=""
    while [ -z "$java_pid" ] && kill -0 "$timer" 2>/dev/null; do java_pid=$(pgrep -P "$timer" java || sleep 0.05); done
    anon_peak "$java_pid" > "$home/anon.txt" &
    wait "$timer" || rc=$?
    wait
    local wall rss startup verdict steps anon
    anon=$(cat "$home/anon.txt")
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; printf "%d", s*1000}' "$home/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$home/time.txt")
    record "$size" "$format" "$run" job cpu_ms "$(awk -F': ' '/User time|System time/ {s+=$2} END {printf "%d", s*1000}' "$home/time.txt")"
    startup=$(sed -n 's/.*Started RefundBatchApplication in \([0-9.]*\) seconds.*/\1/p' "$home/job.log" | awk '{printf "%d", $1*1000}')
    record "$size" "$format" "$run" job wall_ms "$wall"
    record "$size" "$format" "$run" job rss_kb "$rss"
    record "$size" "$format" "$run" job startup_ms "${startup:-0}"
    record "$size" "$format" "$run" job anon_kb "$anon"
    if [ "$rc" != 0 ]; then
        verdict="FAILED: exit code $rc ($(grep -m1 -o 'OutOfMemoryError[^"]*' "$home/job.log" || tail -1 "$home/job.log" | cut -c1-120))"
    else
        verdict=$(check "$home/outbox/$run_date" "$data/expected.json")
    fi
    steps=$(java -cp "$cp" "${steps_db[@]}" org.refundbatch.bench.StepTimes "$home" 2>/dev/null || true)
    while read -r kind name ms _; do
        [ "$kind" = STEP ] && record "$size" "$format" "$run" job "step_${name}_ms" "$ms"
        [ "$kind" = JOB ] && record "$size" "$format" "$run" job job_ms "$name"
    done <<< "$steps"
    awk -v run="$run" -v wall="$wall" -v size="$size" -v rss="$rss" -v anon="$anon" -v up="${startup:-0}" -v steps="$(echo "$steps" |
        awk '$1=="STEP" {printf "%s %.1fs ", $2, $3/1000}')" -v verdict="$verdict" 'BEGIN {
        printf "  run %s: wall %6.1f s  %7.0f rows/s  peak RSS %4d MB (anonymous %4d MB)  start-up %4.1f s  %s %s\n",
            run, wall/1000, size*1000/wall, rss/1024, anon/1024, up/1000, steps, verdict }'
    record "$size" "$format" "$run" job ok "$([ "${verdict:0:2}" = ok ] && echo 1 || echo 0)"
}

next_night() { # size format run data: the next night on the home of that run of the first
    local size=$1 format=$2 run=$3 data=$4-next home="$bench/run/$1-$2-$3" rc=0 wall rss verdict
    rm -f "$home/inbox/"*
    cp "$data/$format"/* "$home/inbox/"  # a copy: the job never follows a symbolic link
    /usr/bin/time -v -o "$home/time-next.txt" java -Xmx"$xmx" ${JAVA_OPTS:-} \
        -jar target/refund-batch.jar runDate=$next_date --refund.home="$home" --refund.inbox="$home/inbox" \
        --refund.catalog="$data/catalog.csv" "${job_db[@]}" > "$home/job-next.log" 2>&1 || rc=$?
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; printf "%d", s*1000}' "$home/time-next.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$home/time-next.txt")
    if [ "$rc" != 0 ]; then
        verdict="FAILED: exit code $rc ($(tail -1 "$home/job-next.log" | cut -c1-120))"
    else
        verdict=$(check "$home/outbox/$next_date" "$data/expected.json")
    fi
    java -cp "$cp" "${steps_db[@]}" org.refundbatch.bench.StepTimes "$home" 2>/dev/null | while read -r kind name ms _; do
        [ "$kind" = STEP ] && record "$size" "$format" "$run" night2 "step_${name}_ms" "$ms"
        [ "$kind" = JOB ] && record "$size" "$format" "$run" night2 job_ms "$name"
    done || true
    record "$size" "$format" "$run" night2 wall_ms "$wall"
    record "$size" "$format" "$run" night2 rss_kb "$rss"
    record "$size" "$format" "$run" night2 ok "$([ "${verdict:0:2}" = ok ] && echo 1 || echo 0)"
    awk -v run="$run" -v wall="$wall" -v size="$size" -v rss="$rss" -v verdict="$verdict" 'BEGIN {
        printf "  run %s, next night: wall %6.1f s  %7.0f rows/s  peak RSS %4d MB  %s\n",
            run, wall/1000, size*1000/wall, rss/1024, verdict }'
}

settle_night() { # size format run: a night without sheets on the home of that run, when all it sent has aged
    local size=$1 format=$2 run=$3 home="$bench/run/$1-$2-$3" rc=0 wall rss settled want verdict step
    rm -f "$home/inbox/"*
    /usr/bin/time -v -o "$home/time-settle.txt" java -Xmx"$xmx" ${JAVA_OPTS:-} \
        -jar target/refund-batch.jar runDate=$settle_date --refund.home="$home" --refund.inbox="$home/inbox" \
        --refund.catalog="$4/catalog.csv" "${job_db[@]}" > "$home/job-settle.log" 2>&1 || rc=$?
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; printf "%d", s*1000}' "$home/time-settle.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$home/time-settle.txt")
    settled=$(json "$home/outbox/$settle_date/run-summary-$settle_date.json" "['after_the_night']['settled_by_age']" \
        2>/dev/null || echo 0)
    # every payment of the nights before went to the bank and got no answer: each of them settles
    want=$(( $(json "$4/expected.json" "['payable'] + j['releases']" 2>/dev/null || echo 0) ))
    [ "$next" = 1 ] && want=$(( want + $(json "$4-next/expected.json" "['payable'] + j['releases']") ))
    if [ "$rc" != 0 ]; then
        verdict="FAILED: exit code $rc ($(tail -1 "$home/job-settle.log" | cut -c1-120))"
    elif [ "$settled" != "$want" ]; then
        verdict="FAILED: settled $settled, sent $want"
    else
        verdict="ok, settled $settled"
    fi
    java -cp "$cp" "${steps_db[@]}" org.refundbatch.bench.StepTimes "$home" 2>/dev/null | while read -r kind name ms _; do
        [ "$kind" = STEP ] && record "$size" "$format" "$run" settle "step_${name}_ms" "$ms"
        [ "$kind" = JOB ] && record "$size" "$format" "$run" settle job_ms "$name"
    done || true
    record "$size" "$format" "$run" settle wall_ms "$wall"
    record "$size" "$format" "$run" settle rss_kb "$rss"
    record "$size" "$format" "$run" settle settled "$settled"
    record "$size" "$format" "$run" settle ok "$([ "${verdict:0:2}" = ok ] && echo 1 || echo 0)"
    step=$(awk -F'\t' -v s="$size" -v f="$format" -v r="$run" '$1==s && $2==f && $3==r && $4=="settle" &&
        $5=="step_settleUnanswered_ms" {print $6}' "$results")
    awk -v run="$run" -v wall="$wall" -v rss="$rss" -v step="${step:-0}" -v verdict="$verdict" 'BEGIN {
        printf "  run %s, settling night: wall %6.1f s  settleUnanswered %.1f s  peak RSS %4d MB  %s\n",
            run, wall/1000, step/1000, rss/1024, verdict }'
}

floor() { # size format run data kind runDate: the floor of a night (kind floor) or of the next night (floor2) in
    # the same floor database, which the next night's floor finds its first night in
    local size=$1 format=$2 run=$3 data=$4 kind=$5 date=$6 dir="$bench/floor/$1-$2-$3" e="$4/expected.json" out
    local refunds credits rejects sheet
    refunds=$(json "$e" "['refunds']") credits=$(json "$e" "['credit_records']") rejects=$(json "$e" "['rejects']")
    sheet=$(ls "$data/$format"/withdrawals-*."$format")
    [ "$kind" = floor ] && rm -rf "$dir"
    rm -rf "$dir/out"; mkdir -p "$dir"
    timed() { # name command... : runs a floor stage in its own JVM, recording its process CPU time
        local name=$1; shift
        /usr/bin/time -f '%U %S' -o "$dir/cpu-$name" java -Xmx"$xmx" -cp "$cp" "$@" 2>/dev/null
        record "$size" "$format" "$run" "$kind" "cpu-${name}_ms" "$(awk '{printf "%d", ($1+$2)*1000}' "$dir/cpu-$name")"
    }
    out=$(timed read org.refundbatch.bench.FloorRead "$sheet"
          timed ledger "${floor_db[@]}" org.refundbatch.bench.FloorLedger "$dir/home" "$data/ledger-rows.tsv" "$date" \
              "$chunk"
          timed csv org.refundbatch.bench.FloorOutputs "$dir/out" "$refunds" "$credits" "$rejects" 0 csv
          timed report -Dfloor.deflate=1 org.refundbatch.bench.FloorOutputs "$dir/out" "$refunds" "$credits" \
              "$rejects" "$(json "$e" "['payable']")" xlsx,xml
          timed read-feedback -Dfloor.stage=read-feedback org.refundbatch.bench.FloorRead "$sheet"
          timed feedback org.refundbatch.bench.FloorOutputs "$dir/out" "$refunds" 0 "$rejects" 0 feedback)
    echo "$out" | awk '$1=="FLOOR" {print $2, $3}' | while read -r stage ms; do
        record "$size" "$format" "$run" "$kind" "${stage}_ms" "$ms"
    done
    printf '  %s %s: %s\n' "$kind" "$run" "$(echo "$out" | awk '$1=="FLOOR" {printf "%s %.1fs  ", $2, $3/1000}')"
    rm -rf "$dir/out"
}

echo "== $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), -Xmx$xmx, $([ "$pg" = 1 ] && echo "PostgreSQL at $pg_url" || echo "HSQLDB")"
for size in "${sizes[@]}"; do
    data=$(generate "$size" | tail -1)
    for format in $formats; do
        echo "== $size rows, .$format: the job and its floor, $runs runs each, side by side"
        for run in $(seq 1 "$runs"); do
            use_databases
            job "$size" "$format" "$run" "$data"
            floor "$size" "$format" "$run" "$data" floor "$run_date"
            if [ "$next" = 1 ]; then
                next_night "$size" "$format" "$run" "$data"
                floor "$size" "$format" "$run" "$data-next" floor2 "$next_date"
            fi
            [ "$settle" = 1 ] && settle_night "$size" "$format" "$run" "$data"
            [ "$keep" = 1 ] || rm -rf "$bench/run/$size-$format-$run" "$bench/floor/$size-$format-$run"
        done
    done
done

python3 scripts/benchmark-summary.py "$results"
[ "$profile" = 1 ] && for f in "$bench"/profile-*.jfr; do
    echo "== profile $f"; java -cp "$cp" org.refundbatch.bench.ProfileSummary "$f" 15
done
exit 0
