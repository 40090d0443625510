#!/usr/bin/env bash
# `validate` on the three oversized inputs of issue 13: a roster of 50,000 more units (about 9 MB), a registration
# whose can_cu lists 60,000 unknown ids (650 KB), a registration of 100,000 unknown keys (1 MB). Each is this
# repository's data/ with that one file added (ScaleInputs, test sources). Prints the median wall time and peak
# resident memory (GNU time) of RUNS runs of the whole Java process, for each set of JVM options. Installs GNU time
# when missing. Figures and method: docs/PERFORMANCE.md.
#
#   bench/scale.sh                          # 5 runs of each input, two JVM option sets
#   RUNS=9 bench/scale.sh
#   OPTIONS="-Xmx512m" bench/scale.sh       # one set of your own
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-5}
work=target/bench/scale

if [ ! -x /usr/bin/time ]; then
  echo "installing time (apt-get)" >&2
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq time >/dev/null
fi

mvn -B -q -DskipTests package
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench/classpath.txt -Dmdep.includeScope=test
java -cp "target/classes:target/test-classes:$(cat target/bench/classpath.txt)" vn.somohinh.bench.ScaleInputs --out "$work"
cp="target/classes:$(cat target/bench/classpath.txt)"

# One run: prints "<seconds> <peak MB>"; validate exits 1 on these inputs (they are full of errors), as it should.
timed() {
  /usr/bin/time -o "$work/time.txt" -f "%e %M" "$@" > "$work/last.log" 2>&1 || true
  grep -q "trong tệp này" "$work/last.log" || { echo "unexpected output: $*" >&2; tail -5 "$work/last.log" >&2; exit 1; }
  tail -1 "$work/time.txt" | awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }' # after "Command exited with…"
}

# The median of each field of the lines in file $1 (runs is odd): "<seconds> <MB>".
medians() {
  for field in 1 2; do
    cut -d' ' -f"$field" "$1" | sort -n | awk '{ a[NR] = $1 } END { printf "%s ", a[int((NR + 1) / 2)] }'
  done
  echo
}

printf '\n%s runs each, medians; %s cores; %s\n\n' "$runs" "$(nproc)" "$(java -version 2>&1 | head -1)"
printf '| input | JVM options | wall s | peak MB |\n|---|---|---:|---:|\n'
if [ -n "${OPTIONS:-}" ]; then sets=("$OPTIONS"); else sets=("-XX:TieredStopAtLevel=1" "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"); fi
for input in roster ids keys; do
  for opts in "${sets[@]}"; do
    : > "$work/$input.txt"
    for _ in $(seq "$runs"); do
      # shellcheck disable=SC2086
      timed java $opts -cp "$cp" vn.somohinh.cli.Main validate --root "$work/$input" >> "$work/$input.txt"
    done
    read -r s mb < <(medians "$work/$input.txt")
    printf '| %s | `%s` | %s | %s |\n' "$input" "$opts" "$s" "$mb"
  done
done
