/** English messages of the core area (keys start with "core_"); the source every other language translates. */
export default {
	core_just_now: 'just now',
	core_language: 'Language',
	core_language_failed: 'That language could not be loaded, probably because the connection dropped. Check your connection and try again.',
	core_offline_footer: 'Offline: picking works from the copy on this device. Signing in, syncing and “Open in Plex” need a connection.',
	core_ios_install: 'Install PlexPicker: tap Share, then “Add to Home Screen”.',
	core_not_affiliated: 'PlexPicker {version} · not affiliated with Plex, Inc.',

	// The app bar (AppHeader)
	core_offline: 'Offline',
	core_offline_help: 'Picking works from the copy on this device; signing in, syncing and Open in Plex need a connection.',
	core_install: 'Install',
	core_update: 'Update',

	// The error page (+error.svelte)
	core_error_page_title: 'Not found · PlexPicker',
	core_error_not_found: 'This page does not exist',
	core_error_failed: 'Something went wrong',
	core_error_single_page: 'PlexPicker lives on a single page.',
	core_error_reload: 'Reload and try again.',
	core_error_back: 'Back to PlexPicker',

	// The main page (+page.svelte) and the first visit (Welcome)
	core_opening_library: 'Opening your library…',
	core_welcome_title: 'What do we watch tonight?',
	core_welcome_lede:
		'PlexPicker picks a random movie from your Plex library — with the filters you care about, and even with no signal once your library is saved on this device.',
	core_try_demo: 'Try the demo library',
	core_demo_hint: 'The demo library is a few hundred made-up movies stored on this device. No account needed.',
	core_dismiss: 'Dismiss',

	// Signing in (SignInPanel, TokenSignIn)
	core_waiting_code: 'Waiting for Plex… getting a sign-in code.',
	core_waiting_elsewhere: 'Waiting for Plex… sign-in is in progress in another PlexPicker window.',
	core_waiting_approve: 'Waiting for Plex… approve PlexPicker on the Plex page.',
	core_cancel: 'Cancel',
	core_signin_prompt: 'Sign in to pick from your own Plex libraries.',
	core_sign_in_with_plex: 'Sign in with Plex',
	core_signin_fine: 'You approve PlexPicker on plex.tv; your password never passes through this app.',
	core_other_ways: 'Other ways',
	core_popup_title: 'Signing in to Plex…',

	// Sign-in outcomes (state/session, auth/*)
	core_pin_expired: 'The sign-in code expired before Plex confirmed it. Press “Sign in with Plex” to get a new one.',
	core_signin_cancelled: 'Sign-in cancelled.',
	core_signin_failed: 'Signing in failed for an unknown reason. Try again.',
	core_try_again: 'Try again.',

	// Errors of this device's storage and of loading the app's parts (errors.ts, state/library)
	core_storage_quota:
		'Your browser ran out of storage space for PlexPicker. Free some space (or remove a cached library) and try again; what was saved before is still there.',
	core_storage_unavailable:
		'This browser will not let PlexPicker store data (private browsing or blocked site data). Allow site data for this page, or use a normal window.',
	core_storage_failed: 'Saving or reading the library copy on this device failed. Reload the page and try again.',
	core_module_load_failed: 'Part of PlexPicker could not be loaded, probably because the connection dropped. Check your connection and try again.',
	core_something_wrong: 'Something went wrong. Reload the page and try again.'
};
