// Screenshots of the running app for the README and for a look by eye:
//   node scripts/screenshot.mjs http://127.0.0.1:5173/ out.png [width] [height] [--demo] [--pick] [--dark] [--full] [--1x]
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from './browser.mjs';

const [url = 'http://127.0.0.1:5173/', out = 'screenshot.png', width = '390', height = '844', ...flags] = process.argv.slice(2);
const found = await ensureChromium();
const browser = await chromium.launch({ executablePath: found.executablePath, args: CHROMIUM_ARGS });
const page = await browser.newPage({
	viewport: { width: Number(width), height: Number(height) },
	deviceScaleFactor: flags.includes('--1x') ? 1 : 2,
	colorScheme: flags.includes('--dark') ? 'dark' : 'light'
});
await page.goto(url);
if (flags.includes('--demo')) await page.getByRole('button', { name: 'Try the demo library' }).click();
if (flags.includes('--pick')) {
	await page.getByRole('button', { name: /Pick a movie/ }).click();
	await page.getByRole('article', { name: 'Your pick' }).waitFor();
	await page.waitForTimeout(600);
}
await page.screenshot({ path: out, fullPage: flags.includes('--full') });
await browser.close();
console.log(`wrote ${out}`);
