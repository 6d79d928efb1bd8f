# Mend — the commands the README documents.
#   make site    build the site into public/ (installs what it needs first)
#   make test    run the test suite (installs what it needs first)
#   make install build mend (release) and install it as $(PREFIX)/bin/mend (PREFIX=/usr/local; DESTDIR too)
#   make serve   preview the site at http://127.0.0.1:4000/, reloading on every edit (SERVE_FLAGS=--open)
#   make bench   benchmarks, release builds, then one table of every goal beside its measurement:
#                template rendering (Mend vs swift-mustache), compile times of ~10 MB templates,
#                and the site build (Hugo without and with related content, the cmark CLI, Mend)
#                at SIZES pages (default "1000 10000", about 10-15 minutes on 2 cores; add
#                100000 on request: make bench SIZES="1000 10000 100000")
#   make bench-serve  edit-to-browser latency of `mend serve` and `hugo server` in headless
#                Chromium, at SERVE_SIZES pages (default "100 10000"); needs chromium, chromium-driver
#   make screenshots  pictures of the theme: home, a guide, a step, a tag and the 404 page at
#                390 and 1280 px, light and dark, first screen and whole page, in SCREENSHOTS_DIR
#                (default screenshots/); headless Chromium (installed with apt-get when missing)
#   make fuzz    fuzz the template compiler and renderer (FUZZ_SECONDS, default 600)
#   make fuzz-content  fuzz the content path: site.yml, front matter, Markdown, comments,
#                through SiteBuilder with the default theme (FUZZ_SECONDS, default 600)

SWIFT ?= swift
# Extra flags for `mend build` in `make site`, e.g. BUILD_FLAGS=--strict (as CI and the workflow do).
BUILD_FLAGS ?=
# Extra flags for `mend serve` in `make serve`, e.g. SERVE_FLAGS="--open --port 4001".
SERVE_FLAGS ?=
FUZZ_SECONDS ?= 600
SCREENSHOTS_DIR ?= screenshots
# `make install`: where mend goes ($(DESTDIR)$(PREFIX)/bin/mend).
PREFIX ?= /usr/local
DESTDIR ?=
# `make bench`: site sizes (content pages), timed runs per tool and size, and where the logs go.
SIZES ?= 1000 10000
SERVE_SIZES ?= 100 10000
RUNS ?= 3
BENCH_DIR ?= /tmp/mend-site-bench
# sudo only when not root
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site test serve install deps bench bench-serve screenshots fuzz fuzz-content clean

# Everything the build needs beyond the Swift toolchain: libcmark (Debian/Ubuntu libcmark-dev).
deps:
	@command -v $(SWIFT) >/dev/null 2>&1 || { \
	  echo "error: the Swift toolchain ('swift') is not on PATH: install Swift 6 from swift.org, then run make again" >&2; \
	  exit 1; }
	@if ! pkg-config --exists libcmark 2>/dev/null; then \
	  echo "Installing libcmark-dev (and pkg-config) with apt-get…"; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config; \
	fi

site: deps
	$(SWIFT) build -c release --product mend
	.build/release/mend build $(BUILD_FLAGS)
	@echo "The site is in public/ — open public/index.html, or publish the folder."

install: deps
	$(SWIFT) build -c release --product mend
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 755 .build/release/mend "$(DESTDIR)$(PREFIX)/bin/mend"
	@echo "Installed $(DESTDIR)$(PREFIX)/bin/mend: run 'mend --help'."

serve: deps
	$(SWIFT) build -c release --product mend
	.build/release/mend serve $(SERVE_FLAGS)

# The tests also watch a build's system calls (strace) and run builds as another user (setpriv).
test: deps
	@command -v strace >/dev/null 2>&1 || { \
	  echo "Installing strace with apt-get…"; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq strace; }
	$(SWIFT) test

# The template benchmarks' outputs are kept for the site benchmark's summary, which prints the table.
# The Benchmarks package's release products are built from scratch (see site-bench/run.sh: an
# incremental build after a layout change has linked stale code here).
bench: deps
	@mkdir -p $(BENCH_DIR)
	rm -rf Benchmarks/.build/release Benchmarks/.build/*-*-*/release
	bash -o pipefail -c '$(SWIFT) run -c release --package-path Benchmarks template-bench | tee $(BENCH_DIR)/template-bench.txt'
	bash -o pipefail -c '$(SWIFT) run -c release --package-path Benchmarks compile-bench | tee $(BENCH_DIR)/compile-bench.txt'
	$(SWIFT) build -c release --package-path Benchmarks --product update-bench
	UPDATE_BENCH="$$($(SWIFT) build -c release --package-path Benchmarks --show-bin-path)/update-bench" \
	Benchmarks/site-bench/run.sh --runs $(RUNS) --dir $(BENCH_DIR) \
	  --template-log $(BENCH_DIR)/template-bench.txt --compile-log $(BENCH_DIR)/compile-bench.txt $(SIZES)

screenshots: site
	bash .ci/screenshots public $(SCREENSHOTS_DIR)

fuzz: deps
	bash Fuzz/run.sh $(FUZZ_SECONDS)

fuzz-content: deps
	SWIFT=$(SWIFT) bash Fuzz/run-content.sh $(FUZZ_SECONDS)

clean:
	rm -rf .build Benchmarks/.build Fuzz/content/.build

# The preview benchmark (Benchmarks/serve-bench/run.py): installs chromium with apt-get when missing.
bench-serve: deps
	@command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 || { \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; }
	rm -rf .build/release .build/*-*-*/release
	$(SWIFT) build -c release --product mend
	MEND=.build/release/mend python3 Benchmarks/serve-bench/run.py $(SERVE_SIZES)
