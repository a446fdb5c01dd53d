// Trunk's post_build hook, run over the staging dir before it becomes dist/. Its jobs, in the
// order they run (each is a function below, and each reads what the ones before it wrote):
const JOBS = [
  nameTheSecondBuild, // the files of the second build's two parts and its stylesheet get content-hashed names
  pointTheBootScript, // Trunk's preloads go; index.html's boot script names the files instead
  minify, // the JavaScript of both builds, both stylesheets, the page's comments
  allowInlineScripts, // the CSP allows each inline script and style by its hash
  linkPreviewAddress, // an absolute og:image, when BACKCHECK_SITE_URL is set
  writePage,
  listForTheServiceWorker, // sw.js's file lists and version, from the files as written
];

import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { transformSync } from "esbuild";

// The second build's parts (src/bin/plan_build.rs, session_build.rs, records_build.rs), whose files
// Trunk names after their binaries, by the names the boot script in index.html gives them.
const SECOND_BUILD_PARTS = { PLAN: "backcheck-plan", SESSION: "backcheck-session", RECORDS: "backcheck-records" };
// The second build's screens' stylesheet (style/second-build.css), which index.html's copy-file
// link puts in the staging dir; both parts load it.
const SECOND_BUILD_STYLE = "second-build.css";
const SECOND_BUILD_STYLE_NAME = "backcheck-second";
// The named exercises' pictures (public/exercises/), which index.html's copy-dir link puts here.
const PICTURES = "exercises";

const stagingDir = process.env.TRUNK_STAGING_DIR;
if (!stagingDir) fail("TRUNK_STAGING_DIR is not set; run this from a Trunk hook");
const indexPath = join(stagingDir, "index.html");
const build = { html: readFileSync(indexPath, "utf8") };
for (const job of JOBS) job(build);

function fail(message) {
  console.error(`post-build: ${message}`);
  process.exit(1);
}

// Each part of the second build is a Trunk "worker", which Trunk names by its binary. Its files
// get content-hashed names like the first-load build's, so a host may cache them for long, and the
// loader (Trunk.toml's pattern_script, inlined in the page) is pointed at them. The screens'
// stylesheet gets a name of its own, `backcheck-second-<hash>.css`. Every file of the second build
// starts with one of these names (the service worker keeps them together).
function nameTheSecondBuild(build) {
  const contentName = (name, files) => {
    const hash = createHash("sha256");
    for (const file of files) hash.update(readFileSync(join(stagingDir, file)));
    return `${name}-${hash.digest("hex").slice(0, 16)}`;
  };
  build.secondParts = {};
  for (const [part, name] of Object.entries(SECOND_BUILD_PARTS)) {
    const files = [`${name}.js`, `${name}_bg.wasm`];
    for (const file of files) if (!build.html.includes(file)) fail(`the loader in index.html does not name ${file}`);
    const hashed = contentName(name, files);
    for (const file of files) {
      renameSync(join(stagingDir, file), join(stagingDir, file.replace(name, hashed)));
      build.html = build.html.replaceAll(file, file.replace(name, hashed));
    }
    build.secondParts[part] = hashed;
  }
  if (!existsSync(join(stagingDir, SECOND_BUILD_STYLE))) fail(`${SECOND_BUILD_STYLE} is not in the staging dir: index.html should copy style/${SECOND_BUILD_STYLE}`);
  build.secondStyle = `${contentName(SECOND_BUILD_STYLE_NAME, [SECOND_BUILD_STYLE])}.css`;
  renameSync(join(stagingDir, SECOND_BUILD_STYLE), join(stagingDir, build.secondStyle));
  build.secondFiles = [...Object.values(build.secondParts).flatMap((name) => [`${name}.js`, `${name}_bg.wasm`]), build.secondStyle];
  console.log(`post-build: the second build is ${build.secondFiles.join(", ")}`);
}

// Trunk preloads the first build in every page, with integrity: at a second-build address that is
// a download the loader never uses, and engines either ignore a preload's integrity (Chromium
// warns) or fail to match it to the loader's request and download the file again (WebKit). The
// boot script in index.html preloads the build the loader will start instead.
function pointTheBootScript(build) {
  const preloads = [...build.html.matchAll(/<link rel="(modulepreload|preload)" href="\.\/(backcheck-[0-9a-f]{1,16}(?:\.js|_bg\.wasm))"[^>]*>\n?/g)];
  build.firstJs = preloads.find((match) => match[1] === "modulepreload")?.[2];
  const firstWasm = preloads.find((match) => match[1] === "preload")?.[2];
  if (preloads.length !== 2 || !build.firstJs || !firstWasm) {
    fail(`expected Trunk's two preloads of the first build, found ${preloads.length}: ${build.html.match(/<link[^>]*>/g)?.join("\n")}`);
  }
  for (const [tag] of preloads) build.html = build.html.replace(tag, "");
  for (const [placeholder, file] of [
    ["__FIRST_JS__", build.firstJs],
    ["__FIRST_WASM__", firstWasm],
    ...Object.entries(build.secondParts).flatMap(([part, name]) => [
      [`__${part}_JS__`, `${name}.js`],
      [`__${part}_WASM__`, `${name}_bg.wasm`],
    ]),
    ["__SECOND_CSS__", build.secondStyle],
  ]) {
    if (!build.html.includes(placeholder)) fail(`the boot script in index.html lacks ${placeholder}`);
    build.html = build.html.replace(placeholder, `./${file}`);
  }
}

// Minifies what Trunk leaves as written (esbuild; Trunk's own minifiers fail on wasm-bindgen's
// `export ... as default` and rewrite the page's markup that this script reads), and drops the
// page's comments. Measured: the first load is about 3 KiB (brotli) smaller. A file keeps its
// name (Trunk, or nameTheSecondBuild, hashed the source); each stylesheet's integrity follows its
// new bytes: main.css's in its link, the second build's in the boot script that loads it.
function minify(build) {
  const minifyFile = (file, loader) => {
    const path = join(stagingDir, file);
    const { code } = transformSync(readFileSync(path, "utf8"), { loader, minify: true, format: loader === "js" ? "esm" : undefined, target: "es2020" });
    writeFileSync(path, code);
    return code;
  };
  for (const file of [build.firstJs, ...Object.values(build.secondParts).map((name) => `${name}.js`)]) minifyFile(file, "js");
  const stylesheets = [...build.html.matchAll(/<link rel="stylesheet" href="\.\/([^"]+\.css)" integrity="(sha384-[^"]+)"\/>/g)];
  if (stylesheets.length !== 1) fail(`expected one stylesheet with its integrity, found ${stylesheets.length}`);
  const integrity = (css) => `sha384-${createHash("sha384").update(css, "utf8").digest("base64")}`;
  for (const [, file, before] of stylesheets) build.html = build.html.replace(before, integrity(minifyFile(file, "css")));
  if (!build.html.includes("__SECOND_CSS_INTEGRITY__")) fail("the boot script in index.html lacks __SECOND_CSS_INTEGRITY__");
  build.html = build.html.replace("__SECOND_CSS_INTEGRITY__", integrity(minifyFile(build.secondStyle, "css")));
  build.html = build.html.replace(/<!--[\s\S]*?-->\s*/g, "");
}

// Rather than allow every inline script ('unsafe-inline'), the page's Content-Security-Policy
// gets the SHA-256 of each inline script (Trunk's loader and index.html's two) and style, so that
// exactly those may run and nothing else.
function allowInlineScripts(build) {
  const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
  const inlineBodies = (tag) =>
    [...build.html.matchAll(new RegExp(`<${tag}(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${tag}>`, "gi"))]
      .map((match) => match[1])
      .filter((body) => body.trim() !== "");
  const scriptHashes = inlineBodies("script").map(sha256);
  const styleHashes = inlineBodies("style").map(sha256);

  const cspPattern = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/;
  const cspMatch = build.html.match(cspPattern);
  if (!cspMatch) fail("index.html has no Content-Security-Policy meta tag");
  const addSources = (policy, directive, sources) =>
    sources.length === 0 ? policy : policy.replace(new RegExp(`(${directive} [^;]*)`), `$1 ${sources.join(" ")}`);
  let policy = addSources(cspMatch[2], "script-src", scriptHashes);
  policy = addSources(policy, "style-src", styleHashes);
  build.html = build.html.replace(cspPattern, `$1${policy}$3`);
  console.log(`post-build: CSP allows ${scriptHashes.length} inline script(s), ${styleHashes.length} inline style(s) by hash`);
}

// Link previews want an absolute image address, which only the deployer knows.
function linkPreviewAddress(build) {
  const siteUrl = process.env.BACKCHECK_SITE_URL;
  if (!siteUrl) return;
  const base = siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`;
  build.html = build.html.replace(/(<meta (?:property="og:image"|name="twitter:image") content=")(icons\/[^"]+)(")/g, `$1${base}$2$3`);
  console.log(`post-build: link-preview image at ${base}icons/og-card.png`);
}

function writePage(build) {
  writeFileSync(indexPath, build.html);
}

// The service worker keeps this build's files (see public/sw.js for when). Its version is a hash
// of all of them, so any change deploys a new sw.js, which is how browsers learn that an update
// is ready.
function listForTheServiceWorker(build) {
  const SERVICE_WORKER = "sw.js";
  const listFiles = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]));
  const files = listFiles(stagingDir)
    .map((file) => relative(stagingDir, file).split("\\").join("/"))
    .filter((file) => file !== SERVICE_WORKER)
    .sort();
  const buildHash = createHash("sha256");
  for (const file of files) buildHash.update(file).update(readFileSync(join(stagingDir, file)));
  const version = buildHash.digest("hex").slice(0, 16);
  // The page itself is cached as "./", the address it is opened by; index.html is that same file.
  const LINK_PREVIEW = "icons/og-card.png";
  // The exercise pictures go with the second build: only its session screen shows them.
  const isPicture = (file) => file.startsWith(`${PICTURES}/`);
  const isSecondBuild = (file) => build.secondFiles.includes(file) || isPicture(file);
  const secondBuild = files.filter(isSecondBuild).map((file) => `./${file}`);
  const pictures = files.filter(isPicture);
  if (pictures.length === 0) fail(`no exercise pictures in ${PICTURES}/: index.html should copy public/${PICTURES}`);
  const onUse = files.filter((file) => file.startsWith("icons/") && file !== LINK_PREVIEW).map((file) => `./${file}`);
  const core = [
    "./",
    ...files.filter((file) => file !== "index.html" && !file.startsWith("icons/") && !isSecondBuild(file)).map((file) => `./${file}`),
  ];
  if (secondBuild.length !== build.secondFiles.length + pictures.length) fail(`expected the second build's ${build.secondFiles.join(", ")}, found ${secondBuild.join(", ")}`);
  // Kept in groups, each when a person can use it (public/sw.js): the plan part when results offer
  // a plan; the session part with its pictures, and the records part, once a plan is made. Each
  // group has the stylesheet all parts load.
  const part = (name) => secondBuild.filter((file) => file.startsWith(`./${name}-`) || file === `./${build.secondStyle}`);
  const groups = {
    plan: part(SECOND_BUILD_PARTS.PLAN),
    session: [...part(SECOND_BUILD_PARTS.SESSION), ...pictures.map((file) => `./${file}`)],
    records: part(SECOND_BUILD_PARTS.RECORDS),
  };
  if (new Set(Object.values(groups).flat()).size !== secondBuild.length) fail(`the service worker's groups do not cover the second build: ${JSON.stringify(groups)}`);

  const workerPath = join(stagingDir, SERVICE_WORKER);
  const worker = readFileSync(workerPath, "utf8");
  const placeholders = ["__BACKCHECK_VERSION__", "__BACKCHECK_CORE__", "__BACKCHECK_SECOND_BUILD__", "__BACKCHECK_ON_USE__"];
  if (!placeholders.every((placeholder) => worker.includes(placeholder))) fail("sw.js lacks its placeholders");
  const list = (items) => JSON.stringify(items, null, 2);
  writeFileSync(
    workerPath,
    worker
      .replace("__BACKCHECK_VERSION__", version)
      .replace("__BACKCHECK_CORE__", list(core))
      .replace("__BACKCHECK_SECOND_BUILD__", list(groups))
      .replace("__BACKCHECK_ON_USE__", list(onUse)),
  );
  console.log(
    `post-build: sw.js version ${version} keeps ${core.length} files at once, the second build's ${secondBuild.length} (${pictures.length} pictures among them) when usable, ${onUse.length} icons on use`,
  );
}
