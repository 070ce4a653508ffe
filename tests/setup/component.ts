import '@testing-library/jest-dom/vitest';
import '@testing-library/svelte/vitest';
import 'fake-indexeddb/auto';

// jsdom has no layout and no ResizeObserver: a no-op one, so size bindings (bind:clientHeight)
// mount; sizes stay 0, and components fall back to their no-layout defaults.
globalThis.ResizeObserver ??= class {
	observe() {}
	unobserve() {}
	disconnect() {}
};
