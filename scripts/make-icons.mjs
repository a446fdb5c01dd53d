// Draws the app icons (PNG) and the link-preview card (og:image, 1200x630) from the favicon's
// design with headless Chromium. Run by hand when the design changes; the PNGs are committed:
// node scripts/make-icons.mjs
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
// The card chat apps show for a shared link: the mark, the name and the question, plainly.
await page.setViewportSize({ width: 1200, height: 630 });
await page.setContent(`
  <body style="margin:0;width:1200px;height:630px;background:#f7f6f2;font-family:'DejaVu Sans',sans-serif;color:#1f2a2c;display:flex;align-items:center;gap:64px;padding:0 96px;box-sizing:border-box">
    ${mark(220, false)}
    <div>
      <div style="font-size:44px;font-weight:700;color:#1d5c63">Backcheck</div>
      <div style="font-size:60px;font-weight:700;line-height:1.15;margin-top:16px">Should I exercise with low back pain?</div>
      <div style="font-size:32px;margin-top:24px;color:#4a5759">A short, private self-check</div>
    </div>
  </body>`);
await page.screenshot({ path: "public/icons/og-card.png", clip: { x: 0, y: 0, width: 1200, height: 630 } });
await browser.close();
console.log("icons and the link-preview card written to public/icons/");
