# Mend — the commands the README documents.
#   make site    build the site into public/ (installs what it needs first)
#   make test    run the test suite (installs what it needs first)
#   make bench   template benchmarks, release build: rendering (Mend vs swift-mustache),
#                then compile times of ~10 MB templates of several shapes (goal < 1 s each)
#   make fuzz    fuzz the template compiler and renderer (FUZZ_SECONDS, default 600)
#   make fuzz-content  fuzz the content path: site.yml, front matter, Markdown, comments,
#                through SiteBuilder with the default theme (FUZZ_SECONDS, default 600)

SWIFT ?= swift
# Extra flags for `mend build` in `make site`, e.g. BUILD_FLAGS=--strict (as CI and the workflow do).
BUILD_FLAGS ?=
FUZZ_SECONDS ?= 600
# sudo only when not root
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site test deps bench fuzz fuzz-content clean

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

# The tests also watch a build's system calls (strace) and run builds as another user (setpriv).
test: deps
	@command -v strace >/dev/null 2>&1 || { \
	  echo "Installing strace with apt-get…"; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq strace; }
	$(SWIFT) test

bench: deps
	$(SWIFT) run -c release --package-path Benchmarks template-bench
	$(SWIFT) run -c release --package-path Benchmarks compile-bench

fuzz: deps
	bash Fuzz/run.sh $(FUZZ_SECONDS)

fuzz-content: deps
	SWIFT=$(SWIFT) bash Fuzz/run-content.sh $(FUZZ_SECONDS)

clean:
	rm -rf .build Benchmarks/.build Fuzz/content/.build
