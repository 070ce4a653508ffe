/**
 * A message is a string with `{name}` placeholders, or a plural: one string per CLDR plural
 * category of the language (`Intl.PluralRules`), chosen by the `count` parameter. Numbers put
 * into a message are formatted for its language ("20,000" / "20.000" / "20 000").
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | Plural;
export type Params = Record<string, string | number>;

/** What a translation of `T` must provide: every key, a string for a string, a plural for a plural. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Plural };

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function cached<T>(map: Map<string, T>, locale: string, make: () => T): T {
	let value = map.get(locale);
	if (!value) map.set(locale, (value = make()));
	return value;
}

export function formatNumber(n: number, locale: string): string {
	return cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(n);
}

/** The placeholder names a message uses, sorted (the missing-key test compares them across locales). */
export function placeholders(message: Message): string[] {
	const texts = typeof message === 'string' ? [message] : Object.values(message);
	const names = new Set<string>();
	for (const text of texts) for (const match of text.matchAll(/\{(\w+)\}/g)) names.add(match[1] ?? '');
	return [...names].sort();
}

/**
 * A message cut at its placeholders, each kept whole ("{link}"), so a component can put an element
 * (a link, `<code>`, `<strong>`) where each language places it, and the rest stays text.
 */
export function pieces(text: string): string[] {
	return text.split(/(\{\w+\})/);
}

export function formatMessage(message: Message, params: Params | undefined, locale: string): string {
	let text: string;
	if (typeof message === 'string') text = message;
	else {
		const count = Number(params?.count ?? 0);
		const category = cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count);
		text = message[category] ?? message.other;
	}
	if (!params) return text;
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = params[name];
		if (value === undefined) return whole;
		return typeof value === 'number' ? formatNumber(value, locale) : value;
	});
}
