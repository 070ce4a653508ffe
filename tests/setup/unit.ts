import 'fake-indexeddb/auto';

// Tests speak English, the source language (the app loads it in src/routes/+layout.ts).
import { i18n } from '#lib/i18n/i18n.ts';
import english from '#lib/i18n/messages/en/index.ts';
i18n.use('en', english);
