import { describe, expect, it } from 'vitest';
// The real one (a dependency of @sveltejs/kit): what the subset stands in for in the browser build.
import * as devalue from 'devalue';
import * as subset from '#lib/kit/devalue.ts';

/*
 * src/lib/kit/devalue.ts replaces devalue in the page's build (vite.config.ts). SvelteKit keeps
 * history state with it (in history and sessionStorage), so what one version of the page wrote, the
 * next must read: the subset writes exactly what devalue writes for plain values, reads what devalue
 * wrote, and refuses what it cannot keep instead of storing it wrongly.
 */
const plain: unknown[] = [
	{},
	[],
	null,
	undefined,
	0,
	-0,
	NaN,
	Infinity,
	-Infinity,
	42.5,
	true,
	'',
	'a "quoted" <script> \\ line\nbreak \u2028 \u0001 tab\t',
	{ x: 0, y: 1200, 'not-an-identifier': 'ok', nested: { list: [1, 'two', null, undefined, { deep: [] }] } },
	// the same string twice: devalue writes it once and points at it
	['same', 'same', { a: 'same' }],
	{ 'sveltekit:scroll': { 3: { x: 0, y: 640 } } }
];

describe('the devalue subset of the browser build', () => {
	it('writes plain values exactly as devalue does', () => {
		for (const value of plain) expect(subset.stringify(value)).toBe(devalue.stringify(value));
	});

	it('reads what devalue wrote, and what it wrote itself, back to the same value', () => {
		for (const value of plain) {
			expect(subset.parse(devalue.stringify(value))).toEqual(value);
			expect(devalue.parse(subset.stringify(value))).toEqual(value);
			expect(subset.unflatten(JSON.parse(subset.stringify(value)))).toEqual(value);
		}
		expect(Object.is(subset.parse('-6'), -0)).toBe(true);
	});

	it('keeps shared and cyclic references as devalue does', () => {
		const shared = { id: 1 };
		const cyclic: Record<string, unknown> = { name: 'loop' };
		cyclic.self = cyclic;
		for (const value of [[shared, shared], cyclic]) expect(subset.stringify(value)).toBe(devalue.stringify(value));
		const back = subset.parse(devalue.stringify(cyclic)) as Record<string, unknown>;
		expect(back.self).toBe(back);
	});

	it('refuses what it cannot keep (a Date, a Map, a class instance, a function, a sparse array), as devalue refuses functions', () => {
		const sparse: unknown[] = [];
		sparse[2] = 'x';
		for (const value of [new Date(0), new Map(), new (class Point {})(), () => 1, sparse, Object.create(null) as object, 10n]) {
			expect(() => subset.stringify({ value })).toThrow(subset.DevalueError);
		}
		expect(() => subset.stringify({ f: () => 1 })).toThrow(/function/);
	});

	it('refuses typed values devalue wrote, custom types, and broken input, instead of reading them wrongly', () => {
		expect(() => subset.parse(devalue.stringify({ when: new Date(0) }))).toThrow(/Date/);
		expect(() => subset.stringify({}, { Point: () => undefined })).toThrow(/custom types/);
		expect(() => subset.parse('[]')).toThrow('Invalid input');
		expect(() => subset.parse('7')).toThrow('Invalid input');
		expect(() => subset.parse('[{"a":5}]')).toThrow('Invalid input');
		expect(() => subset.parse('[{"__proto__":1},2]')).toThrow(/__proto__/);
		expect(() => subset.uneval()).toThrow(/no page on a server/);
	});
});
