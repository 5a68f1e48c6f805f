#!/usr/bin/env bash
# Whole-process time and peak memory of each command of issue 27's table, median
# of RUNS runs (default 3), on one graph: compile (`index`), then the warm commands.
# Prints one line per command: median wall seconds, median CPU seconds (user +
# system: on a shared machine the wall time waits for a core), median peak MiB,
# and every run's wall seconds.
#
#   BIN=.build-release/release/history-graph Benchmarks/commands.sh GRAPH CORPUS FROM TO X DATE NAME WORD
#   (curated: Graph ../shared/seeds alikhan-bokeikhanov vladimir-lenin alikhan-bokeikhanov 1918-03 Bokeikhanov Орынбор)
#   (generated: DIR/Graph DIR/corpus e0 e1 e0 1918-03-15 "Entity 17" Орынбор)
# ONLY="rank as-of" times only the commands whose label starts with one of these words.
set -uo pipefail
bin=${BIN:-.build-release/release/history-graph}
runs=${RUNS:-3}
graph=$1 corpus=$2 from=$3 to=$4 x=$5 date=$6 name=$7 word=$8
g=(--graph "$graph" --corpus "$corpus")
timing=$(mktemp)
trap 'rm -f "$timing"' EXIT

measure() {  # label, arguments…
  local label=$1; shift
  if [ -n "${ONLY:-}" ] && ! [[ " $ONLY " == *" ${label%% *} "* ]]; then return; fi
  local seconds=() cpu=() mib=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$timing" "$bin" "$@" "${g[@]}" > /dev/null 2>&1
    read -r s u y k < <(tail -1 "$timing")
    seconds+=("$s") cpu+=("$(awk "BEGIN { printf \"%.2f\", $u + $y }")") mib+=($((k / 1024)))
  done
  median() { printf '%s\n' "$@" | sort -g | sed -n "$(((runs + 1) / 2))p"; }
  printf '%-40s %8s s %8s s CPU %6s MiB   (runs: %s s)\n' "$label" "$(median "${seconds[@]}")" "$(median "${cpu[@]}")" "$(median "${mib[@]}")" "${seconds[*]}"
}

measure "index" index
measure "path A B" path "$from" "$to"
measure "path A B --method k-shortest --k 3" path "$from" "$to" --method k-shortest --k 3
measure "show X" show "$x"
measure "timeline X" timeline "$x"
measure "neighbors X --depth 2" neighbors "$x" --depth 2
measure "as-of DATE" as-of "$date"
measure "rank --top 5" rank --top 5
measure "search NAME" search "$name"
measure "mentions WORD" mentions "$word"
measure "mentions WORD --uncited" mentions "$word" --uncited
measure "export --format json" export --format json
measure "export --format geojson" export --format geojson
measure "stats" stats
measure "conflicts" conflicts
measure "validate" validate
