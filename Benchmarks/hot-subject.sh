#!/usr/bin/env bash
# Time and peak memory of `stats` and `conflicts` on the curated graph plus N
# generated claims about one subject, relation and object (each with its own
# date), for N = 10,000 and 100,000: disagreements and corroboration must grow
# no worse than n log n. The generated graphs go to Benchmarks/data/ (not committed).
#
#   swift build -c release && Benchmarks/hot-subject.sh [N ...]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/history-graph
corpus=../shared/seeds
sizes=("${@:-10000 100000}")
for n in ${sizes[@]}; do
  dir=Benchmarks/data/hot-$n
  rm -rf "$dir" && mkdir -p "$dir" && cp -r Graph "$dir/"
  python3 - "$n" "$dir/Graph/claims/zz-hot.yaml" <<'PY'
import sys
n, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w") as f:
    for i in range(n):
        f.write('- id: zz-%d\n  subject: vladimir-lenin\n  relation: member_of\n  object: bolsheviks\n'
                '  time: "%04d-%02d-%02d"\n  sources: [{document: d000, quote: "Ленин"}]\n'
                % (i, 1000 + i % 900, 1 + i % 12, 1 + i % 28))
PY
  for command in validate stats conflicts; do
    /usr/bin/time -f "$n claims  $command  %e s  %M KiB peak" "$bin" "$command" --graph "$dir/Graph" --corpus "$corpus" > /dev/null
  done
done
