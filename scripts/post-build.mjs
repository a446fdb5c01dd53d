// Trunk post_build hook, run over the staging dir before it becomes dist/.
// Trunk's loader is an inline <script type="module">. Rather than allow every inline script
// ('unsafe-inline'), this adds the SHA-256 of each inline script (and style) to the page's
// Content-Security-Policy, so that exactly the scripts Trunk wrote may run and nothing else.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const stagingDir = process.env.TRUNK_STAGING_DIR;
if (!stagingDir) {
  console.error("post-build: TRUNK_STAGING_DIR is not set; run this from a Trunk hook");
  process.exit(1);
}
const indexPath = join(stagingDir, "index.html");
const html = readFileSync(indexPath, "utf8");

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

writeFileSync(indexPath, html.replace(cspPattern, `$1${policy}$3`));
console.log(`post-build: CSP allows ${scriptHashes.length} inline script(s), ${styleHashes.length} inline style(s) by hash`);
