#!/usr/bin/env bash
# decide at national scale: generates a registry where about 10,000 of 50,000 models wait in review, then times
# validate, decide --dry-run and decide (JVM capped at 1 GB, C1 as in the build). Figures: docs/PERFORMANCE.md.
#   bench/decide.sh                  # 48,000 units, one year
#   UNITS=4800 bench/decide.sh
set -euo pipefail
cd "$(dirname "$0")/.."
units=${UNITS:-48000}
work=target/bench/decide
mkdir -p target/bench
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench/classpath.txt -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/bench/classpath.txt)"
rm -rf "$work"
java -cp "$cp" vn.somohinh.bench.RegistryGenerator --units "$units" --years 1 --seed 1 --in-review 0.08 --out "$work/root"
run() {
  /usr/bin/time -f "$1: %e s wall, %U s user, %M KB peak" java -Xms1g -Xmx1g -XX:+UseParallelGC -XX:TieredStopAtLevel=1 \
    -cp "$cp" vn.somohinh.cli.Main "${@:2}" --root "$work/root" > "$work/out.txt" 2> "$work/err.txt" || true
  grep -E 'wall|ghi|lỗi' "$work/err.txt" | tail -2
}
decide=(decide --status duoc-duyet --date 2021-12-31 --year 2021 --from-status dang-tham-dinh)
run validate validate
run "decide --dry-run" "${decide[@]}" --dry-run
run decide "${decide[@]}"
run "validate after" validate
