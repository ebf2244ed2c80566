#!/usr/bin/env bash
# The floors the README states: the library and the CLI need at most glibc 2.34 (x86_64), read from the symbol
# versions they import; and the CLI's own hypot/hypotf (Sources/CLIGlibcFloor, calling glibc's first versions)
# give glibc's answers, overflow-safe ones included. Usage: Tests/check_glibc_floor.sh STAGE_DIR. Prints "glibc floor: N passed, M failed".
set -uo pipefail
stage=${1:-build/stage}
floor=2.34
passed=0
failed=0
verdict() { if [ "$1" = 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $2" >&2; fi; }
highest() { objdump -T "$1" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -t. -k1,1n -k2,2n -k3,3n -u | tail -1; }
for binary in "$stage/lib/libimpactkit.so.1" "$stage/bin/impact"; do
    needed=$(highest "$binary")
    printf '%s\n%s\n' "$needed" "$floor" | sort -t. -k1,1n -k2,2n -C
    verdict $? "$binary needs glibc $needed, more than the stated $floor"
    echo "glibc floor: $(basename "$binary") needs glibc $needed"
done
work=$(mktemp -d)
cat > "$work/hypot.c" <<'C'
#include <math.h>
#include <stdio.h>
int main(void) {
    volatile double x = 3, y = 4;
    volatile float a = 5, b = 12;
    printf("%.17g %.9g %.17g\n", hypot(x, y), hypotf(a, b), hypot(1e300, 1e300));
    return 0;
}
C
cc -O0 -fno-builtin -o "$work/hypot" "$work/hypot.c" Sources/CLIGlibcFloor/glibc_floor.c -lm
[ "$("$work/hypot")" = "5 13 1.4142135623730952e+300" ]; verdict $? "the CLI's hypot/hypotf do not give glibc's answers: $("$work/hypot")"
! objdump -T "$work/hypot" | grep -q 'GLIBC_2.35'; verdict $? "the test program still imports a glibc 2.35 symbol"
rm -rf "$work"
echo "glibc floor: $passed passed, $failed failed"
[ "$failed" = 0 ]
