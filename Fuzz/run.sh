#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ (address sanitizer on), replays the
# committed corpus of each (Fuzz/corpus/TARGET/) and fuzzes it for SECONDS
# seconds in all (default 60; the replay counts). Exits non-zero on any crash,
# trap, sanitizer report or failed check; the input that caused it is left in
# .build-fuzz/crashes/TARGET/ (see Fuzz/README.md).
#
#   Fuzz/run.sh [SECONDS] [TARGET ...]      targets: edtf names quotes schema claims entities documents csv fts exports index
#   RUNS=N Fuzz/run.sh 0 TARGET ...         N executions per target instead of a time
#   JOBS=N Fuzz/run.sh ...                  N targets at a time (default 1)
#   FUZZ_CONFIG=debug Fuzz/run.sh ...       the libraries unoptimized: compiled in about half
#                                           the time, run slower (what CI's short runs use)
#   Fuzz/run.sh --update-corpus [TARGET ...]
#       boils the seeds of Fuzz/seeds.py, the committed corpus and what earlier
#       runs found (.build-fuzz/corpus/TARGET/) down to the fewest inputs that cover
#       the same edges (not hit counts), and writes them to Fuzz/corpus/TARGET/
#       (commit the change)
#
# Several runs may share the tree at once. The libraries (HistoryGraph, and the
# interchange formats and the index above it) are built by SwiftPM with coverage
# (-sanitize=fuzzer,address); each target is one Swift file (plus Fuzz/Support/)
# linked against them by swiftc, as libFuzzer brings its own main.
# Work files stay in .build-fuzz/ (not committed).
set -euo pipefail
cd "$(dirname "$0")/.."
# Swift's own crash reporter can hang beside the address sanitizer; libFuzzer prints the stack.
export SWIFT_BACKTRACE=enable=no
update=false
if [[ "${1:-}" == --update-corpus ]]; then update=true; shift; set -- 0 "$@"; fi
seconds=${1:-60}
shift || true
targets=("${@:-edtf names quotes schema claims entities documents csv fts exports index}")
targets=(${targets[@]})
jobs=${JOBS:-1}
scratch=.build-fuzz
# The libraries' build: release (fast executions) unless FUZZ_CONFIG=debug (a quicker compile, for CI's short runs).
config=${FUZZ_CONFIG:-release}
build=$scratch/x86_64-unknown-linux-gnu/$config
# Each target and Fuzz/Support/ are compiled as the libraries are: optimized, or not (debug).
optimize=(-O); [[ $config == debug ]] && optimize=(-Onone)

for library in HistoryGraphInterchange HistoryIndex; do
  swift build -c "$config" --scratch-path "$scratch" --target "$library" -Xswiftc -sanitize=fuzzer,address
done
echo "fuzz: libraries built in $SECONDS s"

# The objects of the libraries and everything under them.
objects=()
for module in HistoryGraphInterchange CInterruption HistoryIndex HistoryGraph HistoryModel GraphEngine Yams CYaml OrderedCollections InternalCollectionsUtilities; do
  while IFS= read -r -d '' file; do objects+=("$file"); done < <(find "$build/$module.build" -name '*.o' -print0)
done
package=$(basename "$PWD" | tr '[:upper:]' '[:lower:]' | sed 's/[^a-z0-9_]/_/g')  # as SwiftPM names the root package
yaml=$scratch/checkouts/Yams/Sources/CYaml/include

# Links fuzz-TARGET (the entry points in Fuzz/Support/ reach the library at `package` access).
link() {
  local target=$1
  swiftc "${optimize[@]}" -sanitize=fuzzer,address -parse-as-library -package-name "$package" -module-name "fuzz_$target" -I "$build/Modules" \
    -Xcc -fmodule-map-file="$yaml/module.modulemap" -Xcc -I -Xcc "$yaml" -Xcc -fmodule-map-file=Sources/CSQLite/module.modulemap \
    -Xcc -fmodule-map-file="$build/CInterruption.build/module.modulemap" -Xcc -I -Xcc Sources/CInterruption/include \
    Fuzz/fuzz-$target/*.swift Fuzz/Support/*.swift "${objects[@]}" -lsqlite3 -o "$scratch/fuzz-$target" 2> >(grep -v "ld.gold: warning" >&2)
}

# Runs fuzz-TARGET over its committed corpus, keeping what it finds in .build-fuzz/corpus/TARGET/.
fuzz() {
  local target=$1 binary=$scratch/fuzz-$target corpus=$scratch/corpus/$target crashes=$scratch/crashes/$target
  local log=$scratch/fuzz-$target.log
  mkdir -p "$corpus" "$crashes"
  if [[ -n "${RUNS:-}" ]]; then budget=(-runs="$RUNS"); what="$RUNS executions"
  else budget=(-max_total_time="$seconds"); what="$seconds s"; fi
  if ! "$binary" "$corpus" "Fuzz/corpus/$target" "${budget[@]}" -max_len=8192 -timeout=10 -rss_limit_mb=4096 \
      -artifact_prefix="$crashes/" -print_final_stats=1 2> "$log"; then
    { echo "fuzz-$target FAILED: see $log and $crashes/"; tail -40 "$log"; } >&2
    return 1
  fi
  echo "fuzz-$target: $what, $(grep -o 'INITED cov: [0-9]*' "$log" | head -1 | sed 's/INITED //') from the corpus ($(ls "Fuzz/corpus/$target" | wc -l) inputs)," \
    "$(grep -o 'cov: [0-9]*' "$log" | tail -1) at the end, $(grep -o 'number_of_executed_units: [0-9]*' "$log" | sed 's/.*: //') executions"
}

# Replaces Fuzz/corpus/TARGET/ with the inputs of the seeds, the corpus and earlier finds that add coverage.
update_corpus() {
  local target=$1 seeds=$2 merged=$scratch/merged.$$/$1
  rm -rf "$merged" && mkdir -p "$merged" "$scratch/corpus/$target" "Fuzz/corpus/$target"
  "$scratch/fuzz-$target" -merge=1 -use_counters=0 -max_len=8192 -timeout=10 -rss_limit_mb=4096 "$merged" \
    "Fuzz/corpus/$target" "$seeds/$target" "$scratch/corpus/$target" 2> "$scratch/merge-$target.log"
  rm -rf "Fuzz/corpus/$target" && mv "$merged" "Fuzz/corpus/$target"
  echo "Fuzz/corpus/$target: $(ls "Fuzz/corpus/$target" | wc -l) inputs, $(grep -o 'cov: [0-9]*' "$scratch/merge-$target.log" | tail -1)"
}

if $update; then
  for target in "${targets[@]}"; do link "$target"; done
  seeds=$scratch/seeds.$$
  trap 'rm -rf "$seeds" "$scratch/merged.$$"' EXIT
  python3 Fuzz/seeds.py "$seeds"
  for target in "${targets[@]}"; do update_corpus "$target" "$seeds"; done
  exit 0
fi

# JOBS targets at a time, each linked then run; the status is each target's, the output one block per target.
for target in "${targets[@]}"; do
  rm -f "$scratch/fuzz-$target.status"
  { t=$SECONDS; if link "$target" && echo "fuzz-$target: linked in $((SECONDS - t)) s" && fuzz "$target"; then s=0; else s=1; fi; echo $s > "$scratch/fuzz-$target.status"; } > "$scratch/fuzz-$target.summary" 2>&1 &
  while (( $(jobs -rp | wc -l) >= jobs )); do wait -n || true; done
done
wait
status=0
for target in "${targets[@]}"; do
  cat "$scratch/fuzz-$target.summary"
  [[ "$(cat "$scratch/fuzz-$target.status" 2>/dev/null)" == 0 ]] || status=1
done
exit $status
