# The two commands of the README: `make serve` and `make test`. Each installs what it is missing first.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c

# node_modules/.bin first: it holds wasm-opt 132; Debian's binaryen 108 writes a broken .wasm.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Trunk would otherwise try to download its tools; only package registries are reachable.
export TRUNK_OFFLINE := true

PORT ?= 8080

.PHONY: serve build test test-native test-browser test-e2e bench tools-build tools-test tools-bench clean

# dist/ as a host serves it (compressed, no SPA fallback), not `trunk serve`, whose live-reload
# script the page's Content-Security-Policy blocks. After a change, run it again.
serve: build
	node tests/e2e/static-server.mjs dist $(PORT) --compress

build: tools-build
	trunk build --release

test: tools-test
	$(MAKE) --no-print-directory test-native
	$(MAKE) --no-print-directory test-browser
	$(MAKE) --no-print-directory build
	$(MAKE) --no-print-directory test-e2e

test-native:
	cargo fmt --check
	cargo test --locked

test-browser:
	cargo test --locked --target wasm32-unknown-unknown --test browser

test-e2e:
	node --test --test-concurrency=1 tests/e2e/

# Not a test: prints sizes, Lighthouse scores and PASS/FAIL budget lines; figures in bench/last-run.json.
bench: tools-bench
	$(MAKE) --no-print-directory build
	node scripts/bench.mjs

tools-build:
	scripts/ensure-tools.sh build

tools-test:
	scripts/ensure-tools.sh test

tools-bench:
	scripts/ensure-tools.sh bench

clean:
	rm -rf dist target
