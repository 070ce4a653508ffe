import { describe, expect, it, vi } from 'vitest';
import { serviceWorkerRegistrar } from '../../../src/lib/pwa/register.ts';

/** A ServiceWorker / registration / container trio with just what the registrar touches. */
function fakeWorker(state: ServiceWorkerState) {
	const target = new EventTarget();
	const worker = Object.assign(target, { state, postMessage: vi.fn() });
	return {
		worker: worker as unknown as ServiceWorker & { postMessage: ReturnType<typeof vi.fn> },
		become(next: ServiceWorkerState) {
			worker.state = next;
			target.dispatchEvent(new Event('statechange'));
		}
	};
}

function fakeContainer(opts: { controlled: boolean; waiting?: ServiceWorker; fails?: Error }) {
	const registration = Object.assign(new EventTarget(), { installing: null as ServiceWorker | null, waiting: opts.waiting ?? null });
	const register = vi.fn(async () => {
		if (opts.fails) throw opts.fails;
		return registration as unknown as ServiceWorkerRegistration;
	});
	const container = { register, controller: opts.controlled ? ({} as ServiceWorker) : null } as unknown as ServiceWorkerContainer;
	return { container, registration, register };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('serviceWorkerRegistrar (workbox-window prompt mode, in a few lines)', () => {
	it('registers the worker at the given URL and scope and reports the registration', async () => {
		const { container, register } = fakeContainer({ controlled: false });
		const onRegisteredSW = vi.fn();
		serviceWorkerRegistrar('/picker/sw.js', '/picker/', container)({ onRegisteredSW });
		await settle();
		expect(register).toHaveBeenCalledWith('/picker/sw.js', { scope: '/picker/' });
		expect(onRegisteredSW).toHaveBeenCalledWith('/picker/sw.js', expect.anything());
	});

	it('the first install is not an update: no "Update" prompt', async () => {
		const { container, registration } = fakeContainer({ controlled: false });
		const onNeedRefresh = vi.fn();
		serviceWorkerRegistrar('/sw.js', '/', container)({ onNeedRefresh });
		await settle();
		const first = fakeWorker('installing');
		registration.installing = first.worker;
		registration.dispatchEvent(new Event('updatefound'));
		first.become('installed');
		expect(onNeedRefresh).not.toHaveBeenCalled();
	});

	it('a new version installed while an older one controls the page asks for a refresh; update() tells it to take over', async () => {
		const { container, registration } = fakeContainer({ controlled: true });
		const onNeedRefresh = vi.fn();
		const update = serviceWorkerRegistrar('/sw.js', '/', container)({ onNeedRefresh });
		await settle();
		const next = fakeWorker('installing');
		registration.installing = next.worker;
		registration.dispatchEvent(new Event('updatefound'));
		expect(onNeedRefresh).not.toHaveBeenCalled();
		next.become('installed');
		expect(onNeedRefresh).toHaveBeenCalled();
		registration.waiting = next.worker;
		await update(true);
		expect(next.worker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
	});

	it('a version already waiting when the page opens asks for a refresh too', async () => {
		const waiting = fakeWorker('installed').worker;
		const { container } = fakeContainer({ controlled: true, waiting });
		const onNeedRefresh = vi.fn();
		serviceWorkerRegistrar('/sw.js', '/', container)({ onNeedRefresh });
		await settle();
		expect(onNeedRefresh).toHaveBeenCalledTimes(1);
	});

	it('a refused registration is reported, and update() then does nothing', async () => {
		const { container } = fakeContainer({ controlled: false, fails: new Error('SecurityError') });
		const onRegisterError = vi.fn();
		const update = serviceWorkerRegistrar('/sw.js', '/', container)({ onRegisterError });
		await expect(update()).resolves.toBeUndefined();
		expect(onRegisterError).toHaveBeenCalledWith(expect.objectContaining({ message: 'SecurityError' }));
	});
});
