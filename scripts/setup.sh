#!/usr/bin/env bash
# Installs what Marginalia's build and tests need, if missing. Idempotent:
# a second run only checks. Everything comes from the Rust, Debian and npm
# registries — no tool downloads a binary or a browser of its own.
#
#   scripts/setup.sh         everything the tests need (make test)
#   scripts/setup.sh serve   only what building and serving need (make serve):
#                            no browsers, drivers or fuzzer
set -euo pipefail
cd "$(dirname "$0")/.."
MODE="${1:-all}"
case "$MODE" in all | serve) ;; *) echo "usage: scripts/setup.sh [serve]" >&2; exit 2 ;; esac
# shellcheck source=../tools.env
source tools.env
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
ok() { printf '    ok: %s\n' "$*"; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

say "Rust target $WASM_TARGET and components"
if rustup target list --installed | grep -qx "$WASM_TARGET"; then ok "$WASM_TARGET"; else rustup target add "$WASM_TARGET"; fi
# rust-src: the release build compiles the standard library for WebAssembly (Makefile, RELEASE_WASM).
for c in rustfmt clippy rust-src; do
  if rustup component list --installed | grep -q "^$c"; then ok "$c"; else rustup component add "$c"; fi
done

say "trunk $TRUNK_VERSION"
if trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  ok "$(trunk --version)"
else
  echo "    installing trunk $TRUNK_VERSION with cargo (several minutes on 2 cores)"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install trunk --version "$TRUNK_VERSION" --locked
fi

WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
say "wasm-bindgen-cli $WB_VERSION (the version of wasm-bindgen in Cargo.lock)"
if wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WB_VERSION"; then
  ok "$(wasm-bindgen --version)"
else
  echo "    installing wasm-bindgen-cli $WB_VERSION with cargo (a few minutes)"
  # Not --locked: its lock file pins a crate version the registry may not have.
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

if [ "$MODE" = all ]; then
say "Chromium and ChromeDriver (Debian packages)"
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  ok "$(/usr/bin/chromium --version 2>/dev/null | head -1)"
else
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
fi

say "Firefox ESR (Debian package) and geckodriver $GECKODRIVER_VERSION (crates.io)"
if [ -x /usr/bin/firefox-esr ]; then
  ok "$(/usr/bin/firefox-esr --version 2>/dev/null | head -1)"
else
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q firefox-esr
fi
if geckodriver --version 2>/dev/null | head -1 | grep -q "^geckodriver $GECKODRIVER_VERSION"; then
  ok "$(geckodriver --version | head -1)"
else
  echo "    installing geckodriver $GECKODRIVER_VERSION with cargo (a few minutes)"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
fi

say "cargo-fuzz $CARGO_FUZZ_VERSION (crates.io)"
if cargo fuzz --version 2>/dev/null | grep -q "cargo-fuzz $CARGO_FUZZ_VERSION"; then
  ok "$(cargo fuzz --version)"
else
  echo "    installing cargo-fuzz $CARGO_FUZZ_VERSION with cargo (a few minutes)"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
fi

fi

say "npm packages (binaryen's wasm-opt, Playwright, the word vectors the claim model is trained on) from package-lock.json"
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.lock-sha256 2>/dev/null)" = "$lock_sum" ]; then
  ok "node_modules matches package-lock.json"
else
  npm ci --no-audit --no-fund
  echo "$lock_sum" > node_modules/.lock-sha256
fi
ok "$(wasm-opt --version)"

say "Rust crates (cargo fetch --locked, so builds can run offline)"
cargo fetch --locked --quiet
# The release build compiles the standard library (Makefile, RELEASE_WASM):
# its own few crates, pinned by the toolchain's library/Cargo.lock.
RUSTC_BOOTSTRAP=1 cargo fetch --locked --quiet --manifest-path "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
ok "the standard library's dependencies fetched"
if [ "$MODE" = all ]; then
  cargo fetch --locked --quiet --manifest-path fuzz/Cargo.toml
  ok "Cargo.lock and fuzz/Cargo.lock dependencies fetched"
else
  ok "Cargo.lock dependencies fetched"
fi
