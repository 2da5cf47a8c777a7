# Marginalia — the two commands that matter:
#   make serve   install what is missing, build, serve on http://127.0.0.1:8080
#   make test    install what is missing, then run every test layer
# Each layer also runs alone: make lint | test-native | fuzz-smoke | test-wasm | build | size | test-e2e | score
# The claim model: make train (cross-validates, then writes crates/core/src/claim/weights.bin)
# Long runs, not in the test command: make fuzz TARGET=analyze SECONDS=3600, make bench

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CARGO_BIN):$(CURDIR)/node_modules/.bin:$(PATH)
export CARGO_TERM_COLOR ?= never

WASM_TARGET := wasm32-unknown-unknown
# The release WebAssembly (the page and the worker, both built by trunk) with
# Rust's standard library compiled for it, for size, and panics that stop at
# once rather than format a message: 40 kB less to load first and 49 kB less
# worker (README, "Speed and size", session 12). These are unstable flags of
# the stable toolchain (RUSTC_BOOTSTRAP, as `make fuzz` uses it; measured
# with Rust 1.95), set only here; every other build and test uses the
# defaults. The rustflags repeat .cargo/config.toml's, so the build is the
# same whether cargo adds these to the config's or uses them instead.
RELEASE_WASM := RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD="std panic_abort" \
  CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort"
SHARED := ../shared
# Scorer thresholds that CI holds the core to (see ../shared/tools/score.py).
# The claim floor is the learned model's, not the rules' it replaced: the
# model is retrained whenever the core's reading changes, and one sentence
# of the held-out article crossing the threshold by chance moves the figure
# by 0.007 (0.850 → 0.843 in session 21: "This will require help from
# Europe." went from 0.296 to 0.358 with no feature of its own changed).
# The floor sat two such sentences under it, to catch a regression, not noise
# (session 22: 0.836, another such sentence, "Initially, Trump regarded …").
SCORE_MIN := --min-quote-f1 0.95 --min-speaker-acc 0.90 --min-number-f1 0.95 --min-value-acc 0.98 --min-claim-f1 0.83

FUZZ_TARGETS := analyze import share library ingest
FUZZ_SECONDS ?= 60
# Long runs (make fuzz) take inputs up to 1 MB and report any one input that
# takes over 10 s as a hang: a quadratic path shows up as one (issue 22).
FUZZ_MAX_LEN ?= 1048576
FUZZ_TIMEOUT ?= 10

.PHONY: setup serve test lint test-native fuzz-smoke fuzz test-wasm build size test-e2e score train bench

setup:
	@bash scripts/setup.sh

serve:
	@bash scripts/setup.sh serve
	@echo "==> Serving Marginalia on http://127.0.0.1:8080 (Ctrl+C to stop)"
	$(RELEASE_WASM) trunk serve --release

test: setup lint test-native score fuzz-smoke test-wasm build size test-e2e

lint:
	@echo "==> cargo fmt --check"
	cargo fmt --all --check
	@echo "==> cargo clippy (native, all targets)"
	cargo clippy --workspace --all-targets --locked -- -D warnings
	@echo "==> cargo clippy ($(WASM_TARGET): the app and its browser tests)"
	cargo clippy --target $(WASM_TARGET) -p marginalia-app --all-targets --locked -- -D warnings

test-native:
	@echo "==> native tests: core, model, CLI, app logic"
	cargo test --workspace --locked

score:
	@if [ -f $(SHARED)/tools/score.py ]; then \
	  echo "==> extraction quality on $(SHARED)/gold"; \
	  cargo build --release --locked -p marginalia --quiet; \
	  python3 $(SHARED)/tools/score.py $(SHARED)/gold --cmd "target/release/marginalia extract" $(SCORE_MIN); \
	else echo "==> score: skipped, $(SHARED)/tools/score.py is not here"; fi

# Trains the claim model on ClaimBuster, the labelled news of crates/train/data
# and the seed gold but one held-out article; prints the cross-validated
# figures the README reports and writes the weights the core includes. The
# same run, unoptimised, is the test crates/train/tests/reproduce.rs.
train:
	@echo "==> training the claim model (crates/train)"
	cargo run --release --locked -p marginalia-train
	@echo "==> weights.bin, gzip -9: $$(gzip -9 -c crates/core/src/claim/weights.bin | wc -c) bytes"

# libFuzzer writes what it learns to target/fuzz-corpus/, never to the
# committed seeds in fuzz/corpus/ (which replay first, crashes found included).
# The shared article seeds join the analyze run when present.
fuzz-smoke:
	@for t in $(FUZZ_TARGETS); do $(MAKE) --no-print-directory fuzz TARGET=$$t SECONDS=$(FUZZ_SECONDS) FUZZ_MAX_LEN=65536 FUZZ_TIMEOUT=120; done

fuzz:
	@echo "==> fuzzing $(TARGET) for $(SECONDS) s (cargo fuzz, libFuzzer + AddressSanitizer)"
	@mkdir -p target/fuzz-corpus/$(TARGET)
	RUSTC_BOOTSTRAP=1 cargo fuzz run -O $(TARGET) target/fuzz-corpus/$(TARGET) fuzz/corpus/$(TARGET) \
	  $(if $(filter analyze,$(TARGET)),$(wildcard $(SHARED)/corpus/seeds)) \
	  -- -max_total_time=$(SECONDS) -rss_limit_mb=2048 -max_len=$(FUZZ_MAX_LEN) -timeout=$(FUZZ_TIMEOUT) -print_final_stats=1 2>&1 \
	  | grep -E --line-buffered 'stat::number_of_executed_units|ERROR|panicked|SUMMARY|Test unit written|^\s+(fuzz/|cargo fuzz)'

# The runner gives the whole suite 20 s by default and then fails on its next
# poll of the page; the 15 tests take 15 s here in a debug build and more on a
# slower machine (CI failed so), so the suite gets 5 minutes.
test-wasm: export WASM_BINDGEN_TEST_TIMEOUT = 300
test-wasm:
	@echo "==> component tests in headless Chromium (wasm-bindgen-test)"
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	CHROMEDRIVER=/usr/bin/chromedriver \
	  cargo test --target $(WASM_TARGET) -p marginalia-app --test web --locked
	@echo "==> the same component tests in headless Firefox ESR (geckodriver)"
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	GECKODRIVER=$(CARGO_BIN)/geckodriver \
	  cargo test --target $(WASM_TARGET) -p marginalia-app --test web --locked

build:
	@echo "==> release build with trunk (dist/)"
	$(RELEASE_WASM) trunk build --release

size:
	@echo "==> bundle size (gzip -9) against the ceiling in tools.env"
	python3 scripts/check_size.py

test-e2e:
	@echo "==> end-to-end tests: Playwright + Chromium against dist/ on 127.0.0.1"
	@test -f dist/index.html || { echo "dist/ is missing: run make build first"; exit 1; }
	npx playwright test --config tests/e2e/playwright.config.mjs

# Speed and size, measured (not tests: times are noisy). Prints the tables the
# README reports: the core natively (criterion), the core in WebAssembly
# against it, the app in the browser, and the first load's size.
bench: build
	@echo "==> the core, natively (criterion; seeds, 1 MB, 10 MB, pathological inputs)"
	cargo bench -p marginalia-core --bench analyze
	@echo "==> the views across the library, natively (criterion; 500 articles)"
	cargo bench -p marginalia-model --bench across
	@echo "==> the core in WebAssembly (the app's worker in Chromium) against native"
	node tests/perf/core-wasm.mjs
	@echo "==> the app in Chromium: paste to painted, select, tag, heap"
	node tests/perf/ui-timing.mjs
	@echo "==> a first 50 kB paste: highlights in the page, and first painted (Chromium's trace)"
	node tests/perf/first-paint.mjs
	@echo "==> large and pathological documents in Chromium: drop to first paragraph, to all painted"
	node tests/perf/large-documents.mjs
	@echo "==> reload of a 30-document, 5 MB library: text shown, highlighted, all analysed, longest frozen"
	node tests/perf/reload.mjs
	@echo "==> the first load's size"
	python3 scripts/check_size.py
