#!/usr/bin/env bash
# Mend vs Hugo: build the same generated site with both, side by side, and report
# medians and their ratio. See Benchmarks/README.md ("Site build benchmark").
#
#   Benchmarks/site-bench/run.sh [--large] [--runs R] [--dir DIR] [--no-shipped] [N...]
#
#   N...          site sizes in content pages (default: 100 1000; --large adds 10000)
#   --runs R      timed runs per tool and size (default 7, odd so the median is a run)
#   --dir DIR     where the generated sites and outputs go (default /tmp/mend-site-bench)
#   --no-shipped  skip timing `mend build` of this repository's own site
#   MEND=path     the mend binary (default: .build-bench/release/mend, built when missing)
#   HUGO=path     the hugo binary (default: hugo on PATH)
set -euo pipefail
export LC_ALL=C   # a "." in EPOCHREALTIME and in awk's numbers

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
RUNS=7
DIR=/tmp/mend-site-bench
LARGE=0
SHIPPED=1
SIZES=()
while [ $# -gt 0 ]; do
    case "$1" in
        --large) LARGE=1 ;;
        --runs) RUNS=$2; shift ;;
        --dir) DIR=$2; shift ;;
        --no-shipped) SHIPPED=0 ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
        *) SIZES+=("$1") ;;
    esac
    shift
done
[ ${#SIZES[@]} -gt 0 ] || SIZES=(100 1000)
[ $LARGE = 1 ] && SIZES+=(10000)

# --- tools -------------------------------------------------------------------------
if [ ! -x /usr/bin/time ]; then
    echo "Installing GNU time (for peak RSS)…" >&2
    if [ "$(id -u)" = 0 ]; then apt-get install -y time >&2; else sudo apt-get install -y time >&2; fi
fi
HUGO=${HUGO:-hugo}
command -v "$HUGO" >/dev/null || { echo "run.sh: hugo not found (apt-get install hugo)" >&2; exit 1; }
if [ -z "${MEND:-}" ]; then
    MEND="$REPO/.build-bench/release/mend"
    if [ ! -x "$MEND" ]; then
        echo "Building mend (release, scratch path .build-bench)…" >&2
        swift build -c release --product mend --scratch-path "$REPO/.build-bench" --package-path "$REPO" >&2
    fi
fi
[ -x "$MEND" ] || { echo "run.sh: no mend binary at $MEND" >&2; exit 1; }
mkdir -p "$DIR/out"
RESULTS="$DIR/results.tsv"
: > "$RESULTS"

echo "Mend vs Hugo site build benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(free -g | awk '/^Mem:/ {print $2 " GB RAM"}')"
echo "mend:    $MEND ($(stat -c %y "$MEND" | cut -d. -f1))"
echo "hugo:    $("$HUGO" version | awk '{print $2}')"
echo "runs:    $RUNS per tool and size, alternating mend, hugo; wall time by bash EPOCHREALTIME"
echo

# run TOOL SRC OUT LOG: one build into a fresh OUT; prints "wall_s cpu_s maxrss_kb".
run() {
    local tool=$1 src=$2 out=$3 log=$4 t0 t1
    rm -rf "$out" "$(dirname "$out")/.$(basename "$out")".* 2>/dev/null || true   # and mend's staging leftovers
    t0=$EPOCHREALTIME
    if [ "$tool" = mend ]; then
        /usr/bin/time -f '%U %S %M' -o "$log.time" "$MEND" build --source "$src" --output "$out" --quiet >"$log" 2>&1 || { cat "$log" >&2; return 1; }
    else
        /usr/bin/time -f '%U %S %M' -o "$log.time" "$HUGO" --source "$src" --destination "$out" --quiet >"$log" 2>&1 || { cat "$log" >&2; return 1; }
    fi
    t1=$EPOCHREALTIME
    awk -v t0="$t0" -v t1="$t1" '{ printf "%.4f %.2f %d\n", t1 - t0, $1 + $2, $3 }' "$log.time"
}

for n in "${SIZES[@]}"; do
    site="$DIR/site-$n"
    # Regenerate only when the generator, the Hugo theme, the stylesheet generate.py copies
    # or N changed (10,000 pages take a while).
    stamp="$n $(cat "$HERE/generate.py" $(find "$HERE/hugo-site" -type f | sort) "$REPO/templates/assets/style.css" 2>/dev/null | sha256sum | cut -c1-16)"
    if [ "$(cat "$site/.stamp" 2>/dev/null)" != "$stamp" ]; then
        echo "== $n content pages: generating into $site"
        python3 "$HERE/generate.py" --pages "$n" --out "$site" 2>&1 | sed 's/^/   /'
        echo "$stamp" > "$site/.stamp"
    else
        echo "== $n content pages: reusing $site (same generator and theme)"
    fi
    rm -f "$site/hugo/.hugo_build.lock"
    out_m="$DIR/out/mend-$n" out_h="$DIR/out/hugo-$n"

    # Warm-up (page cache, first-run effects); also checks that both builds succeed.
    run mend "$site/mend" "$out_m" "$DIR/out/mend-$n.log" >/dev/null
    run hugo "$site/hugo" "$out_h" "$DIR/out/hugo-$n.log" >/dev/null
    [ -s "$DIR/out/mend-$n.log" ] && echo "   mend printed $(wc -l < "$DIR/out/mend-$n.log") line(s) of warnings: see $DIR/out/mend-$n.log"
    [ -s "$DIR/out/hugo-$n.log" ] && echo "   hugo printed $(wc -l < "$DIR/out/hugo-$n.log") line(s) of warnings: see $DIR/out/hugo-$n.log"
    pages_m=$(find "$out_m" -name '*.html' | wc -l); files_m=$(find "$out_m" -type f | wc -l); kb_m=$(du -sk "$out_m" | cut -f1)
    pages_h=$(find "$out_h" -name '*.html' | wc -l); files_h=$(find "$out_h" -type f | wc -l); kb_h=$(du -sk "$out_h" | cut -f1)
    echo "   output: mend $pages_m HTML pages, $files_m files, $((kb_m / 1024)) MB; hugo $pages_h HTML pages, $files_h files, $((kb_h / 1024)) MB"

    printf '   %-4s %-5s %9s %8s %10s\n' run tool wall_s cpu_s maxrss_MB
    for i in $(seq 1 "$RUNS"); do
        for tool in mend hugo; do
            if [ $tool = mend ]; then r=$(run mend "$site/mend" "$out_m" "$DIR/out/mend-$n.log")
            else r=$(run hugo "$site/hugo" "$out_h" "$DIR/out/hugo-$n.log"); fi
            read -r wall cpu rss <<<"$r"
            printf '   %-4s %-5s %9s %8s %10.1f\n' "$i" "$tool" "$wall" "$cpu" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')"
            printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$tool" "$wall" "$cpu" "$rss" "$([ $tool = mend ] && echo "$pages_m" || echo "$pages_h")" >> "$RESULTS"
        done
    done

    # One more run of each under `/usr/bin/time -v` for its peak RSS, as GNU time reports it.
    for tool in mend hugo; do
        src="$site/$tool" out="$DIR/out/$tool-$n"
        rm -rf "$out"
        if [ $tool = mend ]; then /usr/bin/time -v "$MEND" build --source "$src" --output "$out" --quiet 2> "$DIR/out/$tool-$n.timev" >/dev/null
        else /usr/bin/time -v "$HUGO" --source "$src" --destination "$out" --quiet 2> "$DIR/out/$tool-$n.timev" >/dev/null; fi
        printf '%s\t%s-timev\t%s\t%s\t%s\t0\n' "$n" "$tool" \
            "$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$DIR/out/$tool-$n.timev")" \
            "$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$DIR/out/$tool-$n.timev")" \
            "$(awk -F': ' '/Maximum resident set size/ {print $2}' "$DIR/out/$tool-$n.timev")" >> "$RESULTS"
    done
    echo
done

if [ $SHIPPED = 1 ]; then
    echo "== the shipped site: mend build --source $REPO"
    out="$DIR/out/shipped"
    # The repository's templates/ and content/ may be newer than the mend binary: a failed
    # build here is reported, and the summary of the generated sites is still printed.
    if run mend "$REPO" "$out" "$DIR/out/shipped.log" >/dev/null 2>&1; then   # warm-up
        pages=$(find "$out" -name '*.html' | wc -l)
        for i in $(seq 1 "$RUNS"); do
            read -r wall cpu rss <<<"$(run mend "$REPO" "$out" "$DIR/out/shipped.log")"
            printf '   %-4s %-5s %9s %8s %10.1f\n' "$i" mend "$wall" "$cpu" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')"
            printf 'shipped\tmend\t%s\t%s\t%s\t%s\n' "$wall" "$cpu" "$rss" "$pages" >> "$RESULTS"
        done
    else
        echo "   skipped: mend could not build $REPO with this binary (rebuild it?); first lines of its errors:"
        head -3 "$DIR/out/shipped.log" | sed 's/^/   /'
    fi
    echo
fi

python3 "$HERE/summarize.py" "$RESULTS"
echo "raw results: $RESULTS"
