/** Demo posters are drawn, not downloaded: `demo:<hueA>,<hueB>,<motif>` describes one. */
export interface DemoPoster {
	hueA: number;
	hueB: number;
	motif: number;
}

export function parseDemoPoster(thumb: string | undefined): DemoPoster | undefined {
	const match = /^demo:(\d{1,3}),(\d{1,3}),(\d)$/.exec(thumb ?? '');
	if (!match) return undefined;
	return { hueA: Number(match[1]) % 360, hueB: Number(match[2]) % 360, motif: Number(match[3]) % 4 };
}

/** Splits a title into at most `maxLines` lines of about `width` characters, for SVG text. */
export function wrapTitle(title: string, width = 12, maxLines = 4): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of title.split(/\s+/).filter(Boolean)) {
		if (line && (line + ' ' + word).length > width) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(line);
	if (lines.length > maxLines) {
		const kept = lines.slice(0, maxLines);
		kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
		return kept;
	}
	return lines;
}
