#!/usr/bin/env bash
# Search in the browser on a large synthetic registry: generates it, builds it (JVM capped at 1 GB), then measures
# in headless Chromium. Needs chromium and chromium-driver (as .ci/run installs). Figures: docs/PERFORMANCE.md.
#   bench/search.sh                 # 10,000 units, 5 years: about 52,000 models
#   UNITS=1000 YEARS=1 bench/search.sh
set -euo pipefail
cd "$(dirname "$0")/.."
units=${UNITS:-10000}
years=${YEARS:-5}
work=target/bench/search
mkdir -p target/bench
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench/classpath.txt -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/bench/classpath.txt)"
rm -rf "$work"
java -cp "$cp" vn.somohinh.bench.RegistryGenerator --units "$units" --years "$years" --out "$work/root"
cp -r templates content assets "$work/root/"
/usr/bin/time -f "build: %e s wall, %M KB peak resident memory" \
  java -Xmx1g -cp "$cp" vn.somohinh.cli.Main build --root "$work/root" --out "$work/site" > "$work/build.log" 2> "$work/build.err" \
  || { tail -5 "$work/build.err"; exit 1; }
tail -1 "$work/build.err"
java -cp "$cp" vn.somohinh.browser.SearchBench "$work/site" 2> >(grep -v -e '^WARNING' -e SLF4J >&2)
