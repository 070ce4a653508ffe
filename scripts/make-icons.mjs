#!/usr/bin/env node
// Draws PlexPicker's icons as PNG with no dependencies (zlib only), so they can be rebuilt anywhere:
//   node scripts/make-icons.mjs      -> static/icons/*.png, static/apple-touch-icon.png, static/favicon.svg
// "any" icons are a rounded square; "maskable" ones fill the canvas and keep the mark inside the
// 80 % safe zone that launchers may crop to a circle.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const BG = [0xf0, 0xa9, 0x2a];
const FG = [0x1b, 0x13, 0x00];

function crc32(buf) {
	let c = ~0;
	for (const byte of buf) {
		c ^= byte;
		for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
	}
	return ~c >>> 0;
}

function chunk(type, data) {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([len, body, crc]);
}

function png(size, shade) {
	const raw = Buffer.alloc((size * 4 + 1) * size);
	const S = 4; // supersampling per axis
	for (let y = 0; y < size; y++) {
		raw[y * (size * 4 + 1)] = 0;
		for (let x = 0; x < size; x++) {
			const acc = [0, 0, 0, 0];
			for (let sy = 0; sy < S; sy++) {
				for (let sx = 0; sx < S; sx++) {
					const c = shade((x + (sx + 0.5) / S) / size, (y + (sy + 0.5) / S) / size);
					for (let i = 0; i < 4; i++) acc[i] += c[i];
				}
			}
			const o = y * (size * 4 + 1) + 1 + x * 4;
			for (let i = 0; i < 4; i++) raw[o + i] = Math.round(acc[i] / (S * S));
		}
	}
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(size, 0);
	ihdr.writeUInt32BE(size, 4);
	ihdr[8] = 8;
	ihdr[9] = 6; // RGBA
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(raw, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

const inRoundedRect = (u, v, inset, r) => {
	const x = Math.max(Math.abs(u - 0.5) - (0.5 - inset - r), 0);
	const y = Math.max(Math.abs(v - 0.5) - (0.5 - inset - r), 0);
	return x * x + y * y <= r * r;
};
// A "play" triangle centred in a box of the given scale (1 = whole canvas).
const inPlay = (u, v, scale) => {
	const x = (u - 0.5) / scale + 0.5;
	const y = (v - 0.5) / scale + 0.5;
	const left = 0.36, right = 0.72, top = 0.28, bottom = 0.72;
	if (x < left || x > right) return false;
	const half = ((right - x) / (right - left)) * ((bottom - top) / 2);
	return Math.abs(y - 0.5) <= half;
};

const anyIcon = (u, v) =>
	!inRoundedRect(u, v, 0.02, 0.22) ? [0, 0, 0, 0] : inPlay(u, v, 1) ? [...FG, 255] : [...BG, 255];
const maskable = (u, v) => (inPlay(u, v, 0.8) ? [...FG, 255] : [...BG, 255]);
const apple = (u, v) => (inPlay(u, v, 0.85) ? [...FG, 255] : [...BG, 255]);

mkdirSync('static/icons', { recursive: true });
for (const size of [192, 512]) {
	writeFileSync(`static/icons/icon-${size}.png`, png(size, anyIcon));
	writeFileSync(`static/icons/maskable-${size}.png`, png(size, maskable));
}
writeFileSync('static/apple-touch-icon.png', png(180, apple));
writeFileSync(
	'static/favicon.svg',
	`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="rgb(${BG})"/><path d="M11.5 9l11.5 7-11.5 7z" fill="rgb(${FG})"/></svg>\n`
);
console.log('icons written');
