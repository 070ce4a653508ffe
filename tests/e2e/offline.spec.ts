import { expect, test } from '@playwright/test';

test('after the first visit the app shell and the demo library work with no network', async ({ page, context }) => {
	await page.goto('./');
	await page.getByRole('button', { name: 'Try the demo library' }).click();
	await expect(page.getByText(/Last synced/)).toBeVisible();

	// Wait until the service worker has installed (precached the shell) and is active.
	const state = await page.evaluate(async () => {
		const worker = (await navigator.serviceWorker.ready).active;
		if (worker && worker.state !== 'activated') {
			await new Promise<void>((resolve) =>
				worker.addEventListener('statechange', () => worker.state === 'activated' && resolve())
			);
		}
		return worker?.state;
	});
	expect(state).toBe('activated');

	await context.setOffline(true);
	await page.reload();

	await expect(page.getByText('Offline', { exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Pick a movie' }).click();
	const card = page.getByRole('article', { name: 'Your pick' });
	await expect(card).toBeVisible();
	await expect(card.getByRole('heading', { level: 2 })).not.toBeEmpty();
	await context.setOffline(false);
});

test('the build ships a web manifest with installable icons', async ({ request }) => {
	const response = await request.get('manifest.webmanifest');
	expect(response.ok()).toBe(true);
	const manifest = (await response.json()) as { name: string; start_url: string; display: string; icons: { sizes: string; purpose?: string; src: string }[] };
	expect(manifest.name).toBe('PlexPicker');
	expect(manifest.display).toBe('standalone');
	for (const purpose of ['any', 'maskable']) {
		for (const size of ['192x192', '512x512']) {
			const icon = manifest.icons.find((i) => i.sizes === size && (i.purpose ?? 'any').includes(purpose));
			expect(icon, `${purpose} ${size} icon`).toBeTruthy();
			const image = await request.get(icon!.src);
			expect(image.headers()['content-type']).toContain('image/png');
		}
	}
});
