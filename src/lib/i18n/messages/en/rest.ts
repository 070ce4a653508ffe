import picker from './picker.ts';
import plex from './plex.ts';
import together from './together.ts';

/** What only later screens say (picking, servers, Decide together, sharing): loaded with them, not on a first visit. */
export default { ...picker, ...plex, ...together };
