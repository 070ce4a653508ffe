/*
 * What SvelteKit's client needs of `devalue` (the serializer it uses for history state, page
 * snapshots, server data and remote functions), for this app: the page's build puts this module
 * in devalue's place (vite.config.ts, `devalueSubset`), saving about 2.5 KB gzip of a first visit's
 * JavaScript. PlexPicker has no server (no server data, no remote functions, no transport hooks),
 * no page snapshots, and its history state is always `{}` (Picker.svelte and Decide.svelte call
 * replaceState(url, {})), so plain JSON values (objects, arrays, strings, numbers, booleans, null,
 * undefined) are all it stores. Written in devalue 5's own format, character for character
 * (tests/unit/kit/devalue.test.ts checks against devalue itself), so what either wrote the other
 * reads; any other value (a Date, a Map, a class instance, a sparse array) is refused with
 * devalue's own error rather than stored wrongly.
 */

const UNDEFINED = -1;
const HOLE = -2;
const NAN = -3;
const POSITIVE_INFINITY = -4;
const NEGATIVE_INFINITY = -5;
const NEGATIVE_ZERO = -6;

type Reducers = Record<string, (value: unknown) => unknown>;

/** devalue's error (the same name and shape: `path` says where the refused value was). */
export class DevalueError extends Error {
	path: string;
	value: unknown;
	root: unknown;
	constructor(message: string, keys: string[], value: unknown, root: unknown) {
		super(message);
		this.name = 'DevalueError';
		this.path = keys.join('');
		this.value = value;
		this.root = root;
	}
}

function noTypes(table: Reducers | undefined, what: string): void {
	if (table && Object.keys(table).length > 0) throw new Error(`PlexPicker's devalue subset has no ${what} (src/lib/kit/devalue.ts)`);
}

function quote(text: string): string {
	return JSON.stringify(text).replace(/</g, '\\u003C').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** devalue.stringify for plain JSON values (and undefined, NaN, ±Infinity, -0). */
export function stringify(value: unknown, reducers?: Reducers): string {
	noTypes(reducers, 'custom types');
	const stringified: string[] = [];
	const indexes = new Map<unknown, number>();
	const keys: string[] = [];
	const flatten = (thing: unknown): number => {
		if (thing === undefined) return UNDEFINED;
		if (typeof thing === 'number') {
			if (Number.isNaN(thing)) return NAN;
			if (thing === Infinity) return POSITIVE_INFINITY;
			if (thing === -Infinity) return NEGATIVE_INFINITY;
			if (thing === 0 && 1 / thing < 0) return NEGATIVE_ZERO;
		}
		const known = indexes.get(thing);
		if (known !== undefined) return known;
		const index = stringified.length;
		indexes.set(thing, index);
		stringified.push('');
		let text: string;
		if (thing === null || typeof thing === 'number' || typeof thing === 'boolean') text = String(thing);
		else if (typeof thing === 'string') text = quote(thing);
		else if (Array.isArray(thing) && Object.getPrototypeOf(thing) === Array.prototype) {
			const parts: number[] = [];
			for (let i = 0; i < thing.length; i++) {
				if (!(i in thing)) throw new DevalueError('Cannot stringify sparse arrays here', keys, thing, value);
				keys.push(`[${i}]`);
				parts.push(flatten(thing[i]));
				keys.pop();
			}
			text = `[${parts.join(',')}]`;
		} else if (typeof thing === 'object' && Object.getPrototypeOf(thing) === Object.prototype && Object.getOwnPropertySymbols(thing).length === 0) {
			const parts: string[] = [];
			for (const key of Object.keys(thing)) {
				if (key === '__proto__') throw new DevalueError('Cannot stringify objects with __proto__ keys', keys, thing, value);
				keys.push(/^[a-zA-Z_$][a-zA-Z_$0-9]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`);
				parts.push(`${quote(key)}:${flatten((thing as Record<string, unknown>)[key])}`);
				keys.pop();
			}
			text = `{${parts.join(',')}}`;
		} else throw new DevalueError(`Cannot stringify ${typeof thing === 'object' ? 'this kind of object here' : `a ${typeof thing}`}`, keys, thing, value);
		stringified[index] = text;
		return index;
	};
	const index = flatten(value);
	return index < 0 ? `${index}` : `[${stringified.join(',')}]`;
}

/** devalue.stringifyAsync: the same (no promises in what this app stores). */
export async function stringifyAsync(value: unknown, reducers?: Reducers): Promise<string> {
	return stringify(value, reducers);
}

/** devalue.unflatten for what `stringify` writes (and devalue writes for plain values). */
export function unflatten(parsed: unknown, revivers?: Reducers): unknown {
	noTypes(revivers, 'custom types');
	const special = (index: number): { value: unknown } | undefined => {
		if (index === UNDEFINED) return { value: undefined };
		if (index === NAN) return { value: NaN };
		if (index === POSITIVE_INFINITY) return { value: Infinity };
		if (index === NEGATIVE_INFINITY) return { value: -Infinity };
		if (index === NEGATIVE_ZERO) return { value: -0 };
		return undefined;
	};
	if (typeof parsed === 'number') {
		const found = special(parsed);
		if (!found) throw new Error('Invalid input');
		return found.value;
	}
	if (!Array.isArray(parsed) || parsed.length === 0) throw new Error('Invalid input');
	const values: unknown[] = parsed;
	const hydrated: unknown[] = new Array(values.length);
	const hydrate = (index: unknown): unknown => {
		if (typeof index !== 'number') throw new Error('Invalid input');
		const found = special(index);
		if (found) return found.value;
		if (index in hydrated) return hydrated[index];
		if (index < 0 || index >= values.length) throw new Error('Invalid input');
		const value = values[index];
		if (!value || typeof value !== 'object') hydrated[index] = value;
		else if (Array.isArray(value)) {
			if (typeof value[0] === 'string') throw new Error(`PlexPicker's devalue subset cannot read a ${value[0]}`);
			const array: unknown[] = new Array(value.length);
			hydrated[index] = array;
			value.forEach((n, i) => {
				if (n !== HOLE) array[i] = hydrate(n);
			});
		} else {
			const object: Record<string, unknown> = {};
			hydrated[index] = object;
			for (const [key, n] of Object.entries(value)) {
				if (key === '__proto__') throw new Error('Cannot parse an object with a `__proto__` property');
				object[key] = hydrate(n);
			}
		}
		return hydrated[index];
	};
	return hydrate(0);
}

/** devalue.parse. */
export function parse(serialized: string, revivers?: Reducers): unknown {
	return unflatten(JSON.parse(serialized), revivers);
}

/** devalue.uneval writes JavaScript for server-rendered pages: PlexPicker's page has none. */
export function uneval(): string {
	throw new Error('PlexPicker renders no page on a server: devalue.uneval is not in its client build');
}
