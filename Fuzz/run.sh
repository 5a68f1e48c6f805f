#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ (address sanitizer on) and runs each for
# SECONDS seconds (default 60) from a seed corpus made from the curated graph.
# Exits non-zero on any crash, trap, leak-free sanitizer report or failed check;
# the input that caused it is left in .build-fuzz/crashes/TARGET/.
#
#   Fuzz/run.sh [SECONDS] [TARGET ...]      targets: edtf names quotes schema claims
#   RUNS=N Fuzz/run.sh 0 TARGET ...         N executions per target instead of a time
#
# Several runs may share the tree at once (each makes its own seed folder).
# The library is built by SwiftPM with coverage (-sanitize=fuzzer,address); each
# target is a single Swift file linked against it by swiftc, as libFuzzer brings
# its own main. Work files stay in .build-fuzz/ (not committed).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("${@:-edtf names quotes schema claims}")
targets=(${targets[@]})
scratch=.build-fuzz
build=$scratch/x86_64-unknown-linux-gnu/release

swift build -c release --scratch-path "$scratch" --target HistoryGraph -Xswiftc -sanitize=fuzzer,address

# The objects of HistoryGraph and everything under it.
objects=()
for module in HistoryGraph HistoryModel GraphEngine Yams CYaml OrderedCollections InternalCollectionsUtilities; do
  while IFS= read -r -d '' file; do objects+=("$file"); done < <(find "$build/$module.build" -name '*.o' -print0)
done
package=$(basename "$PWD" | tr '[:upper:]' '[:lower:]' | sed 's/[^a-z0-9_]/_/g')  # as SwiftPM names the root package
yaml=$scratch/checkouts/Yams/Sources/CYaml/include

# Seed corpora from the curated graph.
seeds=$scratch/seeds.$$
trap 'rm -rf "$seeds"' EXIT
rm -rf "$seeds" && mkdir -p "$seeds"/{edtf,names,quotes,schema,claims}
python3 - "$seeds" <<'PY'
import glob, os, re, sys
seeds = sys.argv[1]
def put(target, name, data):
    with open(os.path.join(seeds, target, name), "wb") as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)
dates, names, quotes = set(), set(), []
for path in sorted(glob.glob("Graph/claims/*.yaml")):
    text = open(path, encoding="utf-8").read()
    dates.update(re.findall(r'edtf: "([^"]+)"', text) + re.findall(r'time: "([^"]+)"', text))
    quotes += re.findall(r'quote: "([^"]+)"', text)[:20]
    for i, chunk in enumerate(text.split("\n- id: ")[1:40]):
        put("claims", f"{os.path.basename(path)}-{i}", "- id: " + chunk)
for path in sorted(glob.glob("Graph/entities/*.yaml")):
    names.update(re.findall(r'(?:kk|ru|en|kk-Latn): "([^"]+)"', open(path, encoding="utf-8").read()))
for i, d in enumerate(sorted(dates)[:300]): put("edtf", f"d{i}", d)
for i, n in enumerate(sorted(names)[:300]): put("names", f"n{i}", n)
seedtexts = sorted(glob.glob("../shared/seeds/*"))
body = open(seedtexts[0], encoding="utf-8").read()[:3000] if seedtexts else "Алашорда үкіметінің төрағасы"
for i, q in enumerate(quotes[:200]): put("quotes", f"q{i}", body.encode() + b"\0" + q.encode())
put("schema", "schema", open("Graph/schema.yaml", encoding="utf-8").read())
PY

status=0
for target in "${targets[@]}"; do
  source=$(ls Fuzz/fuzz-$target/*.swift)
  binary=$scratch/fuzz-$target
  swiftc -O -sanitize=fuzzer,address -parse-as-library -package-name "$package" -I "$build/Modules" \
    -Xcc -fmodule-map-file="$yaml/module.modulemap" -Xcc -I -Xcc "$yaml" \
    "$source" "${objects[@]}" -o "$binary" 2> >(grep -v "ld.gold: warning" >&2)
  corpus=$scratch/corpus/$target
  crashes=$scratch/crashes/$target
  mkdir -p "$corpus" "$crashes"
  if [[ -n "${RUNS:-}" ]]; then budget=(-runs="$RUNS"); echo "fuzz-$target: $RUNS executions"
  else budget=(-max_total_time="$seconds"); echo "fuzz-$target: $seconds s"; fi
  if ! "$binary" "$corpus" "$seeds/$target" "${budget[@]}" -max_len=8192 -timeout=10 -rss_limit_mb=4096 \
      -artifact_prefix="$crashes/" -print_final_stats=1 2> "$scratch/fuzz-$target.log"; then
    echo "fuzz-$target FAILED: see $scratch/fuzz-$target.log and $crashes/" >&2
    tail -40 "$scratch/fuzz-$target.log" >&2
    status=1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$scratch/fuzz-$target.log" | sed "s/^/  /"
done
exit $status
