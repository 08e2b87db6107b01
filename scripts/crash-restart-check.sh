#!/usr/bin/env bash
# Kills the refund job with kill -9 at random moments of a big run, starts it again until it completes,
# and checks that its files equal those of a run that was never interrupted. Then: two launches at once
# (exactly one works), and the next night (the same sheets pay nothing again). Too slow for `mvn verify`.
# The night also holds a sheet damaged after a quarter of its rows (a quote that never closes), read first:
# it is rejected whole and its rows taken back, also when a kill lands while it is read.
#
#   scripts/crash-restart-check.sh [TRIALS]        default 5
#
# ROWS (150000 rows in the big sheet), CHUNK (refund.chunk-size, 500), KILLS (kills per trial, 1),
# WORK (target/crash-check), SEED (of the generated sheets, made by scripts/generate-night.sh).
# Exit code 0 when every check passed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

trials=${1:-5}
rows=${ROWS:-150000}
chunk=${CHUNK:-500}
kills=${KILLS:-1}
work=${WORK:-target/crash-check}
seed=${SEED:-20261130}
run_date=2027-08-31  # the run date the generated night is made for
next_night=2027-09-01
jar=target/refund-batch.jar
data=$work/data
failures=0

say() { printf '%s\n' "$*"; }
fail() { say "  FAIL: $*"; failures=$((failures + 1)); }

if [[ ! -f $jar || -n $(find src pom.xml -newer "$jar" -print -quit) ]]; then
    say "building $jar"
    mvn -B -q -DskipTests package
fi
inbox=$data/csv
big=$inbox/withdrawals-$rows-1.csv
later=$inbox/withdrawals-$rows-later.csv
damaged=$inbox/withdrawals-0-damaged.csv  # named to be read first
if [[ $(cat "$data/made-with" 2>/dev/null) != "$rows $seed generate-night damaged" ]]; then
    rm -rf "$data"
    # the big sheet (5% bad rows, 2% repeated keys), a later sheet of which about half the rows repeat its
    # enrolments, and a byte copy of the later sheet
    scripts/generate-night.sh --rows "$rows" --later-rows $((rows / 75 > 10 ? rows / 75 : 10)) --bad-share 0.05 \
        --repeat-share 0.02 --formats csv --seed "$seed" --out "$data"
    cp "$later" "$inbox/withdrawals-$rows-later-copy.csv"
    # the same enrolments as the big sheet's first quarter, then a quote that never closes: rejected whole,
    # its refunds taken back, so the big sheet read after it refunds those enrolments
    head -n $((rows / 4 + 1)) "$big" > "$damaged"
    printf '9999999,"Peeters,Anna,MC-DATA,2026-2027,2026-10-15\r\n' >> "$damaged"
    sed -n "$((rows / 4 + 2)),$((rows / 4 + 101))p" "$big" | tr -d '"' >> "$damaged"
    touch -d '1 hour ago' "$inbox/"*
    echo "$rows $seed generate-night damaged" > "$data/made-with"
fi

# job_command HOME [RUN_DATE]: the command line of one launch of the job on that home, in $command
job_command() {
    command=(java -Xmx512m -jar "$jar" --refund.home="$1" --refund.inbox="$1/inbox"
        --refund.catalog="$data/catalog.csv" --refund.archive="$1/archive" --refund.chunk-size="$chunk"
        "runDate=${2:-$run_date}")
}

# job HOME LOG [RUN_DATE]: one launch in the foreground, its output appended to LOG
job() {
    job_command "$1" "${3:-$run_date}"
    "${command[@]}" >> "$2" 2>&1
}

fresh_home() {
    rm -rf "$1"
    mkdir -p "$1"
    cp -r "$inbox" "$1/inbox"
}

now_ms() { date +%s%3N; }

# same_file A B: byte for byte, except what is truly a timestamp (pain.001 CreDtTm, xlsx document properties)
same_file() {
    case $1 in
        *.xml) cmp -s <(sed -E 's#<CreDtTm>[^<]*</CreDtTm>##g' "$1") <(sed -E 's#<CreDtTm>[^<]*</CreDtTm>##g' "$2") ;;
        *.xlsx)
            [[ $(unzip -Z1 "$1" | sort) == "$(unzip -Z1 "$2" | sort)" ]] || return 1
            local entry
            for entry in $(unzip -Z1 "$1" | grep -v '^docProps/core.xml$'); do
                cmp -s <(unzip -p "$1" "$entry") <(unzip -p "$2" "$entry") || return 1
            done ;;
        *) cmp -s "$1" "$2" ;;
    esac
}

# same_outputs HOME: outbox, archive and inbox of HOME equal those of the reference run
same_outputs() {
    local ok=0 dir name
    for dir in "outbox/$run_date" "archive/$run_date" inbox; do
        if [[ $(ls -A "$reference/$dir" 2>/dev/null) != "$(ls -A "$1/$dir" 2>/dev/null)" ]]; then
            fail "$dir holds other files than the reference: $(ls -A "$1/$dir" 2>/dev/null | tr '\n' ' ')"
            ok=1
            continue
        fi
        for name in $(ls -A "$reference/$dir"); do
            if ! same_file "$reference/$dir/$name" "$1/$dir/$name"; then
                fail "$dir/$name differs from the reference"
                diff <(head -c 200000 "$reference/$dir/$name") <(head -c 200000 "$1/$dir/$name") | head -6 || true
                ok=1
            fi
        done
    done
    return $ok
}

# ledger_remembers HOME: the big sheet dropped again on the next night pays nothing (the database kept the night)
ledger_remembers() {
    local status=0
    cp "$big" "$1/inbox/"
    job "$1" "$1/next-night.log" "$next_night" || status=$?
    if (( status != 0 )) || ! grep -q '"refunds" : 0,' "$1/outbox/$next_night/run-summary-$next_night.json"; then
        fail "the next night on $1 exited $status or paid again: the ledger lost the first night"
        return 1
    fi
}

# where_killed LOG: the step the job was in when its log stopped
where_killed() {
    if grep -q -e "The run of $run_date completed" -e "The run of $run_date already completed" "$1"; then
        echo "after completion"
    elif grep -q "Executing step: \[" "$1"; then
        local step rows
        step=$(grep -o "Executing step: \[[A-Za-z]*\]" "$1" | tail -1 | sed -E 's/.*\[(.*)\]/\1/')
        rows=$(grep -o "Intake: [0-9]* rows done" "$1" | tail -1 | grep -o "[0-9]*" || true)
        if [[ $step == intake && -n $rows ]]; then echo "intake ($rows rows done)"; else echo "$step"; fi
    else
        echo "start-up"
    fi
}

say "== reference: one uninterrupted run of $(($(wc -l < "$big") - 1)) + 2 x $(($(wc -l < "$later") - 1)) rows," \
    "chunks of $chunk"
reference=$work/reference
fresh_home "$reference"
start=$(now_ms)
if ! job "$reference" "$reference/run.log"; then
    say "the reference run failed:"
    tail -5 "$reference/run.log"
    exit 1
fi
if ! grep -q "${damaged##*/} line $((rows / 4 + 2)): not a valid CSV file" \
        "$reference/outbox/$run_date/rejected-$run_date.csv"; then
    fail "the damaged sheet is not rejected whole at line $((rows / 4 + 2)) in the reference run"
fi
run_ms=$(($(now_ms) - start))
say "   completed in $((run_ms / 1000)) s: $(grep -o '"rows_read" : [0-9]*' "$reference/outbox/$run_date/run-summary-$run_date.json")"

declare -A landed=()
for trial in $(seq 1 "$trials"); do
    home=$work/trial-$trial
    fresh_home "$home"
    where=()
    for kill in $(seq 1 "$kills"); do
        log=$home/attempt-$kill.log
        delay_ms=$(( (RANDOM * 32768 + RANDOM) % (run_ms + 2000) + 300 ))
        job_command "$home"
        "${command[@]}" >> "$log" 2>&1 &
        pid=$!  # java itself, not a subshell: kill -9 must hit the job
        sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
        kill -9 "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        at=$(where_killed "$log")
        where+=("kill -9 at $((delay_ms / 1000)).$(( (delay_ms % 1000) / 100 )) s: $at")
        step=${at%% (*}
        landed[$step]=$(( ${landed[$step]:-0} + 1 ))
    done
    restarts=0
    status=1
    start=$(now_ms)
    while (( status != 0 && restarts < 5 )); do
        restarts=$((restarts + 1))
        status=0
        job "$home" "$home/restart-$restarts.log" || status=$?
    done
    summary="trial $trial/$trials: $(IFS=';'; echo "${where[*]}"); $restarts restart(s), last exit $status"
    summary+=", $(( ($(now_ms) - start) / 1000 )) s"
    if (( status != 0 )); then
        say "$summary"
        fail "the restart did not complete: $(tail -3 "$home/restart-$restarts.log")"
    elif ! same_outputs "$home"; then
        say "$summary: OUTPUTS DIFFER"
    elif ! ledger_remembers "$home"; then
        say "$summary: outputs identical, but THE LEDGER FORGOT THE NIGHT"
    else
        say "$summary: outputs identical, the next night pays nothing again"
    fi
done
tally=""
for step in start-up stageInbox intake exportFiles archiveInbox "after completion"; do
    tally+="${tally:+, }$step ${landed[$step]:-0}"
done
say "   kills landed: $tally"

say "== two launches at once on one home"
home=$work/concurrent
fresh_home "$home"
job_command "$home"
"${command[@]}" >> "$home/first.log" 2>&1 &
first=$!
until grep -q "Executing step" "$home/first.log" 2>/dev/null || ! kill -0 "$first" 2>/dev/null; do sleep 0.2; done
second=0
job "$home" "$home/second.log" || second=$?
first_status=0
wait "$first" || first_status=$?
if (( second == 2 && first_status == 0 )) && grep -q "Another refund run is in progress" "$home/second.log" \
        && same_outputs "$home"; then
    say "   the second launch was refused (exit 2: $(grep -o 'Another refund run[^(]*' "$home/second.log"));" \
        "the first completed with the reference outputs"
else
    fail "second launch exit $second, first exit $first_status"
fi

say "== the next night: the big sheet dropped again, and the late sheet corrected (same enrolments)"
cp "$big" "$reference/inbox/"
sed 's/,WD-/,WD-corrected-/' "$later" > "$reference/inbox/withdrawals-$rows-later-v2.csv"
corrected_rows=$(($(wc -l < "$reference/inbox/withdrawals-$rows-later-v2.csv") - 1))
status=0
job "$reference" "$reference/next-night.log" "$next_night" || status=$?
summary_json=$reference/outbox/$next_night/run-summary-$next_night.json
rejects=$reference/outbox/$next_night/rejected-$next_night.csv
named=$(grep -c "already refunded in the run of $run_date" "$rejects" || true)
if (( status == 0 )) && grep -q '"refunds" : 0,' "$summary_json" \
        && grep -q "\"rows_rejected\" : $corrected_rows," "$summary_json" \
        && grep -q "already processed in the run of $run_date" "$rejects"; then
    say "   nothing paid; the big sheet rejected whole as already processed; all $corrected_rows rows of the" \
        "corrected sheet rejected, $named of them naming the run of $run_date (the others were bad input)"
else
    fail "next night: exit $status, $(tr -d '\n ' < "$summary_json" | cut -c1-200)"
fi

if (( failures == 0 )); then
    say "PASS: $trials crash trial(s), concurrent launch and next night as expected"
else
    say "FAIL: $failures check(s) failed (logs under $work)"
    exit 1
fi
