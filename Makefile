# The two commands a new machine needs: `make demo` and `make test`. Both install what is missing
# first (scripts/setup, idempotent: seconds when everything is there).
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
HOST ?= 127.0.0.1
PORT ?= 8080

.PHONY: setup build test test-native lint test-wasm test-pkg test-browser test-types bench fuzz demo clean

setup:
	@scripts/setup

## pkg/: the npm package (wasm-pack --target web, release, wasm-opt -Oz, size budget checked)
build: setup
	@scripts/build
	@scripts/build-www

## every test: native, clippy, wasm in headless Chromium, the built package in Node, the demo in Chromium
test: setup
	@$(MAKE) --no-print-directory test-native lint
	@scripts/build
	@scripts/build-www
	@$(MAKE) --no-print-directory test-wasm test-pkg test-browser test-types

test-native:
	cargo test --quiet --all-features

## formatting (rustfmt.toml), clippy natively and for wasm, and the API documentation without
## warnings (broken intra-doc links included)
lint:
	cargo fmt --check
	cargo clippy --quiet --all-targets --all-features -- -D warnings
	@scripts/lint-wasm
	RUSTDOCFLAGS="-D warnings" cargo doc --quiet --no-deps --all-features

test-wasm:
	RUSTUP_TOOLCHAIN=$$(scripts/wasm-toolchain) wasm-pack test --headless --chrome -- --test web

test-pkg:
	cd pkg-tests && node --test --test-reporter=spec test/pkg/

test-browser:
	cd pkg-tests && node --test --test-reporter=spec test/browser/

## a TypeScript consumer of mestring-forms.d.ts and mestring.d.ts compiles with tsc --strict (through the exports map),
## and the hand-written JavaScript (src/wasm/boundary.js, www/mestring-forms.js, demo.js, plan.js) passes tsc (// @ts-check)
test-types:
	cd pkg-tests && node types/check.mjs

## mestring against plain JS, Zod 4, Valibot, ArkType, json-rules-engine and zen-engine on the same
## rules, cold start in Chromium in parts, the core natively, then each target of issue 16 met or
## missed from this run's figures (target/bench/*.json, tagged with BENCH_RUN; see BENCHMARKS.md)
bench: build
	@scripts/build-www >/dev/null
	@export BENCH_RUN=$$(date -u +%Y%m%dT%H%M%SZ)-$$$$ && echo "bench: run $$BENCH_RUN" && \
	  (cd pkg-tests/bench && npm install --no-audit --no-fund --loglevel=error && node bench.mjs && node browser.mjs) && \
	  cargo bench --quiet --bench core && \
	  node pkg-tests/bench/targets.mjs

## every fuzz target for FUZZ_SECONDS each (default 60; nightly Rust and cargo-fuzz)
fuzz:
	@scripts/fuzz

## serve the demo portal on http://$(HOST):$(PORT)/
demo: build
	@node scripts/serve.mjs --host $(HOST) --port $(PORT)

clean:
	rm -rf pkg target
