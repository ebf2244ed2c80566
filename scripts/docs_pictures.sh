#!/usr/bin/env bash
# Redraws the pictures in docs/ from the example documents with the installed CLI (make stage) and rsvg-convert
# (make deps): run after a change to how ImpactKit draws, then look at them before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${IMPACT:-build/stage/bin/impact}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# 256 colours are plenty for these flat pictures and keep the repository small (Pillow, from make deps).
shrink() { python3 -c 'import sys; from PIL import Image; Image.open(sys.argv[1]).convert("RGB").quantize(256).save(sys.argv[1], optimize=True)' "$1"; }
png() { rsvg-convert --format png "$1" -o "$2"; shrink "$2"; echo "docs: $2"; }

"$BIN" render examples/data/pzw-bottendaal-end.json --lang nl -o "$out/canvas.svg" && png "$out/canvas.svg" docs/canvas-example.png
# A large, real-looking canvas (60 placements, notes, effects, chains): what the poster does with a full canvas.
"$BIN" render Tests/data/pictures/large-canvas.json --lang nl -o "$out/large.svg" && rsvg-convert --width 1260 --keep-aspect-ratio "$out/large.svg" -o docs/canvas-large.png && shrink docs/canvas-large.png && echo "docs: docs/canvas-large.png"
"$BIN" render examples/data/pzw-bottendaal.journey.json --view progress --lang nl -o "$out/progress.svg" && png "$out/progress.svg" docs/journey-progress.png
"$BIN" cohort Tests/data/cohort --format svg --lang nl > "$out/cohort.svg" 2>/dev/null && png "$out/cohort.svg" docs/cohort-heatmap.png
"$BIN" render examples/data/instruments/lin-actiescan.json --lang nl -o "$out/radar.svg" && png "$out/radar.svg" docs/actiescan-radar.png
"$BIN" render examples/data/pwmi-changelog.json --lang nl -o "$out/idg.svg" && png "$out/idg.svg" docs/idg-chart.png
"$BIN" changes sensitivity examples/data/pwmi-changelog.json --tornado --lang nl --svg "$out/tornado.svg" > /dev/null && png "$out/tornado.svg" docs/sroi-tornado.png
