#!/usr/bin/env bash
# Sổ mô hình beside Hugo, on the same synthetic registries (about 1,000, 10,000 and 50,000 models): wall time and
# peak resident memory of `validate` and of `build` (which validates, then writes every page, the search data and
# the report files), and of Hugo building one page per model plus the paged listing from the same files.
# Installs Debian's hugo and GNU time when missing. Figures and method: docs/PERFORMANCE.md.
#
#   bench/run.sh                          # all three sizes, 3 runs each, medians
#   SIZES="1000:1" RUNS=1 bench/run.sh    # units:years pairs; 1,000 units over 1 year is about 1,000 models
#   JAVA_OPTS="-Xmx1g" bench/run.sh       # the JVM options of our runs (default below)
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${SIZES:-"1000:1 2000:5 10000:5"}
runs=${RUNS:-3}
# The heap capped at 1 GB and taken whole at start in huge pages (a tenth of the page faults); the parallel
# collector; C1 only: on two cores the optimising compiler's own work cost more than the faster code saved.
java_opts=${JAVA_OPTS:-"-Xms1g -Xmx1g -XX:+AlwaysPreTouch -XX:+UseTransparentHugePages -XX:+UseParallelGC -XX:MetaspaceSize=256m -XX:TieredStopAtLevel=1"}
work=target/bench/run

need=()
command -v hugo >/dev/null || need+=(hugo)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]} (apt-get)" >&2
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

mvn -B -q -DskipTests package
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench/classpath.txt -Dmdep.includeScope=test
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench/runtime-classpath.txt -DincludeScope=runtime
# The generators are test code; the timed runs get the classpath a user's build has (exec:java's runtime scope).
# The test classpath holds Saxon (the HTML checker's), which POI would take as its XML transformer.
cp="target/classes:target/test-classes:$(cat target/bench/classpath.txt)"
run_cp="target/classes:$(cat target/bench/runtime-classpath.txt)"

# One timed run: prints "<seconds> <peak MB>"; the output folder is removed and the disk synced first, so that no
# run pays for the previous one's deletion.
timed() {
  local out=$1; shift
  rm -rf "$out"; sync
  /usr/bin/time -o "$work/time.txt" -f "%e %M" "$@" > "$work/last.log" 2>&1 \
    || { echo "failed: $*" >&2; tail -5 "$work/last.log" >&2; exit 1; }
  awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }' "$work/time.txt"
}

# The median of the first fields of the lines on stdin, with the second field of the same line.
median() {
  sort -n | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }'
}

mkdir -p "$work"
# validate of this repository's own data, JVM start included: the JVM's defaults, then C1 only (a short run gains
# nothing from the optimising compiler, which competes for the two cores).
printf '\n| default data, validate | s (median of %s) | MB |\n|---|---:|---:|\n' "$((runs * 2 + 1))"
for opts in "" "-XX:TieredStopAtLevel=1"; do
  : > "$work/small.txt"
  for _ in $(seq $((runs * 2 + 1))); do
    # shellcheck disable=SC2086
    timed "$work/none" java $opts -cp "$run_cp" vn.somohinh.cli.Main validate --root . >> "$work/small.txt"
  done
  read -r s sm < <(median < "$work/small.txt")
  printf '| java %s | %.2f | %d |\n' "${opts:-(defaults)}" "$s" "$sm"
done

printf '\nJVM: %s; %s runs each, medians; %s cores; %s\n\n' "$java_opts" "$runs" "$(nproc)" "$(hugo version | cut -d' ' -f1-2)"
printf '| models | units × years | validate s | build s | build MB | Hugo s | Hugo MB | build / Hugo | build µs per model |\n'
printf '|---:|---|---:|---:|---:|---:|---:|---:|---:|\n'
for size in $sizes; do
  units=${size%%:*}; years=${size##*:}
  dir=$work/$units-$years
  if [ ! -f "$dir/models.txt" ]; then
    rm -rf "$dir"; mkdir -p "$dir"
    java -cp "$cp" vn.somohinh.bench.RegistryGenerator --units "$units" --years "$years" --seed 1 --out "$dir/root" \
      | awk '{ print $1 }' > "$dir/models.txt"
    cp -r templates content assets "$dir/root/"
    java -cp "$cp" vn.somohinh.bench.HugoSite --data "$dir/root/data" --layouts bench/hugo --out "$dir/hugo" >/dev/null
    mkdir -p "$dir/hugo/static/css" && cp assets/css/site.css "$dir/hugo/static/css/"
  fi
  models=$(cat "$dir/models.txt")
  : > "$dir/validate.txt"; : > "$dir/build.txt"; : > "$dir/hugo.txt"
  for _ in $(seq "$runs"); do
    # shellcheck disable=SC2086
    timed "$dir/none" java $java_opts -cp "$run_cp" vn.somohinh.cli.Main validate --root "$dir/root" >> "$dir/validate.txt"
    # shellcheck disable=SC2086
    timed "$dir/site" java $java_opts -cp "$run_cp" vn.somohinh.cli.Main build --root "$dir/root" --out "$dir/site" >> "$dir/build.txt"
    timed "$dir/hugo/public" hugo --quiet -s "$dir/hugo" -d public >> "$dir/hugo.txt"
  done
  read -r v _ < <(median < "$dir/validate.txt")
  read -r b bm < <(median < "$dir/build.txt")
  read -r h hm < <(median < "$dir/hugo.txt")
  awk -v m="$models" -v u="$units" -v y="$years" -v v="$v" -v b="$b" -v bm="$bm" -v h="$h" -v hm="$hm" 'BEGIN {
    printf "| %d | %d × %d | %.1f | %.1f | %d | %.1f | %d | %.2f | %.0f |\n", m, u, y, v, b, bm, h, hm, b / h, b * 1e6 / m }'
done
