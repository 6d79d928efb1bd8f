#!/usr/bin/env bash
# Builds the content libFuzzer target (Fuzz/content, a SwiftPM package of its own) with
# libFuzzer and AddressSanitizer, and runs it.
#
#   bash Fuzz/run-content.sh [SECONDS] [libFuzzer flags...]   (default 600; `make fuzz-content`)
#
# The build goes to .build/fuzz-content/ (its own scratch folder: Mend's .build/ is never
# built with sanitizers), findings (crash-*, timeout-*, oom-*, leak-*) to
# .build/fuzz-content/artifacts/. New corpus inputs are written to Fuzz/content-corpus/
# (git-ignored); Fuzz/content-seeds/ is read only. Exits non-zero when the build fails or
# the fuzzer finds anything (libFuzzer's own exit code is passed on).
set -euo pipefail

seconds="${1:-600}"
shift || true
case "$seconds" in
    ''|*[!0-9]*) echo "usage: $0 [SECONDS] [libFuzzer flags...]" >&2; exit 2 ;;
esac

cd "$(dirname "$0")/.."
root="$PWD"
scratch="$root/.build/fuzz-content"
mkdir -p "$scratch/artifacts" "$root/Fuzz/content-corpus"

swift="${SWIFT:-swift}"
command -v "$swift" >/dev/null 2>&1 || { echo "run-content.sh: swift not found (set SWIFT)" >&2; exit 2; }

# --sanitize instruments every Swift and C target (Mend's modules, Yams and its C part) for
# coverage and AddressSanitizer, and links libFuzzer, whose main calls LLVMFuzzerTestOneInput
# (SwiftPM compiles executables with -parse-as-library for it). Release (-O) for speed, -g
# for readable stack traces. libcmark comes from the system, uninstrumented.
# The build's output goes to build.log, shown only when the build fails: SwiftPM also tries
# to build the tool of Mend's theme plugin with -parse-as-library, which fails on its
# top-level code. That tool is not part of this build, so the failure is harmless, but noisy.
log="$scratch/build.log"
echo "run-content.sh: building $scratch/release/content-fuzzer (log: $log)"
if ! "$swift" build -c release --package-path "$root/Fuzz/content" --scratch-path "$scratch" \
    --sanitize=fuzzer --sanitize=address -Xswiftc -g --product content-fuzzer >"$log" 2>&1; then
    cat "$log" >&2
    echo "run-content.sh: the build failed" >&2
    exit 2
fi
binary="$scratch/release/content-fuzzer"

echo "run-content.sh: fuzzing for ${seconds}s"
status=0
# SWIFT_BACKTRACE=enable=no: a failed check (fatalError) is reported by libFuzzer's own
# handler, not by Swift's backtracer, which trips AddressSanitizer as it reads memory.
SWIFT_BACKTRACE=enable=no MEND_THEME="$root/templates" "$binary" \
    -max_total_time="$seconds" \
    -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
    -dict="$root/Fuzz/content.dict" \
    -artifact_prefix="$scratch/artifacts/" \
    -print_final_stats=1 \
    "$@" \
    "$root/Fuzz/content-corpus" "$root/Fuzz/content-seeds" || status=$?

if [ "$status" -ne 0 ]; then
    echo "run-content.sh: the fuzzer exited with status $status; findings in $scratch/artifacts/:" >&2
    ls -l "$scratch/artifacts/" >&2 || true
    exit "$status"
fi
echo "run-content.sh: no findings in ${seconds}s"
