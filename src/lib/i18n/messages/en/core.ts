/** English messages of the core area (keys start with "core_"); the source every other language translates. */
export default {
	core_just_now: 'just now',
	core_language: 'Language',
	core_language_failed: 'That language could not be loaded, probably because the connection dropped. Check your connection and try again.',
	core_offline_footer: 'Offline: picking works from the copy on this device. Signing in, syncing and “Open in Plex” need a connection.',
	core_ios_install: 'Install PlexPicker: tap Share, then “Add to Home Screen”.',
	core_not_affiliated: 'PlexPicker {version} · not affiliated with Plex, Inc.'
};
