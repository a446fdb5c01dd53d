// A plain static file server like GitHub Pages or S3: no SPA fallback (an unknown path is a 404),
// the site mounted under a sub-path, and optional compression and long cache headers for hashed
// files so the benchmark measures what a real host would send.
//   node tests/e2e/static-server.mjs [dir] [port] [--base /some/sub/path/] [--compress]
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { brotliCompressSync, gzipSync, constants as zlib } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".webmanifest", ".svg", ".txt"]);
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;

// For engines without a console API over WebDriver (tests/e2e/engines.test.mjs): a first script
// in the page that keeps every error, console error and CSP violation in `window.__problems`,
// allowed by its hash in the page's CSP.
const RECORDER = `window.__problems=[];addEventListener("error",function(e){__problems.push("error: "+(e.message||(e.target&&(e.target.src||e.target.href))))},true);addEventListener("unhandledrejection",function(e){__problems.push("unhandled rejection: "+e.reason)});document.addEventListener("securitypolicyviolation",function(e){__problems.push("CSP: "+e.violatedDirective+" "+e.blockedURI)});var __error=console.error;console.error=function(){__problems.push("console error: "+[].join.call(arguments," "));__error.apply(console,arguments)};`;

function withRecorder(html) {
  const hash = `'sha256-${createHash("sha256").update(RECORDER).digest("base64")}'`;
  return html.replace(/script-src 'self'/, `script-src 'self' ${hash}`).replace("<head>", `<head><script>${RECORDER}</script>`);
}

/**
 * `record`: add the recorder above to the page. `holdWasm`: never answer a .wasm request, as if
 * the network stalled or the app were blocked.
 */
export function startStaticServer({ root, port = 0, base = "/", compress = false, record = false, holdWasm = false, log = () => {} }) {
  const rootDir = resolve(root);
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const requests = [];
  // Each answer's path and the bytes sent for it (compressed when `compress`): what a visit costs.
  const transfers = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    requests.push(url.pathname);
    log(`${req.method} ${url.pathname}`);
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    let relative = decodeURIComponent(url.pathname.slice(prefix.length));
    if (relative === "" || relative.endsWith("/")) relative += "index.html";
    const file = normalize(join(rootDir, relative));
    if (!file.startsWith(rootDir + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error("not a file");
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    let body = await readFile(file);
    const ext = extname(file);
    if (holdWasm && ext === ".wasm") return;
    if (record && ext === ".html") body = Buffer.from(withRecorder(body.toString("utf8")));
    const headers = {
      "content-type": TYPES[ext] ?? "application/octet-stream",
      "cache-control": HASHED.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
    };
    const accepts = req.headers["accept-encoding"] ?? "";
    if (compress && COMPRESSIBLE.has(ext)) {
      if (/\bbr\b/.test(accepts)) {
        body = brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } });
        headers["content-encoding"] = "br";
      } else if (/\bgzip\b/.test(accepts)) {
        body = gzipSync(body, { level: 9 });
        headers["content-encoding"] = "gzip";
      }
      headers["vary"] = "accept-encoding";
    }
    headers["content-length"] = body.length;
    if (req.method !== "HEAD") transfers.push({ path: url.pathname, bytes: body.length });
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  });
  return new Promise((resolveStart) => {
    server.listen(port, "127.0.0.1", () => {
      const { port: actual } = server.address();
      resolveStart({
        url: `http://127.0.0.1:${actual}${prefix}`,
        origin: `http://127.0.0.1:${actual}`,
        requests,
        transfers,
        close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(done); }),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const flag = (name) => args.includes(name);
  const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const positional = args.filter((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1] === "--base"));
  const server = await startStaticServer({
    root: positional[0] ?? "dist",
    port: Number(positional[1] ?? 8080),
    base: option("--base", "/"),
    compress: flag("--compress"),
  });
  console.log(`serving ${positional[0] ?? "dist"} at ${server.url}`);
}
