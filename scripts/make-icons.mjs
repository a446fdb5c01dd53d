// Draws the app icons (PNG) from the favicon's design with headless Chromium. Run by hand when the
// design changes; the PNGs are committed: node scripts/make-icons.mjs
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";

const mark = (size, inset) => `
  <svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 64 64">
    <rect width="64" height="64" ${inset ? "" : 'rx="14"'} fill="#1d5c63"/>
    <g transform="translate(32 32) scale(${inset ? 0.62 : 1}) translate(-32 -32)">
      <path d="M32 10c-4 6-4 10 0 14s4 8 0 14-4 10 0 16" fill="none" stroke="#fff" stroke-width="6" stroke-linecap="round"/>
    </g>
  </svg>`;

mkdirSync("public/icons", { recursive: true });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--headless"] });
const page = await browser.newPage();
for (const [name, size, maskable] of [["icon-192", 192, false], ["icon-512", 512, false], ["icon-maskable-512", 512, true], ["apple-touch-icon", 180, true]]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0;background:transparent">${mark(size, maskable)}</body>`);
  await page.screenshot({ path: `public/icons/${name}.png`, omitBackground: !maskable, clip: { x: 0, y: 0, width: size, height: size } });
}
await browser.close();
console.log("icons written to public/icons/");
