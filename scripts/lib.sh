# Shared by scripts/setup, scripts/serve and scripts/test. Source it; do not run it.

# Run from the repository root, with the npm tools (wasm-opt) and cargo's tools on PATH.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# step NAME COMMAND...: runs a command and prints how long it took.
step() {
  local name=$1 start=$SECONDS
  shift
  echo "==> $name"
  "$@"
  echo "<== $name: $((SECONDS - start)) s"
}

# The wasm-bindgen version Cargo.lock pins; the CLI must be exactly this version.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

# Runs a command as root (directly, or through sudo when there is one).
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}
