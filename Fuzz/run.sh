#!/usr/bin/env bash
# Builds the MendTemplates libFuzzer target and runs it.
#
#   bash Fuzz/run.sh [SECONDS]        (default 600; `make fuzz` passes $(FUZZ_SECONDS))
#
# The binary goes to .build/fuzz/template-fuzzer, findings (crash-*, timeout-*, oom-*,
# leak-*) to .build/fuzz/artifacts/. New corpus inputs are written to Fuzz/corpus/
# (git-ignored); Fuzz/seeds/ is read only. Exits non-zero when the build fails or the
# fuzzer finds anything (libFuzzer's own exit code is passed on).
# Extra arguments after SECONDS go to libFuzzer, e.g. `bash Fuzz/run.sh 60 -jobs=2`.
set -euo pipefail

seconds="${1:-600}"
shift || true
case "$seconds" in
    ''|*[!0-9]*) echo "usage: $0 [SECONDS] [libFuzzer flags...]" >&2; exit 2 ;;
esac

cd "$(dirname "$0")/.."
root="$PWD"
out="$root/.build/fuzz"
mkdir -p "$out/artifacts" "$root/Fuzz/corpus"

swiftc="${SWIFTC:-}"
if [ -z "$swiftc" ]; then
    if command -v swiftc >/dev/null 2>&1; then swiftc="$(command -v swiftc)"
    elif [ -x /opt/swift/usr/bin/swiftc ]; then swiftc=/opt/swift/usr/bin/swiftc
    else echo "run.sh: swiftc not found (set SWIFTC)" >&2; exit 2
    fi
fi

# The library sources and the fuzz entry point are compiled as one module, so the fuzzer
# sees internal API without an import. -parse-as-library: no file has top-level code
# (libFuzzer supplies main). lld links without ld.gold's "Cannot export local symbol" noise.
echo "run.sh: building $out/template-fuzzer"
"$swiftc" -sanitize=fuzzer,address -parse-as-library -O -g -use-ld=lld \
    -module-name MendTemplates \
    "$root"/Sources/MendTemplates/*.swift "$root/Fuzz/TemplateFuzzer.swift" \
    -o "$out/template-fuzzer"

echo "run.sh: fuzzing for ${seconds}s"
status=0
"$out/template-fuzzer" \
    -max_total_time="$seconds" \
    -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -dict="$root/Fuzz/mustache.dict" \
    -artifact_prefix="$out/artifacts/" \
    -print_final_stats=1 \
    "$@" \
    "$root/Fuzz/corpus" "$root/Fuzz/seeds" || status=$?

if [ "$status" -ne 0 ]; then
    echo "run.sh: the fuzzer exited with status $status; findings in $out/artifacts/:" >&2
    ls -l "$out/artifacts/" >&2 || true
    exit "$status"
fi
echo "run.sh: no findings in ${seconds}s"
