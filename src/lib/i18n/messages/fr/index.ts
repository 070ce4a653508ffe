import type { MessageTable } from '../../i18n.ts';
import core from './core.ts';
import picker from './picker.ts';
import plex from './plex.ts';
import together from './together.ts';

export default { ...core, ...picker, ...plex, ...together } satisfies MessageTable;
