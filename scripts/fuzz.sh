#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/ (Swift core + C export layer instrumented with libFuzzer and ASan) and runs
# each for SECONDS seconds on its seed corpus. Usage: scripts/fuzz.sh [SECONDS]   (default 10)
# A crash leaves its input in build/fuzz/crashes/ and makes this script fail.
#   FUZZ_SANITIZERS=fuzzer   libFuzzer without ASan (build/fuzz-plain): Swift's traps still end a run, and it runs
#                            several times faster, which is what the release's 10 M executions per target need.
#   FUZZ_RUNS=N              stop each target after N executions (SECONDS is then the ceiling).
#   FUZZ_TARGETS="A B"       only these targets.
#   FUZZ_RECORD=FILE         where each run's line goes (default build/fuzz-runs.tsv; the release campaign,
#                            scripts/fuzz-campaign.sh, keeps fuzz/runs.tsv).
#   FUZZ_BUILD_ONLY=1        build, run nothing.
# Both builds share the corpus in build/fuzz/corpus, so what one finds the other starts from.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
sanitizers=${FUZZ_SANITIZERS:-fuzzer,address}
case "$sanitizers" in
    fuzzer,address) out=build/fuzz ;;
    fuzzer) out=build/fuzz-plain ;;
    *) echo "fuzz: FUZZ_SANITIZERS is fuzzer,address or fuzzer, not $sanitizers" >&2; exit 2 ;;
esac
corpora=build/fuzz/corpus
mkdir -p "$out/crashes" "$out/bin" "$out/logs"
flags=(-sanitize="$sanitizers" -parse-as-library -package-name impactkit -O -g -use-ld=lld -I Sources/CJansson -I Sources/JanssonAllocation/include
       -I Sources/CHost/include
       -I include -I "$out")
sources_core=$(find Sources/ImpactKit -name '*.swift' | sort)
sources_c=$(find Sources/ImpactKitC -name '*.swift' | sort)

# The instrumented library is rebuilt when one of its sources changed (not the CLI's); a target when its driver,
# the shared checks or the library changed.
stamp="$out/.stamp"
if [ ! -f "$stamp" ] || [ ! -f "$out/libImpactKitC.a" ] || [ -n "$(find Sources/ImpactKit Sources/ImpactKitC Sources/CJansson Sources/JanssonAllocation Sources/CHost include -newer "$stamp" \( -name '*.swift' -o -name '*.h' -o -name '*.c' \) | head -1)" ]; then
    echo "fuzz: building instrumented library" >&2
    # `-static` archives are appended to, not replaced: a file removed from Sources would linger in the old one.
    rm -f "$out"/libImpactKit.a "$out"/libImpactKitC.a "$out"/bin/Fuzz*
    # The one C file of the core (jansson's allocation recorder), compiled by the toolchain's clang, instrumented too.
    c_sanitizers=fuzzer-no-link${sanitizers#fuzzer}
    "$(dirname "$(command -v swiftc)")/clang" -O1 -g -fsanitize="$c_sanitizers" -I Sources/JanssonAllocation/include \
        -c Sources/JanssonAllocation/jansson_allocation.c -o "$out/jansson_allocation.o"
    swiftc "${flags[@]}" -emit-library -static -module-name ImpactKit -emit-module \
        -emit-module-path "$out/ImpactKit.swiftmodule" $sources_core -o "$out/libImpactKit.a"
    swiftc "${flags[@]}" -emit-library -static -module-name ImpactKitC -emit-module \
        -emit-module-path "$out/ImpactKitC.swiftmodule" $sources_c -o "$out/libImpactKitC.a"
    touch "$stamp"
fi
for driver in fuzz/Fuzz*.swift; do
    name=$(basename "$driver" .swift)
    [ "$name" = FuzzChecks ] && continue
    if [ -n "${FUZZ_TARGETS:-}" ] && [[ " $FUZZ_TARGETS " != *" $name "* ]]; then continue; fi
    binary="$out/bin/$name"
    if [ -f "$binary" ] && [ "$binary" -nt "$driver" ] && [ "$binary" -nt fuzz/FuzzChecks.swift ] \
        && [ "$binary" -nt "$stamp" ]; then continue; fi
    echo "fuzz: building $name" >&2
    swiftc "${flags[@]}" -module-name "$name" "$driver" fuzz/FuzzChecks.swift \
        "$out/libImpactKitC.a" "$out/libImpactKit.a" "$out/jansson_allocation.o" -ljansson -o "$binary"
done

[ -n "${FUZZ_BUILD_ONLY:-}" ] && exit 0
export SWIFT_BACKTRACE=enable=no   # let ASan/libFuzzer report, not Swift's crash handler
status=0
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
record=${FUZZ_RECORD:-build/fuzz-runs.tsv}
limit=()
[ -n "${FUZZ_RUNS:-}" ] && limit=(-runs="$FUZZ_RUNS")
for driver in fuzz/Fuzz*.swift; do
    name=$(basename "$driver" .swift)
    [ "$name" = FuzzChecks ] && continue
    if [ -n "${FUZZ_TARGETS:-}" ] && [[ " $FUZZ_TARGETS " != *" $name "* ]]; then continue; fi
    binary="$out/bin/$name"
    corpus="$corpora/$name"
    mkdir -p "$corpus"
    seeds="fuzz/corpus/$name"
    echo "fuzz: $name ($sanitizers) for ${seconds}s${FUZZ_RUNS:+ or $FUZZ_RUNS runs}" >&2
    started=$(date +%s)
    # Each run writes a log of its own and it becomes $name.log when done: two runs of one target at once (a
    # campaign and a hand-run) wrote into one file and the later read the other's count.
    log="$out/logs/$name.$$.log"
    if ! "$binary" -max_total_time="$seconds" "${limit[@]}" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
        -artifact_prefix="$out/crashes/$name-" -print_final_stats=1 "$corpus" "$seeds" > "$log" 2>&1; then
        echo "fuzz: $name FAILED — see $out/logs/$name.log and $out/crashes/" >&2
        tail -40 "$log" >&2
        status=1
        result=failed
    else
        result=passed
    fi
    grep -aE "stat::number_of_executed_units|stat::peak_rss_mb|cov:" "$log" | tail -3 | sed "s/^/  $name: /" >&2 || true
    # One line per run, so a release can show how many executions each target had (fuzz/runs.tsv; make fuzz-status).
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    mv -f "$log" "$out/logs/$name.log"
    # The id of what this target exercises, so that commits that changed only docs or the CLI count for the same code.
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$(bash scripts/fuzz-campaign.sh --tree "$name")" \
        "$commit" "$name" "$sanitizers" \
        "${runs:-0}" "$(($(date +%s) - started))" "$result" >> "$record"
done
exit $status
