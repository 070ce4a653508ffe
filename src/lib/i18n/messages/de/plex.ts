import type { Translation } from '../../format-message.ts';
import type english from '../en/plex.ts';

export default {
} satisfies Translation<typeof english>;
