import { createSubscriber } from 'svelte/reactivity';
import type { Clock } from './pick-session.svelte.ts';

/**
 * The wall clock as picking reads it: `now` is the time (ms), and effects and deriveds that read it
 * run again every `everyMs` while anything reads it (so "Finish by" follows the clock while the
 * app is open). Nothing ticks when nothing reads it.
 */
export class WallClock implements Clock {
	readonly #subscribe: () => void;

	constructor(everyMs = 30_000) {
		this.#subscribe = createSubscriber((update) => {
			const timer = setInterval(update, everyMs);
			return () => clearInterval(timer);
		});
	}

	get now(): number {
		this.#subscribe();
		return Date.now();
	}
}
