#!/usr/bin/env bash
# Where a first start's CPU goes, beside the wall clock: starts the bare stack of ../shared/bench/startup.sh and the
# project's jar, interleaved, each on an empty data folder, and when /engine-rest/engine first answers 200 prints the
# seconds since launch, the CPU seconds the process used by then, and how much of that the JIT compiler threads used
# (C1 and C2, from /proc/<pid>/task). Run from the project root after `mvn -q -B -DskipTests package` and one run of
# ../shared/bench/startup.sh (which builds the bare stack). Usage: tools/startup_cpu.sh [rounds]
set -u
rounds=${1:-3}
bare=${TMPDIR:-/tmp}/bare-stack-build/target/bare-stack-1.jar
proj=$(ls -t "$PWD"/target/*.jar | grep -v original | head -1)
[ -f "$bare" ] || { echo "no bare stack at $bare: run ../shared/bench/startup.sh once first"; exit 1; }
ticks=$(getconf CLK_TCK)
cpu() {  # pid [thread-name-pattern] -> CPU seconds of the process, or of its threads whose name matches
  if [ -z "${2:-}" ]; then
    awk -v t="$ticks" '{ print ($14 + $15) / t }' "/proc/$1/stat"
  else
    local sum=0
    for task in /proc/"$1"/task/*; do
      if grep -q "$2" "$task/comm" 2>/dev/null; then
        sum=$(awk -v s="$sum" -v t="$ticks" '{ print s + ($14 + $15) / t }' "$task/stat")
      fi
    done
    echo "$sum"
  fi
}
one() {  # label jar port
  local d; d=$(mktemp -d); local t0; t0=$(date +%s.%N)
  ( cd "$d" && exec java -jar "$2" --server.port="$3" >"$d/log" 2>&1 ) & local pid=$!
  for _ in $(seq 1 1200); do
    curl -s -o /dev/null -f -u admin:admin "http://127.0.0.1:$3/engine-rest/engine" && break
    sleep 0.1
  done
  local t1; t1=$(date +%s.%N)
  printf "%-8s wall %5.1f s  cpu %5.1f s  jit %5.1f s\n" "$1" "$(echo "$t1 - $t0" | bc)" "$(cpu $pid)" \
    "$(cpu $pid 'C[12] CompilerThre')"
  kill $pid; wait $pid 2>/dev/null; rm -rf "$d"
}
for _ in $(seq 1 "$rounds"); do
  one bare "$bare" 18111
  one project "$proj" 18112
done
