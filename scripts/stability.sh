#!/usr/bin/env bash
# The stability check: `npm test` RUNS times in a row (default 5) while another process keeps one
# core busy, as on a shared 2-core CI machine. Prints each run's result and duration, keeps each
# run's output in .cache/stability/, and fails unless every run passed.
#   npm run stability            # five runs
#   npm run stability -- 1       # one run
set -u
runs=${1:-5}
cd "$(dirname "$0")/.."
mkdir -p .cache/stability

# One core kept busy for the whole check; stopped however the script ends.
node -e 'for (;;) {}' &
burner=$!
trap 'kill "$burner" 2>/dev/null' EXIT INT TERM

passed=0
for run in $(seq 1 "$runs"); do
  log=".cache/stability/run-$run.log"
  began=$(date +%s)
  if npm test >"$log" 2>&1; then
    result=passed
    passed=$((passed + 1))
  else
    result=FAILED
  fi
  echo "run $run of $runs: $result in $(($(date +%s) - began)) s; $(grep -E '^(All [0-9]+ steps passed|[0-9]+ of [0-9]+ steps failed)' "$log" | tail -1) (output: $log)"
  # Which steps failed, and how long each took, from the run's own summary.
  [ "$result" = passed ] || grep -E '^[✔✖] ' "$log" | sed 's/^/    /'
done
echo "$passed of $runs runs passed while one core was busy."
[ "$passed" -eq "$runs" ]
