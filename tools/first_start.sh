# Sourced by the start-up scripts: a first start of a jar on an empty data folder, timed to its first 200.
# first_start jar port [poll-seconds]: starts the jar and waits for /engine-rest/engine to answer 200 (as
# ../shared/bench/startup.sh does); leaves START_PID, START_DIR and START_SECONDS (launch to the first 200) set.
# first_start_stop: stops it and removes its folder.
first_start() {
  START_DIR=$(mktemp -d)
  local t0; t0=$(date +%s.%N)
  ( cd "$START_DIR" && exec java -jar "$1" --server.port="$2" >"$START_DIR/log" 2>&1 ) &
  START_PID=$!
  local poll=${3:-0.2}
  for _ in $(seq 1 "$(echo "120 / $poll" | bc)"); do
    curl -s -o /dev/null -f -u admin:admin "http://127.0.0.1:$2/engine-rest/engine" && break
    sleep "$poll"
  done
  START_SECONDS=$(echo "$(date +%s.%N) - $t0" | bc)
}
first_start_stop() {
  kill "$START_PID"; wait "$START_PID" 2>/dev/null; rm -rf "$START_DIR"
}
