#!/usr/bin/env bash
# The nightly refund run, as cron or systemd starts it: one run of refund-batch with the production
# settings, logged to <log dir>/refund-<runDate>.log, its exit code passed on (0 done or nothing to do,
# 1 failed: run the same command again to restart it, 2 another run in progress, 3 bad arguments or settings).
#
#   nightly-refund.sh [YYYY-MM-DD]      runDate, default today in Europe/Brussels
#
# Settings come from the environment or from $REFUND_ENV_FILE (default /etc/refund-batch/refund-batch.env):
#   REFUND_DB_URL, REFUND_DB_USER, REFUND_DB_PASSWORD   the database (required)
#   REFUND_HOME        the job's folders: inbox, catalog, work, outbox, archive (default /srv/refund-batch)
#   REFUND_LOG_DIR     where the dated logs go (default $REFUND_HOME/log)
#   REFUND_JAR         the application (default refund-batch.jar beside this jobs/ folder)
#   REFUND_PROFILES    Spring profiles (default production)
#   JAVA, JAVA_OPTS    the java command and its options (default java, -Xmx512m)
set -euo pipefail
# everything the run writes (log, outputs, work copies, archive, database files) is the job user's only
umask 077

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
env_file=${REFUND_ENV_FILE:-/etc/refund-batch/refund-batch.env}
if [[ -r $env_file ]]; then
    set -a
    # shellcheck disable=SC1090
    . "$env_file"
    set +a
fi

export REFUND_HOME=${REFUND_HOME:-/srv/refund-batch}
log_dir=${REFUND_LOG_DIR:-$REFUND_HOME/log}
jar=${REFUND_JAR:-$here/../refund-batch.jar}
profiles=${REFUND_PROFILES:-production}
java=${JAVA:-java}
read -r -a java_opts <<< "${JAVA_OPTS:--Xmx512m}"

run_date=${1:-$(TZ=Europe/Brussels date +%F)}
if ! [[ $run_date =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]]; then
    echo "nightly-refund.sh: '$run_date' is not a run date (use YYYY-MM-DD)" >&2
    exit 3
fi
if [[ -z ${REFUND_DB_URL:-} ]]; then
    echo "nightly-refund.sh: REFUND_DB_URL is not set (in the environment or $env_file)" >&2
    exit 3
fi
if [[ ! -r $jar ]]; then
    echo "nightly-refund.sh: no application at $jar (set REFUND_JAR)" >&2
    exit 3
fi

mkdir -p "$log_dir"
log=$log_dir/refund-$run_date.log
echo "=== $(date -Is) runDate=$run_date: $java ${java_opts[*]} -jar $jar (profiles $profiles)" >> "$log"
status=0
"$java" "${java_opts[@]}" -jar "$jar" --spring.profiles.active="$profiles" "runDate=$run_date" >> "$log" 2>&1 \
    || status=$?
echo "=== $(date -Is) runDate=$run_date: exit code $status" >> "$log"
if (( status != 0 )); then
    echo "refund-batch run of $run_date: exit code $status; the last lines of $log:" >&2
    tail -n 6 "$log" >&2
fi
exit "$status"
