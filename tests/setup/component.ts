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

// Tests speak English, the source language (the app loads it in src/routes/+layout.ts).
import { i18n } from '#lib/i18n/i18n.ts';
import english from '#lib/i18n/messages/en/index.ts';
i18n.use('en', english);
