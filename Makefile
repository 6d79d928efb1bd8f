# Mend — the commands the README documents.
#   make test    run the test suite (installs what it needs first)
#   make bench   template engine benchmark: Mend vs swift-mustache, release build
#   make fuzz    fuzz the template compiler and renderer (FUZZ_SECONDS, default 600)

SWIFT ?= swift
FUZZ_SECONDS ?= 600

.PHONY: test deps bench fuzz clean

deps:
	@command -v $(SWIFT) >/dev/null 2>&1 || { \
	  echo "error: the Swift toolchain ('swift') is not on PATH: install Swift 6 from swift.org, then run make again" >&2; \
	  exit 1; }

test: deps
	$(SWIFT) test

bench: deps
	$(SWIFT) run -c release --package-path Benchmarks template-bench

fuzz: deps
	bash Fuzz/run.sh $(FUZZ_SECONDS)

clean:
	rm -rf .build Benchmarks/.build
