// Trunk post_build hook, run over the staging dir before it becomes dist/. Four jobs:
// 0. The plan's build (src/bin/plan.rs) is a Trunk "worker", which Trunk names by its binary.
// Its files get content-hashed names like the first-load build's, so a host may cache them for
// long, and the loader in index.html is pointed at them.
// 1. Trunk's loader is an inline <script type="module">. Rather than allow every inline script
// ('unsafe-inline'), this adds the SHA-256 of each inline script (and style) to the page's
// Content-Security-Policy, so that exactly the scripts Trunk wrote may run and nothing else.
// 3. Minifies what Trunk leaves as written: the JavaScript of both builds and the stylesheet
// (esbuild; Trunk's own minifiers fail on wasm-bindgen's `export ... as default` and rewrite the
// page's markup that this script reads), and drops the page's comments. Measured: the first load
// is about 3 KiB (brotli) smaller.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { transformSync } from "esbuild";

const stagingDir = process.env.TRUNK_STAGING_DIR;
if (!stagingDir) {
  console.error("post-build: TRUNK_STAGING_DIR is not set; run this from a Trunk hook");
  process.exit(1);
}
const indexPath = join(stagingDir, "index.html");
let html = readFileSync(indexPath, "utf8");

const PLAN_BUILD = "backcheck-plan";
const planFiles = [`${PLAN_BUILD}.js`, `${PLAN_BUILD}_bg.wasm`];
const planHash = createHash("sha256");
for (const file of planFiles) {
  if (!html.includes(file)) {
    console.error(`post-build: the loader in index.html does not name ${file}`);
    process.exit(1);
  }
  planHash.update(readFileSync(join(stagingDir, file)));
}
const planName = `${PLAN_BUILD}-${planHash.digest("hex").slice(0, 16)}`;
for (const file of planFiles) {
  const hashed = file.replace(PLAN_BUILD, planName);
  renameSync(join(stagingDir, file), join(stagingDir, hashed));
  html = html.replaceAll(file, hashed);
}
console.log(`post-build: the plan's build is ${planName}.js and ${planName}_bg.wasm`);

// Trunk preloads the first build in every page, with integrity: at a second-build address that is
// a download the loader never uses, and engines either ignore a preload's integrity (Chromium
// warns) or fail to match it to the loader's request and download the file again (WebKit). The
// boot script in index.html preloads the build the loader will start instead.
const preloads = [...html.matchAll(/<link rel="(modulepreload|preload)" href="\.\/(backcheck-[0-9a-f]{1,16}(?:\.js|_bg\.wasm))"[^>]*>\n?/g)];
const firstJs = preloads.find((match) => match[1] === "modulepreload")?.[2];
const firstWasm = preloads.find((match) => match[1] === "preload")?.[2];
if (preloads.length !== 2 || !firstJs || !firstWasm) {
  console.error(`post-build: expected Trunk's two preloads of the first build, found ${preloads.length}: ${html.match(/<link[^>]*>/g)?.join("\n")}`);
  process.exit(1);
}
for (const [tag] of preloads) html = html.replace(tag, "");
for (const [placeholder, file] of [
  ["__FIRST_JS__", firstJs],
  ["__FIRST_WASM__", firstWasm],
  ["__SECOND_JS__", `${planName}.js`],
  ["__SECOND_WASM__", `${planName}_bg.wasm`],
]) {
  if (!html.includes(placeholder)) {
    console.error(`post-build: the boot script in index.html lacks ${placeholder}`);
    process.exit(1);
  }
  html = html.replace(placeholder, `./${file}`);
}

// 3. Minify. A file keeps its name (Trunk hashed the source); the stylesheet's integrity follows
// its new bytes.
const minify = (file, loader) => {
  const path = join(stagingDir, file);
  const { code } = transformSync(readFileSync(path, "utf8"), { loader, minify: true, format: loader === "js" ? "esm" : undefined, target: "es2020" });
  writeFileSync(path, code);
  return code;
};
for (const file of [firstJs, `${planName}.js`]) minify(file, "js");
const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="\.\/([^"]+\.css)" integrity="(sha384-[^"]+)"\/>/g)];
if (stylesheets.length !== 1) {
  console.error(`post-build: expected one stylesheet with its integrity, found ${stylesheets.length}`);
  process.exit(1);
}
for (const [, file, integrity] of stylesheets) {
  const css = minify(file, "css");
  html = html.replace(integrity, `sha384-${createHash("sha384").update(css, "utf8").digest("base64")}`);
}
html = html.replace(/<!--[\s\S]*?-->\s*/g, "");

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const inlineBodies = (tag) =>
  [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${tag}>`, "gi"))]
    .map((match) => match[1])
    .filter((body) => body.trim() !== "");

const scriptHashes = inlineBodies("script").map(sha256);
const styleHashes = inlineBodies("style").map(sha256);

const cspPattern = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/;
const cspMatch = html.match(cspPattern);
if (!cspMatch) {
  console.error("post-build: index.html has no Content-Security-Policy meta tag");
  process.exit(1);
}
const addSources = (policy, directive, sources) =>
  sources.length === 0
    ? policy
    : policy.replace(new RegExp(`(${directive} [^;]*)`), `$1 ${sources.join(" ")}`);
let policy = addSources(cspMatch[2], "script-src", scriptHashes);
policy = addSources(policy, "style-src", styleHashes);

let page = html.replace(cspPattern, `$1${policy}$3`);
// Link previews want an absolute image address, which only the deployer knows.
const siteUrl = process.env.BACKCHECK_SITE_URL;
if (siteUrl) {
  const base = siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`;
  page = page.replace(/(<meta (?:property="og:image"|name="twitter:image") content=")(icons\/[^"]+)(")/g, `$1${base}$2$3`);
  console.log(`post-build: link-preview image at ${base}icons/og-card.png`);
}
writeFileSync(indexPath, page);
console.log(`post-build: CSP allows ${scriptHashes.length} inline script(s), ${styleHashes.length} inline style(s) by hash`);

// 2. The service worker keeps this build's files (see public/sw.js for when). Its version is a
//    hash of all of them, so any change deploys a new sw.js, which is how browsers learn that an
//    update is ready.
const SERVICE_WORKER = "sw.js";
const listFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
const files = listFiles(stagingDir)
  .map((file) => relative(stagingDir, file).split("\\").join("/"))
  .filter((file) => file !== SERVICE_WORKER)
  .sort();
const buildHash = createHash("sha256");
for (const file of files) buildHash.update(file).update(readFileSync(join(stagingDir, file)));
const version = buildHash.digest("hex").slice(0, 16);
// The page itself is cached as "./", the address it is opened by; index.html is that same file.
const LINK_PREVIEW = "icons/og-card.png";
const secondBuild = files.filter((file) => file.startsWith(`${planName}`)).map((file) => `./${file}`);
const onUse = files.filter((file) => file.startsWith("icons/") && file !== LINK_PREVIEW).map((file) => `./${file}`);
const core = [
  "./",
  ...files
    .filter((file) => file !== "index.html" && !file.startsWith("icons/") && !file.startsWith(planName))
    .map((file) => `./${file}`),
];
if (secondBuild.length !== 2) {
  console.error(`post-build: expected the second build's js and wasm, found ${secondBuild.join(", ")}`);
  process.exit(1);
}

const workerPath = join(stagingDir, SERVICE_WORKER);
const worker = readFileSync(workerPath, "utf8");
const placeholders = ["__BACKCHECK_VERSION__", "__BACKCHECK_CORE__", "__BACKCHECK_SECOND_BUILD__", "__BACKCHECK_ON_USE__"];
if (!placeholders.every((placeholder) => worker.includes(placeholder))) {
  console.error("post-build: sw.js lacks its placeholders");
  process.exit(1);
}
const list = (items) => JSON.stringify(items, null, 2);
writeFileSync(
  workerPath,
  worker
    .replace("__BACKCHECK_VERSION__", version)
    .replace("__BACKCHECK_CORE__", list(core))
    .replace("__BACKCHECK_SECOND_BUILD__", list(secondBuild))
    .replace("__BACKCHECK_ON_USE__", list(onUse)),
);
console.log(
  `post-build: sw.js version ${version} keeps ${core.length} files at once, the second build's ${secondBuild.length} when usable, ${onUse.length} icons on use`,
);
