#!/usr/bin/env bash
# Whole-process time and peak memory of commands on the curated graph and on
# generated graphs (Benchmarks/generate-graph.py, written to Benchmarks/data/,
# not committed): the first command after a change (YAML read + index compiled),
# `index` alone, then warm commands that read the index (3 runs each): `show` and
# an unfiltered `path` read a part of it, a filtered `path` and `validate` all of it.
# BEFORE=path/to/an/older/history-graph also times that binary (it reads the YAML every time).
#
#   swift build -c release --product history-graph && Benchmarks/index.sh [CLAIMS ...]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BIN:-.build/release/history-graph}
corpus=../shared/seeds

measure() {  # label, binary, arguments…
  local label=$1 binary=$2; shift 2
  /usr/bin/time -f "%e s  %M KiB peak" -o /tmp/index-bench-time "$binary" "$@" > /dev/null 2>&1 || true
  printf '%-44s %s\n' "$label" "$(cat /tmp/index-bench-time | tail -1)"
}

run() {  # name, graph, corpus, path-from, path-to, show, word
  local name=$1 graph=$2 corpus=$3 from=$4 to=$5 show=$6 word=$7
  local g=(--graph "$graph" --corpus "$corpus")
  echo "== $name"
  if [ -n "${BEFORE:-}" ]; then
    for command in validate "path $from $to" "show $show"; do
      # shellcheck disable=SC2086
      measure "before: $command" "$BEFORE" $command "${g[@]}"
    done
  fi
  rm -rf "$graph/.index"
  measure "cold validate (YAML + compile)" "$bin" validate "${g[@]}"
  measure "index (compile only)" "$bin" index "${g[@]}"
  ls -l "$graph"/.index/*.sqlite | awk '{size += $5} END {printf "%-44s %d KiB\n", "index size (main and full-text files)", size / 1024}'
  for i in 1 2 3; do
    measure "warm validate #$i" "$bin" validate "${g[@]}"
    measure "warm path $from $to #$i" "$bin" path "$from" "$to" "${g[@]}"
    measure "warm show $show #$i" "$bin" show "$show" "${g[@]}"
    measure "warm mentions $word #$i" "$bin" mentions "$word" "${g[@]}"
    measure "warm search --text $word #$i" "$bin" search --text "$word" "${g[@]}"
    measure "warm path --as-of 1918 (whole graph) #$i" "$bin" path "$from" "$to" --as-of 1918 "${g[@]}"
  done
}

run curated Graph "$corpus" alikhan-bokeikhanov vladimir-lenin alikhan-bokeikhanov Орынбор
for n in "${@:-100000}"; do
  dir=Benchmarks/data/g$n
  [ -d "$dir/Graph" ] || python3 Benchmarks/generate-graph.py "$n" "$dir"
  run "$n claims" "$dir/Graph" "$dir/corpus" e0 e1 e0 Орынбор
done
