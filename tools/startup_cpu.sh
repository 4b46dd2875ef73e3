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
# shellcheck source=first_start.sh
. "$(dirname "$0")/first_start.sh"
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
  first_start "$2" "$3" 0.1
  printf "%-8s wall %5.1f s  cpu %5.1f s  jit %5.1f s\n" "$1" "$START_SECONDS" "$(cpu $START_PID)" \
    "$(cpu $START_PID 'C[12] CompilerThre')"
  first_start_stop
}
for _ in $(seq 1 "$rounds"); do
  one bare "$bare" 18111
  one project "$proj" 18112
done
