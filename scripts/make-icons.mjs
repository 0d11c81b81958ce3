// Renders icons/*.svg to the PNG app icons in public/icons (run: node scripts/make-icons.mjs).
// The PNGs are committed, so a build never needs a browser; rerun this after changing an SVG.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { launchOptions } from './browser.mjs';

const outputs = [
  ['icons/icon.svg', 'public/icons/icon-192.png', 192],
  ['icons/icon.svg', 'public/icons/icon-512.png', 512],
  ['icons/icon-maskable.svg', 'public/icons/icon-maskable-512.png', 512],
  ['icons/icon.svg', 'public/icons/apple-touch-icon.png', 180],
];

mkdirSync('public/icons', { recursive: true });
const browser = await chromium.launch(launchOptions);
try {
  for (const [svg, png, size] of outputs) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const markup = readFileSync(svg, 'utf8')
      .replace(/\swidth="[^"]*"/, '')
      .replace(/\sheight="[^"]*"/, '')
      .replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<style>html,body{margin:0}svg{display:block}</style>${markup}`);
    await page.screenshot({ path: png });
    await page.close();
    console.log(`${png} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
copyFileSync('icons/icon.svg', 'public/icons/icon.svg');
