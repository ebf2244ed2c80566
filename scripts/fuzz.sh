#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/ (Swift core + C export layer instrumented with libFuzzer and ASan) and runs
# each for SECONDS seconds on its seed corpus. Usage: scripts/fuzz.sh [SECONDS]   (default 10)
# A crash leaves its input in build/fuzz/crashes/ and makes this script fail.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
out=build/fuzz
mkdir -p "$out/crashes" "$out/bin" "$out/logs"
flags=(-sanitize=fuzzer,address -parse-as-library -package-name impactkit -O -g -use-ld=lld -I Sources/CJansson -I Sources/JanssonAllocation/include
       -I Sources/CHost/include
       -I include -I "$out")
sources_core=$(find Sources/ImpactKit -name '*.swift' | sort)
sources_c=$(find Sources/ImpactKitC -name '*.swift' | sort)

stamp="$out/.stamp"
if [ ! -f "$stamp" ] || [ -n "$(find Sources fuzz include -newer "$stamp" \( -name '*.swift' -o -name '*.h' -o -name '*.c' \) | head -1)" ]; then
    echo "fuzz: building instrumented library" >&2
    # `-static` archives are appended to, not replaced: a file removed from Sources would linger in the old one.
    rm -f "$out"/libImpactKit.a "$out"/libImpactKitC.a "$out"/bin/Fuzz*
    # The one C file of the core (jansson's allocation recorder), compiled by the toolchain's clang, instrumented too.
    "$(dirname "$(command -v swiftc)")/clang" -O1 -g -fsanitize=fuzzer-no-link,address -I Sources/JanssonAllocation/include \
        -c Sources/JanssonAllocation/jansson_allocation.c -o "$out/jansson_allocation.o"
    swiftc "${flags[@]}" -emit-library -static -module-name ImpactKit -emit-module \
        -emit-module-path "$out/ImpactKit.swiftmodule" $sources_core -o "$out/libImpactKit.a"
    swiftc "${flags[@]}" -emit-library -static -module-name ImpactKitC -emit-module \
        -emit-module-path "$out/ImpactKitC.swiftmodule" $sources_c -o "$out/libImpactKitC.a"
    for driver in fuzz/Fuzz*.swift; do
        name=$(basename "$driver" .swift)
        [ "$name" = FuzzChecks ] && continue
        swiftc "${flags[@]}" -module-name "$name" "$driver" fuzz/FuzzChecks.swift \
            "$out/libImpactKitC.a" "$out/libImpactKit.a" "$out/jansson_allocation.o" -ljansson -o "$out/bin/$name"
    done
    touch "$stamp"
fi

export SWIFT_BACKTRACE=enable=no   # let ASan/libFuzzer report, not Swift's crash handler
status=0
for binary in "$out"/bin/Fuzz*; do
    name=$(basename "$binary")
    corpus="$out/corpus/$name"
    mkdir -p "$corpus"
    seeds="fuzz/corpus/$name"
    echo "fuzz: $name for ${seconds}s" >&2
    if ! "$binary" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
        -artifact_prefix="$out/crashes/$name-" -print_final_stats=1 "$corpus" "$seeds" > "$out/logs/$name.log" 2>&1; then
        echo "fuzz: $name FAILED — see $out/logs/$name.log and $out/crashes/" >&2
        tail -40 "$out/logs/$name.log" >&2
        status=1
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb|cov:" "$out/logs/$name.log" | tail -3 | sed "s/^/  $name: /" >&2 || true
done
exit $status
