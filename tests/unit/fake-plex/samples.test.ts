import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PMS_401_HTML, samples } from '../../fake-plex/samples.ts';

const dir = new URL('../../fake-plex/samples/', import.meta.url);

describe('the copied samples', () => {
	it('has every file index.json lists, so a fresh clone is self-contained', () => {
		const missing = samples.index.samples.map((s) => s.file).filter((file) => !existsSync(new URL(file, dir)));
		expect(missing).toEqual([]);
		expect(existsSync(new URL('../make-library.mjs', dir))).toBe(true);
	});

	it('serves the PMS 401 page exactly as the sample file has it', () => {
		expect(PMS_401_HTML).toBe(readFileSync(new URL('pms-401-unauthorized.html', dir), 'utf8'));
	});
});
