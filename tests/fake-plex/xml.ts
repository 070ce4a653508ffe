/**
 * What Plex sends when the client forgets `Accept: application/json`: XML. The rendering is
 * approximate (scalars become attributes, arrays of objects child elements); its job is to make a
 * client that forgot the header fail loudly, as it would against a real server.
 */
function escape(text: string): string {
	return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

function element(name: string, value: unknown): string {
	if (Array.isArray(value)) return value.map((v) => element(name, v)).join('');
	if (value === null || typeof value !== 'object') return `<${name}>${escape(String(value))}</${name}>`;
	let attributes = '';
	let children = '';
	for (const [key, v] of Object.entries(value)) {
		if (v === null || v === undefined) continue;
		if (typeof v === 'object') children += element(key, v);
		else attributes += ` ${key}="${escape(String(v))}"`;
	}
	return children ? `<${name}${attributes}>${children}</${name}>` : `<${name}${attributes} />`;
}

export function toXml(data: unknown, rootName = 'Response'): string {
	const container = (data as { MediaContainer?: unknown } | null)?.MediaContainer;
	const [name, value] = container ? ['MediaContainer', container] : [rootName, Array.isArray(data) ? { Item: data } : data];
	return `<?xml version="1.0" encoding="UTF-8"?>\n${element(name, value)}\n`;
}
