import { describe, expect, it, vi } from 'vitest';
import { shareOrCopy } from '#lib/pwa/share.ts';

const data = { title: 'Sintel', url: 'https://app.plex.tv/desktop/#!/server/abc/details?key=%2Flibrary%2Fmetadata%2F1' };

describe('shareOrCopy', () => {
	it('uses the system share sheet where there is one', async () => {
		const share = vi.fn(() => Promise.resolve());
		const writeText = vi.fn(() => Promise.resolve());
		expect(await shareOrCopy(data, { share, canShare: () => true, clipboard: { writeText } as never })).toBe('shared');
		expect(share).toHaveBeenCalledWith(data);
		expect(writeText).not.toHaveBeenCalled();
	});

	it('does nothing more when the person closes the share sheet', async () => {
		const share = vi.fn(() => Promise.reject(Object.assign(new Error('x'), { name: 'AbortError' })));
		const writeText = vi.fn(() => Promise.resolve());
		expect(await shareOrCopy(data, { share, clipboard: { writeText } as never })).toBe('cancelled');
		expect(writeText).not.toHaveBeenCalled();
	});

	it('copies the link without a share sheet, and says when even that fails', async () => {
		const writeText = vi.fn(() => Promise.resolve());
		expect(await shareOrCopy(data, { clipboard: { writeText } as never })).toBe('copied');
		expect(writeText).toHaveBeenCalledWith(data.url);
		expect(await shareOrCopy(data, { clipboard: { writeText: () => Promise.reject(new Error('denied')) } as never })).toBe('failed');
	});
});
