import { NO_FILTERS, sanitizeFilters, type Filters } from '../picker/filters.ts';
import { activeFilterNames, clearFilter } from '../picker/facets.ts';
import { json, Persisted, type SettingStore } from './persisted.svelte.ts';

/**
 * The filters the person set, kept for the next visit. The panel binds to `filters` and changes
 * it field by field; `save()` keeps what it now says.
 */
export class FilterState {
	filters = $state<Filters>(structuredClone(NO_FILTERS));
	/** The active filters' names, as "no matches" advice names them. */
	readonly active = $derived(activeFilterNames(this.filters));

	readonly #saved: Persisted<Filters>;

	constructor(deps: { prefs?: SettingStore }) {
		this.#saved = new Persisted('plexpicker:filters', NO_FILTERS, { storage: deps.prefs, codec: json(sanitizeFilters) });
		this.filters = structuredClone(this.#saved.current);
	}

	/** Keeps the filters for the next visit (storage refused: they still apply for this one). */
	save(): void {
		this.#saved.current = $state.snapshot(this.filters);
	}

	reset(): void {
		this.filters = structuredClone(NO_FILTERS);
	}

	/** Clears one filter, by its name in `active`. */
	clear(name: string): void {
		this.filters = clearFilter(this.filters, name);
	}
}
