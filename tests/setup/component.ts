import '@testing-library/jest-dom/vitest';
import '@testing-library/svelte/vitest';
import 'fake-indexeddb/auto';
