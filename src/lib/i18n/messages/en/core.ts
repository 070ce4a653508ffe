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
	core_saved_libraries_kept: 'Your saved Plex libraries are still on this device.',
	core_remove_saved_libraries: 'Remove saved libraries',
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
	core_pin_code: 'Code',
	core_no_plex_page: 'No Plex page opened?',
	core_open_plex_page: 'Open the Plex sign-in page',
	core_plex_not_answering: 'plex.tv is not answering right now. Still trying…',
	core_cancel: 'Cancel',
	core_session_expired: 'Your Plex session has expired. Sign in again to sync; your saved libraries still work.',
	core_session_expired_for: 'Your Plex session has expired for {username}. Sign in again to sync; your saved libraries still work.',
	core_signin_prompt: 'Sign in to pick from your own Plex libraries.',
	core_sign_in_with_plex: 'Sign in with Plex',
	core_signin_fine: 'You approve PlexPicker on plex.tv; your password never passes through this app.',
	core_other_ways: 'Other ways',
	core_plex_token: 'Plex token',
	core_token_where:
		'Where to find it: sign in to Plex Web (app.plex.tv), open any movie, choose “⋯” → “Get Info” → “View XML”. The address of the page that opens ends with {param}: copy what follows it.',
	core_token_explained: 'Plex explains this in {link}.',
	core_token_article: 'Finding an authentication token',
	core_token_keep: 'The token is a key to your Plex account: paste it only here, and it stays on this device.',
	core_checking_token: 'Checking the token…',
	core_sign_in_with_token: 'Sign in with a token',
	core_popup_title: 'Signing in to Plex…',

	// Sign-in outcomes (state/session, auth/*)
	core_pin_expired: 'The sign-in code expired before Plex confirmed it. Press “Sign in with Plex” to get a new one.',
	core_pin_timed_out: 'Plex did not confirm the sign-in within 5 minutes, so PlexPicker stopped waiting. Press “Sign in with Plex” to try again.',
	core_signin_cancelled: 'Sign-in cancelled.',
	core_signed_out: 'Signed out.',
	core_signed_out_elsewhere: 'Signed out in another window.',
	core_signin_failed: 'Signing in failed for an unknown reason. Try again.',
	core_signin_refused: 'Sign-in with Plex was refused. {reason} You can still sign in: use “Sign in with a token” under “Other ways” below.',
	core_try_again: 'Try again.',
	core_pin_check_failed: 'Checking the sign-in failed.',
	core_pin_gave_up: {
		one: 'Could not reach plex.tv to finish signing in ({count} try). {reason}',
		other: 'Could not reach plex.tv to finish signing in ({count} tries). {reason}'
	},
	core_token_empty: 'Paste your Plex token first.',
	core_token_malformed:
		'That does not look like a Plex token: it is a run of letters, digits, “-” and “_”, with no spaces (copy only what follows “X-Plex-Token=”).',
	core_token_refused:
		'plex.tv does not accept this token: it may be incomplete, or signed out. Copy it again (everything after “X-Plex-Token=”, up to the next “&”), then try again.',
	core_token_check_failed: 'Checking the token failed for an unknown reason. Try again.',

	// Errors of this device's storage and of loading the app's parts (errors.ts, state/library)
	core_storage_quota:
		'Your browser ran out of storage space for PlexPicker. Free some space (or remove a cached library) and try again; what was saved before is still there.',
	core_storage_unavailable:
		'This browser will not let PlexPicker store data (private browsing or blocked site data). Allow site data for this page, or use a normal window.',
	core_storage_failed: 'Saving or reading the library copy on this device failed. Reload the page and try again.',
	core_module_load_failed: 'Part of PlexPicker could not be loaded, probably because the connection dropped. Check your connection and try again.',
	core_something_wrong: 'Something went wrong. Reload the page and try again.',

	// What Plex requests name in errors (plex/pins, plex/account, plex/client); each begins with its host
	core_endpoint_signin: 'plex.tv sign-in',
	core_endpoint_account: 'plex.tv account',
	core_the_server: 'the server',

	// Plex request failures (plex/client, plex/refusal); {endpoint} is one of the names above or "host /path"
	core_cors_refused:
		'{host} answered, but refused to let this site read its answer (a cross-site “CORS” refusal). This is Plex\'s policy for apps outside plex.tv, not a problem with your network or your settings.',
	core_cancelled: 'Cancelled.',
	core_timeout: '{endpoint} did not answer in time. Check your connection and try again.',
	core_offline_unreachable: 'You are offline, so {endpoint} cannot be reached. Connect to the internet and try again.',
	core_unreachable: 'Could not reach {host}. Check your connection; if an ad or privacy blocker is on, allow {host} for this site, then try again.',
	core_bad_json: '{endpoint} sent an answer PlexPicker cannot read. Try again later.',
	core_bad_shape: '{endpoint} sent an answer in an unexpected shape. Try again later.',
	core_unauthorized: '{endpoint} no longer accepts your sign-in. Sign in again.',
	core_not_found: '{endpoint} does not know what was asked for.',
	core_rate_limited: '{endpoint} asks PlexPicker to slow down. Try again in a moment.',
	core_rate_limited_wait: '{endpoint} asks PlexPicker to slow down. Try again in {wait}.',
	core_server_error: '{endpoint} is having trouble (error {status}). Try again in a few minutes.',
	core_server_error_wait: '{endpoint} is having trouble (error {status}). Try again in {wait}.',
	core_refused: '{endpoint} refused the request (error {status}).'
};
