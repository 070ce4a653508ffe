/** A seeded RNG for deterministic tests: the app's own. */
export { seededRng as seeded } from '#lib/picker/pick.ts';
