#!/usr/bin/env bash
# The release's fuzzing campaign (issue 37): every target gets GOAL executions (default 10 M) on the code the
# targets build (the library's sources, include/ and the drivers in fuzz/, as committed), over as many sittings
# as it takes. Each run appends a line to fuzz/runs.tsv (committed), so
# a campaign resumes where it stopped and a release names the counts its code had.
#   scripts/fuzz-campaign.sh [--until EPOCH] [--workers N] [--slice SECONDS] [--goal N] [--sanitizers …]
# Targets take turns of at most --slice seconds (default 900), the one closest to its goal in time first (its
# rate from the record; a target never run goes first, for a minute that measures it), so a sitting cut short by
# --until finishes what it can.
#   scripts/fuzz-campaign.sh --status     what each target has on this source tree
#   scripts/fuzz-campaign.sh --tree T     the id of what target T exercises, as committed
# Runs are counted only when what is fuzzed has no uncommitted change.
set -euo pipefail
cd "$(dirname "$0")/.."
record=fuzz/runs.tsv
# What a target's runs exercise: the library and C layer sources and include/ as committed, the target's driver,
# the checks it shares and its seeds. A change to the CLI, the bindings, the docs or another target keeps the count.
library=(Sources/ImpactKit Sources/ImpactKitC Sources/CJansson Sources/JanssonAllocation Sources/CHost include)
tree() {   # tree TARGET
    { git ls-tree HEAD "${library[@]}"; git ls-tree -r HEAD "fuzz/$1.swift" fuzz/FuzzChecks.swift "fuzz/corpus/$1"; } |
        git hash-object --stdin | cut -c1-12
}
until_epoch=0; workers=2; slice=900; goal=10000000; sanitizers=fuzzer; mode=run
while [ $# -gt 0 ]; do
    case "$1" in
        --tree) tree "$2"; exit 0 ;;
        --status) mode=status ;;
        --until) until_epoch=$2; shift ;;
        --workers) workers=$2; shift ;;
        --slice) slice=$2; shift ;;
        --goal) goal=$2; shift ;;
        --sanitizers) sanitizers=$2; shift ;;
        *) echo "fuzz-campaign: unknown argument $1" >&2; exit 2 ;;
    esac
    shift
done
targets=$(for driver in fuzz/Fuzz*.swift; do basename "$driver" .swift; done | grep -v '^FuzzChecks$')
done_for() {   # executions target $1 has on this tree, in runs that passed
    [ -f "$record" ] || { echo 0; return; }
    awk -F'\t' -v tree="$(tree "$1")" -v target="$1" \
        '$2 == tree && $4 == target && $8 == "passed" { sum += $6 } END { printf "%d\n", sum }' "$record"
}
if [ "$mode" = status ]; then
    printf '%-24s %12s  %s  (goal %s)\n' target executions code "$goal"
    for target in $targets; do printf '%-24s %12s  %s\n' "$target" "$(done_for "$target")" "$(tree "$target")"; done
    exit 0
fi
if ! git diff --quiet HEAD -- "${library[@]}" fuzz ':!fuzz/runs.tsv' || [ -n "$(git ls-files --others --exclude-standard fuzz)" ]; then
    echo "fuzz-campaign: the fuzzed code (${library[*]} fuzz) has uncommitted changes; commit them first" >&2
    exit 2
fi
[ -f "$record" ] || printf 'date\tcode\tcommit\ttarget\tsanitizers\texecutions\tseconds\tresult\n' > "$record"
FUZZ_SANITIZERS=$sanitizers FUZZ_BUILD_ONLY=1 bash scripts/fuzz.sh
[ "$until_epoch" -gt 0 ] || until_epoch=$(($(date +%s) + 86400))
seconds_to_goal() {   # target $1's missing executions at the rate its passed runs had on any tree
    awk -F'\t' -v tree="$(tree "$1")" -v target="$1" -v goal="$goal" '
        $4 == target && $8 == "passed" { runs += $6; seconds += $7; if ($2 == tree) done += $6 }
        END { rate = seconds > 0 ? runs / seconds : 0; printf "%d\n", (rate > 0 ? (goal - done) / rate : 0) }' "$record"
}
# Each worker takes the target closest to its goal that no other worker holds, for one slice, until every
# target has the goal or the time is up. A lock directory per target keeps two workers off one corpus — until
# fewer targets are left than workers: then an idle worker runs a second process of the one furthest from its goal
# (libFuzzer processes share a corpus folder; fuzz.sh keeps each run's log apart), so the last, slowest target
# does not keep the other cores idle for hours.
locks=build/fuzz-campaign.locks
rm -rf "$locks"; mkdir -p "$locks"
status=0
for worker in $(seq 1 "$workers"); do
    (
        while :; do
            left=$((until_epoch - $(date +%s)))
            [ "$left" -gt 60 ] || break
            target=""
            lock=""
            # An if, not `[ … ] && echo`: under pipefail the loop's last false test would fail the assignment.
            open=$(for name in $targets; do
                if [ "$(done_for "$name")" -lt "$goal" ]; then echo "$(seconds_to_goal "$name") $name"; fi
            done | sort -n)
            for candidate in $(echo "$open" | awk '{ print $2 }'); do
                if mkdir "$locks/$candidate" 2>/dev/null; then target=$candidate; lock=$locks/$candidate; break; fi
            done
            if [ -z "$target" ]; then
                for candidate in $(echo "$open" | sort -rn | awk '{ print $2 }'); do
                    [ ! -e "$locks/failed" ] || break
                    if mkdir "$locks/$candidate.second" 2>/dev/null; then
                        target=$candidate; lock=$locks/$candidate.second; break
                    fi
                done
            fi
            [ -n "$target" ] || break
            missing=$((goal - $(done_for "$target")))
            seconds=$((left < slice ? left : slice))
            # A target never run has no rate yet: a short first turn measures it, so the order is right from then on.
            [ "$(seconds_to_goal "$target")" -gt 0 ] || seconds=$((seconds < 60 ? seconds : 60))
            # A target that fails keeps its lock (no worker takes it again) and the others go on; the sitting then
            # ends with status 1 and the input in build/fuzz*/crashes/.
            if FUZZ_SANITIZERS=$sanitizers FUZZ_RUNS=$missing FUZZ_TARGETS=$target FUZZ_RECORD=$record \
                bash scripts/fuzz.sh "$seconds"; then
                rmdir "$lock"
            else
                touch "$locks/failed"
            fi
        done
    ) &
done
for job in $(jobs -p); do wait "$job" || status=1; done
[ ! -e "$locks/failed" ] || status=1
bash "$0" --status --goal "$goal"
exit $status
