import type { MessageTable } from '../../i18n.ts';
import core from './core.ts';
import rest from './rest.ts';

export default { ...core, ...rest } satisfies MessageTable;
