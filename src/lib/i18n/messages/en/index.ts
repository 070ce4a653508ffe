import core from './core.ts';
import rest from './rest.ts';

/** Every English message: the source of the message keys (MessageKey) and what the others translate. */
export default { ...core, ...rest };
