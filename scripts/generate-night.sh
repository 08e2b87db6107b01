#!/usr/bin/env bash
# Generates a night of withdrawal sheets from a seed with org.refundbatch.bench.WithdrawalGenerator (in
# src/test/java): catalog.csv, the sheets in one folder per format (csv/, xlsx/, xls/: each a night's inbox),
# expected.json (the figures a run must report) and night.properties. Same options, same bytes.
#
#   scripts/generate-night.sh --rows 100000 --out target/bench/data/100000
#   scripts/generate-night.sh --rows 1000 --sheets 4 --formats csv,xls --bad-share 0.05 --out /tmp/night
#   scripts/generate-night.sh --rows 100000 --next-night-of target/bench/data/100000 --out /tmp/night-2
#   scripts/generate-night.sh --help
#
# Compiles the test classes and writes target/classpath.txt with Maven when they are missing or older than
# src/ or pom.xml (SKIP_BUILD=1: never). GENERATOR_HEAP is the generator's -Xmx (default 1g; --shared-strings
# holds the workbook's text in memory and needs more).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
stamp=$root/target/classpath.txt

if [ "${SKIP_BUILD:-0}" != 1 ] && { [ ! -f "$stamp" ] || [ -n "$(find "$root/src" "$root/pom.xml" -newer "$stamp" -print -quit)" ]; }; then
    echo "== compiling the test classes" >&2
    (cd "$root" && mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$stamp" >&2)
    touch "$stamp"
fi
exec java -Xmx"${GENERATOR_HEAP:-1g}" -cp "$root/target/classes:$root/target/test-classes:$(cat "$stamp")" \
    org.refundbatch.bench.WithdrawalGenerator "$@"
