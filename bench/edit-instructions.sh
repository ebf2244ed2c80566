#!/usr/bin/env bash
# Instructions per edit (valgrind callgrind), for each library folder given (default: the staged library), against
# jansson handling the same bytes in the same run: a change to an edit's path shows as a row, on a busy machine too.
# Each count is of 1 000 edits minus a run with none, divided by 1 000.
#   bench/edit-instructions.sh [LIBDIR ...]      e.g. an older build's stage/lib beside build/stage/lib
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- build/stage/lib
bin=build/bench/edit_instructions
mkdir -p build/bench
cc -O2 -std=c99 -Wall -Wextra -Werror -o $bin bench/c/edit_instructions.c -I include \
    $(pkg-config --cflags --libs jansson) -L "$1" -limpactkit
count() {  # LIBDIR KIND → instructions per edit
    local runs=()
    for n in 0 1000; do
        runs+=("$(LD_LIBRARY_PATH=$1 valgrind --tool=callgrind --callgrind-out-file=/dev/null $bin $n "$2" 2>&1 |
            sed -n 's/.*refs: *//p' | tr -d ,)")
    done
    echo $(((runs[1] - runs[0]) / 1000))
}
printf "%-52s %12s %12s %8s\n" "instructions per edit (canvas of 1 000 cards)" "ImpactKit" "jansson" "ratio"
for kind in effect apply; do
    peer=$(count "$1" "peer-$kind")
    for lib in "$@"; do
        ours=$(count "$lib" "$kind")
        printf "%-52s %12d %12d %7.2fx\n" "$kind ($lib)" "$ours" "$peer" "$(echo "$ours / $peer" | bc -l)"
    done
done
