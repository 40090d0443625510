#!/usr/bin/env bash
# A build after one registration changed, at national scale: generates 10,000 units × 5 years (about 52,000
# models), builds once (filling the cache of parsed YAML and the render state under target/), then, RUNS times,
# changes one registration's name and times `build` again. JVM as the build's (C1 only, parallel collector).
# Figures: docs/PERFORMANCE.md ("Rebuilding only what changed").
#   bench/rebuild.sh                 # 10,000 units, 5 years, 3 runs
#   UNITS=1000 YEARS=1 RUNS=5 bench/rebuild.sh
set -euo pipefail
cd "$(dirname "$0")/.."
units=${UNITS:-10000}; years=${YEARS:-5}; runs=${RUNS:-3}
heap=${HEAP:-2g}
work=target/bench/rebuild
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench/classpath-runtime.txt -DincludeScope=runtime
cp="target/classes:$(cat target/bench/classpath-runtime.txt)"
if [ ! -d "$work/root/data" ]; then
  rm -rf "$work"; mkdir -p "$work"
  java -cp "target/test-classes:$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -DincludeScope=test):target/classes" \
    vn.somohinh.bench.RegistryGenerator --units "$units" --years "$years" --seed 1 --out "$work/root"
  cp -r templates content assets "$work/root/"
fi
build() {
  SOMOHINH_TIMINGS=1 /usr/bin/time -f "%e s wall, %U s user, %S s system, %M KB peak" \
    java -Xms$heap -Xmx$heap -XX:+UseParallelGC -XX:TieredStopAtLevel=1 -cp "$cp" vn.somohinh.cli.Main build \
    --root "$work/root" --out "$work/root/target/site" > "$work/out.txt" 2> "$work/err.txt"
  grep -E '^thời gian|wall' "$work/err.txt" | tr '\n' ';'; echo
}
[ -f "$work/root/target/site/index.html" ] || { echo "first build:"; build; }
file=$(find "$work/root/data/registrations" -name '*.yaml' | sort | sed -n 1p)
for i in $(seq "$runs"); do
  sed -i -E "0,/^ten_mo_hinh: /s/^ten_mo_hinh: (.*)$/ten_mo_hinh: \"Mô hình sửa lần $i\"/" "$file"
  echo "after changing $(basename "$file") ($i):"; build
done
