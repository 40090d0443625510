#!/usr/bin/env bash
# import of a compiled table: writes a workbook of 10,000 rows (bench WorkbookGenerator) and times import into a
# copy of the default data, a second import of the same file (which writes nothing), then validate.
# JVM capped at 1 GB, C1 as in the build. Figures: docs/PERFORMANCE.md.
#   bench/import.sh            # 10,000 rows
#   ROWS=1000 bench/import.sh
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${ROWS:-10000}
work=target/bench/import
mkdir -p target/bench
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench/classpath.txt -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/bench/classpath.txt)"
rm -rf "$work" && mkdir -p "$work/root"
cp -r data schema "$work/root/"
java -cp "$cp" vn.somohinh.bench.WorkbookGenerator --rows "$rows" --out "$work/bang-tong-hop.xlsx"
run() {
  /usr/bin/time -f "$1: %e s wall, %U s user, %M KB peak" java -Xms1g -Xmx1g -XX:+UseParallelGC -XX:TieredStopAtLevel=1 \
    -cp "$cp" vn.somohinh.cli.Main "${@:2}" --root "$work/root" > "$work/out.txt" 2> "$work/err.txt" || true
  grep -E 'wall|Đã ghi|lỗi' "$work/err.txt" "$work/out.txt" | grep -v 'Đã tạo' | tail -3
}
run "import" import "$work/bang-tong-hop.xlsx" --year 2023
run "import again" import "$work/bang-tong-hop.xlsx" --year 2023
run "validate after" validate
