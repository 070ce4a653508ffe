import core from './core.ts';
import picker from './picker.ts';
import plex from './plex.ts';
import together from './together.ts';

/** Every English message: the source of the message keys (MessageKey) and what the others translate. */
export default { ...core, ...picker, ...plex, ...together };
