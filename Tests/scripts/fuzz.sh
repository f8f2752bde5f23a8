#!/bin/sh
# Fuzzes the readers of framework, translation and response files with libFuzzer.
#
#   Tests/scripts/fuzz.sh [SECONDS]        (default 60)
#
# Builds the fuzz package in Fuzz/ (it shares Sources/MaturityCore and Sources/MaturityFrameworks
# through symbolic links) with libFuzzer and AddressSanitizer, makes a seed corpus from the
# shipped frameworks, the responses in Fuzz/seeds/ and, when present, Tests/Fixtures/malformed/,
# then fuzzes for SECONDS with one process. Each input goes through DocumentReader, then
# FrameworkDecoder (or FrameworkTranslator over the shipped data-maturity framework when the
# input is a translation), then ResponseDecoder against data-maturity, then DiagnosticRenderer.
#
# A crash, an AddressSanitizer report, an input that takes over a second (-timeout=1) or over
# 2 GB (-rss_limit_mb=2048) is a finding: libFuzzer writes it to Fuzz/findings/ (crash-*,
# timeout-*, oom-*, leak-*) and the script exits non-zero. The inputs that reached new code are
# kept in Fuzz/corpus/, so the next run starts where this one stopped. Both folders are ignored
# by git. The log of each run is Fuzz/findings/fuzz-DATE.log.
#
# Settings, from the environment:
#   FUZZ_CONFIG=debug         build without optimisation (default release: about 10x faster;
#                             -O keeps Swift's bounds and overflow checks)
#   FUZZ_KEEP_GOING=1         run in libFuzzer's fork mode (-fork=1, still one fuzzing process)
#                             and carry on after a finding instead of stopping at the first
#   FUZZ_ARGS="..."           more libFuzzer flags, e.g. "-seed=1 -max_len=4096"
#
# To look at a finding: MATURITY_FUZZ_PRINT=1 Fuzz/.build/release/maturity-fuzz FILE prints the
# diagnostics it gets; add -minimize_crash=1 -runs=10000 to shrink a crash, or use
# -minimize_crash=1 -timeout=1 for a hang.
#
# Needs Linux (the swift.org toolchain ships libFuzzer there; Xcode's does not).
set -eu
cd "$(dirname "$0")/../.."
root="$(pwd)"
seconds="${1:-60}"
case "$seconds" in
    ''|*[!0-9]*) echo "usage: Tests/scripts/fuzz.sh [SECONDS]" >&2; exit 2 ;;
esac
config="${FUZZ_CONFIG:-release}"

mkdir -p Fuzz/findings Fuzz/corpus
log="$root/Fuzz/findings/fuzz-$(date -u +%Y%m%dT%H%M%SZ).log"

echo "Building the fuzzer ($config, -sanitize=fuzzer,address)..." >&2
# -parse-as-library is not used: SwiftPM links executables with --defsym main=maturity_fuzz_main,
# so Fuzz/Sources/maturity-fuzz/main.swift is the program's main and calls LLVMFuzzerRunDriver.
# The linker's "Cannot export local symbol '__asan_...'" warnings are harmless and filtered.
if ! (cd Fuzz && swift build -c "$config" -Xswiftc -sanitize=fuzzer,address) >"$root/Fuzz/findings/build.log" 2>&1; then
    grep -v "Cannot export local symbol" "$root/Fuzz/findings/build.log" >&2
    echo "fuzz: the build failed" >&2
    exit 1
fi
binary="$root/Fuzz/.build/$config/maturity-fuzz"

# The seed corpus, made afresh each run.
seeds="$(mktemp -d)"
trap 'rm -rf "$seeds"' EXIT
cp frameworks/*.yaml Fuzz/seeds/* "$seeds/"
seedCount=$(ls "$seeds" | wc -l)
if [ -d Tests/Fixtures/malformed ]; then
    n=0
    find Tests/Fixtures/malformed -type f | sort | while IFS= read -r file; do
        n=$((n + 1))
        cp "$file" "$seeds/malformed-$n-$(basename "$file")"
    done
    seedCount=$(ls "$seeds" | wc -l)
fi
echo "Seed corpus: $seedCount files; kept corpus: $(ls Fuzz/corpus | wc -l) files." >&2

# Leaks are looked for too (libFuzzer checks after an input that allocated more than it freed):
# Swift's runtime caches gave no false reports here. If one ever does, run with
# ASAN_OPTIONS=detect_leaks=0 (later settings win).
symbolizer="$(dirname "$(command -v swift)")/llvm-symbolizer"
export ASAN_OPTIONS="detect_leaks=1:symbolize=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
[ -x "$symbolizer" ] && export ASAN_SYMBOLIZER_PATH="$symbolizer"
# The same input takes the same path through dictionaries from one run to the next.
export SWIFT_DETERMINISTIC_HASHING=1

mode=""
if [ "${FUZZ_KEEP_GOING:-0}" = 1 ]; then
    mode="-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1"
fi

echo "Fuzzing for $seconds s; log: ${log#"$root"/}" >&2
before=$(ls Fuzz/findings | grep -E '^(crash|timeout|oom|leak|slow-unit)-' | sort || true)
status=0
# shellcheck disable=SC2086
"$binary" Fuzz/corpus "$seeds" \
    -dict=Fuzz/maturity.dict \
    -max_total_time="$seconds" \
    -timeout=1 \
    -rss_limit_mb=2048 \
    -artifact_prefix="$root/Fuzz/findings/" \
    -print_final_stats=1 \
    $mode ${FUZZ_ARGS:-} >"$log" 2>&1 || status=$?
after=$(ls Fuzz/findings | grep -E '^(crash|timeout|oom|leak|slow-unit)-' | sort || true)
new=$(printf '%s\n' "$after" | grep -vxF -e "$before" -e '' || true)
[ -n "$before" ] || new="$after"

# What ran: libFuzzer's final statistics, or the last progress line (fork mode has no stats).
executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
[ -n "$executions" ] || executions=$(printf '%s\n' "$last" | sed -n 's/^#\([0-9]*\).*/\1/p')
coverage=$(printf '%s\n' "$last" | grep -oE 'cov: [0-9]+ ft: [0-9]+' || true)
corpus=$(printf '%s\n' "$last" | grep -oE 'corp: [0-9]+/[0-9]+[a-zA-Z]*' || true)

echo "Executions: ${executions:-unknown}"
echo "Coverage:   ${coverage:-unknown}   ($corpus)"
echo "Last line:  $last"
if [ -n "$new" ]; then
    echo "Findings (in Fuzz/findings/):"
    printf '  %s\n' $new
    grep -E '^(==[0-9]+==ERROR|SUMMARY|Fatal error|.*Fatal error:)|ALARM|out-of-memory' "$log" | head -20 | sed 's/^/  /'
    exit 1
fi
if [ "$status" -ne 0 ]; then
    echo "fuzz: libFuzzer stopped with status $status; see ${log#"$root"/}" >&2
    tail -30 "$log" >&2
    exit "$status"
fi
echo "Findings:   none"
