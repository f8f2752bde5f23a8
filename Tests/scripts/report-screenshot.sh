#!/bin/sh
# Regenerates docs/images/report-example.png, the picture of an HTML report in docs/reports.md.
#
# The sample is the HTML writer's test fixture (Tests/MaturityCoreTests/Reports/HTMLReportFixtures.swift):
# the shipped data-maturity framework answered by 13 staff of a made-up charity in three teams,
# in May and again in November, with don't-knows and notes, and a benchmark of eight made-up
# organisations. A test writes those responses and the benchmark as files; `maturity report`
# turns them into the report; headless Chromium photographs its first screens.
#
# Needs swift and chromium (Debian: apt-get install chromium); ImageMagick's `convert`, when
# present, shrinks the picture to 256 colours. SCRATCH_PATH picks the build folder (default .build).
set -eu
cd "$(dirname "$0")/../.."
scratch="${SCRATCH_PATH:-.build}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

browser=""
for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then browser="$candidate"; break; fi
done
[ -n "$browser" ] || { echo "report-screenshot: chromium is needed (apt-get install chromium)" >&2; exit 1; }

echo "Writing the sample responses..." >&2
MATURITY_HTML_SAMPLES="$work" swift test --scratch-path "$scratch" \
    --filter 'HTMLReportWriterTests/writesTheSamplePagesWhenAsked' >"$work/test.log" 2>&1 \
    || { cat "$work/test.log" >&2; exit 1; }
[ -d "$work/responses" ] || { echo "report-screenshot: the sample responses were not written" >&2; exit 1; }

echo "Making the report..." >&2
swift run --scratch-path "$scratch" maturity report "$work/responses" --by team \
    --benchmark "$work/benchmark.json" -o "$work/report.html"

echo "Taking the screenshot..." >&2
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,1980 \
    --screenshot="$work/report.png" "file://$work/report.html" >/dev/null 2>&1

mkdir -p docs/images
if command -v convert >/dev/null 2>&1 && convert -version 2>/dev/null | grep -q ImageMagick; then
    convert "$work/report.png" +dither -colors 256 "PNG8:docs/images/report-example.png"
else
    cp "$work/report.png" docs/images/report-example.png
fi
echo "Wrote docs/images/report-example.png ($(wc -c <docs/images/report-example.png) bytes)" >&2
