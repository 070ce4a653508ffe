/** This screen speaks the rest of the messages (src/lib/i18n/load.ts): loaded before it renders. */
export async function load({ parent }) {
	const { language } = await parent();
	await language.more();
}
