#!/usr/bin/env bash
# Instruction counts (valgrind callgrind) of ImpactKit against raw jansson on the same bytes: repeatable on a busy
# shared machine, where wall-clock times vary by ±30 %. Usage: bench/instructions.sh [LIBDIR] (default: the staged
# library). Each count is of N extra runs after one warm-up run, minus a run with N = 0, divided by N.
set -euo pipefail
cd "$(dirname "$0")/.."
lib=${1:-build/stage/lib}
bin=build/bench/bench_abi
data=build/bench/data
count() {  # SIZE OP N → instructions per run
    local base extra
    base=$(LD_LIBRARY_PATH=$lib valgrind --tool=callgrind --callgrind-out-file=/dev/null $bin --count $data "$1" "$2" 0 2>&1 \
        | sed -n 's/.*refs: *//p' | tr -d ,)
    extra=$(LD_LIBRARY_PATH=$lib valgrind --tool=callgrind --callgrind-out-file=/dev/null $bin --count $data "$1" "$2" "$3" 2>&1 \
        | sed -n 's/.*refs: *//p' | tr -d ,)
    echo $(( (extra - base) / $3 ))
}
printf "%-40s %16s %16s %8s\n" "instructions per document ($lib)" "ImpactKit" "jansson" "ratio"
for spec in "small 50" "large 4" "huge 1"; do
    set -- $spec
    for pair in "ours jansson round trip (load+validate+write)" "load loadb load+validate" "evaluate ours load+evaluate vs round trip"; do
        set -- $spec $pair
        ours=$(count "$1" "$3" "$2"); peer=$(count "$1" "$4" "$2")
        printf "%-40s %16d %16d %7.2fx\n" "$1: ${*:5}" "$ours" "$peer" "$(echo "$ours / $peer" | bc -l)"
    done
done
