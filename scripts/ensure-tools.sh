#!/usr/bin/env bash
# Installs, at pinned versions, every tool the build and the tests need, and skips what is already there,
# so a second run costs a few seconds. Called by `make serve` and `make test`; safe to run by hand.
#   scripts/ensure-tools.sh build   tools to build the release (wasm target, trunk, wasm-bindgen, wasm-opt)
#   scripts/ensure-tools.sh test    the build tools plus headless Chromium, chromedriver, Firefox with
#                                   geckodriver, WebKitGTK with its driver and Xvfb, and the e2e packages
#   scripts/ensure-tools.sh bench   the test tools plus Lighthouse (bench/package-lock.json), for `make bench` only
set -euo pipefail

TRUNK_VERSION="0.21.14"   # every 0.22.x needs a newer rustc than this machine's
cd "$(dirname "$0")/.."

say() { printf '\033[1mensure-tools:\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    say "need root to run: $*"; exit 1; fi
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

# `make test-native` checks the house style (rustfmt.toml).
ensure_rustfmt() {
  if ! cargo fmt --version >/dev/null 2>&1; then
    say "adding rustfmt"
    rustup component add rustfmt
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (about 5 minutes on 2 cores)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
}

# Trunk refuses any wasm-bindgen but the exact version in Cargo.lock.
ensure_wasm_bindgen() {
  local want
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
  if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $want" ]; then
    say "installing wasm-bindgen-cli $want (the version Cargo.lock pins)"
    # No --locked: its own lock file names a crate version the registry mirror here lacks.
    cargo install wasm-bindgen-cli --version "$want"
  fi
}

# npm packages follow their lock file exactly: ./ has binaryen's wasm-opt 132, playwright-core and
# axe-core; bench/ has Lighthouse, kept apart so the tests never install it.
ensure_node_modules() {
  local dir=${1:-.} stamp want
  stamp=$dir/node_modules/.lock-sha256
  want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]; then
    say "installing npm packages from $dir/package-lock.json"
    (cd "$dir" && npm ci --no-audit --no-fund)
    echo "$want" > "$stamp"
  fi
}

ensure_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian chromium and chromium-driver"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver
  fi
}

# The cross-engine walk (tests/e2e/engines.test.mjs): Firefox with geckodriver, and WebKitGTK's
# MiniBrowser with WebKitWebDriver, run under Xvfb. Debian has no geckodriver; crates.io does.
GECKODRIVER_VERSION="0.36.0"
ensure_engines() {
  if ! command -v firefox-esr >/dev/null || ! command -v WebKitWebDriver >/dev/null || ! command -v xvfb-run >/dev/null || ! command -v xauth >/dev/null; then
    say "installing Debian firefox-esr, webkit2gtk-driver and xvfb"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends firefox-esr webkit2gtk-driver xvfb xauth
  fi
  if [ "$(geckodriver --version 2>/dev/null | head -1 | cut -d' ' -f1-2 || true)" != "geckodriver $GECKODRIVER_VERSION" ]; then
    say "installing geckodriver $GECKODRIVER_VERSION (about 3 minutes on 2 cores)"
    cargo install --locked geckodriver --version "$GECKODRIVER_VERSION"
  fi
}

case "${1:-test}" in
  build) ensure_wasm_target; ensure_node_modules; ensure_trunk; ensure_wasm_bindgen ;;
  test)  ensure_wasm_target; ensure_rustfmt; ensure_node_modules; ensure_chromium; ensure_engines; ensure_trunk; ensure_wasm_bindgen ;;
  bench) ensure_wasm_target; ensure_node_modules; ensure_node_modules bench; ensure_chromium; ensure_trunk; ensure_wasm_bindgen ;;
  *) say "usage: $0 [build|test|bench]"; exit 2 ;;
esac
