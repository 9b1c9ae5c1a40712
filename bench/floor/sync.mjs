// Keeps the floor app built as the app is (scripts/bench runs this before building it):
//
// - the app's release profile: every `[profile.release…]` section of ../../Cargo.toml is copied
//   into bench/floor/.cargo/config.toml (git-ignored), which cargo reads for the floor's build
//   and which overrides the floor's own copy in its Cargo.toml, so a change to the app's
//   profile (opt-level, per-package overrides…) reaches the floor without anyone editing it;
// - the wasm-opt level: the floor's index.html gets the app's `data-wasm-opt` (and
//   `data-wasm-opt-params`, but for `-g`, which keeps the names the app's split needs) if they
//   differ, and says so (commit that change);
// - the tool pins and minifying: Trunk.toml's [tools] and `minify`, and the wasm-bindgen pin,
//   must be the app's; a warning says which one differs (changing them may need the floor's
//   Cargo.lock updated online).
//
//   node bench/floor/sync.mjs
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const floor = dirname(fileURLToPath(import.meta.url));
const root = join(floor, "..", "..");
const read = (...path) => readFileSync(join(...path), "utf8");

/** The sections of a TOML text whose name `keep` accepts, verbatim (header and body). */
function sections(text, keep) {
  const out = [];
  let keeping = false;
  for (const line of text.split("\n")) {
    const header = /^\s*\[([^[\]]+)\]\s*(#.*)?$/.exec(line);
    if (header || /^\s*\[\[/.test(line)) keeping = Boolean(header) && keep(header[1].replace(/\s+/g, ""));
    if (keeping) out.push(line);
  }
  return out.join("\n").trim();
}

/** Every `[profile.release…]` section of a Cargo.toml (or of a cargo config), verbatim. */
export const releaseProfile = (text) =>
  sections(text, (name) => name === "profile.release" || name.startsWith("profile.release."));

/** A profile's settings on one line: `opt-level = "s", lto = true; [package.serde_json] opt-level = 3`. */
export function describeProfile(profile) {
  const parts = [];
  for (const raw of profile.split("\n")) {
    const line = raw.replace(/#.*$/, "").trim().replace(/\s+/g, " ");
    const header = /^\[profile\.release\.?(.*)\]$/.exec(line);
    if (header) parts.push({ name: header[1], settings: [] });
    else if (line && parts.length) parts.at(-1).settings.push(line);
  }
  return parts.map(({ name, settings }) => `${name ? `[${name}] ` : ""}${settings.join(", ")}`).join("; ");
}

/** The app's release profile as written now, and the one the floor was last built with. */
export function profiles() {
  let floorProfile = "";
  try {
    floorProfile = releaseProfile(read(floor, ".cargo", "config.toml"));
  } catch {}
  return { app: releaseProfile(read(root, "Cargo.toml")), floor: floorProfile };
}

function sync() {
  // 1. The profile.
  const profile = releaseProfile(read(root, "Cargo.toml"));
  if (!profile) throw new Error("Cargo.toml has no [profile.release]: the floor would not be built as the app is");
  mkdirSync(join(floor, ".cargo"), { recursive: true });
  writeFileSync(
    join(floor, ".cargo", "config.toml"),
    "# Written by bench/floor/sync.mjs from the app's Cargo.toml: the floor is built with the app's\n" +
      `# release profile. Do not edit; scripts/bench rewrites it on every run.\n\n${profile}\n`,
  );
  console.log(`floor: release profile as the app's: ${describeProfile(profile)}`);

  // 2. The wasm-opt settings of the rust link.
  const rustLink = (html) => /<link\b[^>]*\bdata-trunk\b[^>]*\brel="rust"[^>]*>/.exec(html)?.[0];
  const attr = (tag, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const appLink = rustLink(read(root, "index.html"));
  const floorHtml = read(floor, "index.html");
  const floorLink = rustLink(floorHtml);
  if (!appLink || !floorLink) throw new Error('no <link data-trunk rel="rust"> in index.html or bench/floor/index.html');
  let link = floorLink;
  for (const name of ["data-wasm-opt", "data-wasm-opt-params"]) {
    // The app keeps its functions' names (-g) only until its post-build hook has split the wasm
    // by them and stripped them (scripts/wasm-split.mjs); the floor, not split, is built without.
    const want = name === "data-wasm-opt-params" ? attr(appLink, name)?.replace(/(^|\s)-g(?=\s|$)/, "").trim() : attr(appLink, name);
    const have = attr(link, name);
    if (want === have) continue;
    link =
      have === undefined
        ? link.replace(/\s*\/?>$/, ` ${name}="${want}" />`)
        : link.replace(new RegExp(`\\s${name}="[^"]*"`), want === undefined ? "" : ` ${name}="${want}"`);
    console.log(`floor: bench/floor/index.html now has ${name}=${want === undefined ? "(none)" : `"${want}"`}, as the app's index.html (commit this change)`);
  }
  if (link !== floorLink) writeFileSync(join(floor, "index.html"), floorHtml.replace(floorLink, link));
  console.log(`floor: wasm-opt level "${attr(link, "data-wasm-opt") ?? "(trunk's default)"}", as the app's`);

  // 3. The tool pins.
  const tools = (text) => sections(text, (name) => name === "tools").replace(/#.*$/gm, "").replace(/\s+/g, " ").trim();
  if (tools(read(root, "Trunk.toml")) !== tools(read(floor, "Trunk.toml"))) {
    console.warn("floor: WARNING: bench/floor/Trunk.toml's [tools] differ from the app's Trunk.toml; make them equal");
  }
  const minify = (text) => /^minify\s*=\s*"([^"]*)"/m.exec(text)?.[1];
  if (minify(read(root, "Trunk.toml")) !== minify(read(floor, "Trunk.toml"))) {
    console.warn("floor: WARNING: bench/floor/Trunk.toml's minify differs from the app's Trunk.toml; make them equal");
  }
  const pin = (text) => /^wasm-bindgen\s*=.*?"(=?[^"]+)"/m.exec(text)?.[1];
  const [appPin, floorPin] = [pin(read(root, "Cargo.toml")), pin(read(floor, "Cargo.toml"))];
  if (appPin !== floorPin) {
    console.warn(
      `floor: WARNING: the app pins wasm-bindgen ${appPin}, the floor ${floorPin}; make them equal ` +
        "(and run `cargo update -p wasm-bindgen` in bench/floor)",
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) sync();
