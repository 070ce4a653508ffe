/** English messages of the plex area (keys start with "plex_"); the source every other language translates. */
export default {
	// The signed-in part of the page (src/routes/PlexSection.svelte)
	plex_finding_servers: 'Finding your Plex servers…',
	plex_list_failed: 'Could not list your Plex servers. {reason}',
	plex_try_again: 'Try again',
	plex_refresh_failed: 'Could not refresh your server list. {reason} The servers below are from last time or added by address.',
	plex_manage_sharing: 'Manage sharing of {name}',
	plex_other_ways: 'Other ways',

	// Servers (src/lib/ui/ServerPicker.svelte)
	plex_your_servers: 'Your Plex servers',
	plex_no_servers: 'This Plex account has no servers, and none are shared with it. Try the demo library, or ask a friend to share theirs.',
	plex_server_yours: 'Yours',
	plex_server_added: 'Added by address',
	plex_server_shared_by: 'Shared by {name}',
	plex_server_shared_friend: 'Shared by a friend',
	plex_online: 'Online',
	plex_offline: 'Offline',
	plex_offline_seen: 'Offline, last seen {ago}',

	// Connecting (src/lib/ui/ConnectionPanel.svelte)
	plex_connecting: 'Connecting to {name}…',
	plex_connected: 'Connected to {name}.',
	plex_connected_local: 'Connected to {name} through your local network.',
	plex_connected_remote: 'Connected to {name} through the internet.',
	plex_connected_relay: 'Connected to {name} through Plex Relay (limited speed).',
	plex_connect_failed: 'Could not connect to {name}.',
	plex_retry: 'Retry',
	plex_addresses_tried: 'Addresses tried',
	plex_column_address: 'Address',
	plex_column_kind: 'Kind',
	plex_column_result: 'Result',
	plex_kind_local: 'local',
	plex_kind_remote: 'remote',
	plex_kind_relay: 'relay',
	plex_outcome_connected: 'connected',
	plex_outcome_wrong_server: 'a different server answered',
	plex_outcome_timeout: 'no answer in time',
	plex_outcome_unreachable: 'could not connect',
	plex_outcome_cors_refused: 'answered, but refused this site (CORS)',
	plex_outcome_http_error: 'refused',
	plex_outcome_bad_response: 'unreadable answer',
	plex_outcome_not_needed: 'not needed',
	plex_outcome_pending: 'trying',
	plex_milliseconds: '{ms} ms',
	plex_skipped_mixed_content: 'skipped: http on an https page',
	plex_skipped_shared_lan: "skipped: the owner's home network",

	// Why connecting failed (src/lib/connection/explain.ts)
	plex_reason_token_owned: '{name} answered but refused your sign-in. Sign out and sign in again, then retry.',
	plex_reason_token_shared:
		'{name} answered but refused access. {owner} may have stopped sharing it with you, or plex.tv has not passed on the new access yet. Ask them to check sharing, then retry.',
	plex_reason_token_shared_unknown:
		'{name} answered but refused access. The owner may have stopped sharing it with you, or plex.tv has not passed on the new access yet. Ask them to check sharing, then retry.',
	plex_reason_offline_long:
		'Plex has not heard from {name} for a long time: it is probably switched off or not connected to the internet. Start it (or its Plex Media Server app), then retry.',
	plex_reason_offline_today:
		'Plex has not heard from {name} for today: it is probably switched off or not connected to the internet. Start it (or its Plex Media Server app), then retry.',
	plex_reason_offline_days: {
		one: 'Plex has not heard from {name} for {count} day: it is probably switched off or not connected to the internet. Start it (or its Plex Media Server app), then retry.',
		other: 'Plex has not heard from {name} for {count} days: it is probably switched off or not connected to the internet. Start it (or its Plex Media Server app), then retry.'
	},
	plex_reason_mixed_all:
		'This page is served over HTTPS, and {name} only offers plain http:// addresses, which browsers block on HTTPS pages. In the server\'s Settings → Network, set “Secure connections” to Preferred, then retry.',
	plex_reason_mixed_some: {
		one: '{count} plain http:// address was not tried: browsers block them on HTTPS pages.',
		other: '{count} plain http:// addresses were not tried: browsers block them on HTTPS pages.'
	},
	plex_reason_shared_lan_owner:
		"{name} is shared with you but offers only addresses on {owner}'s home network, and Remote Access seems off. Ask them to turn on Remote Access (or Relay).",
	plex_reason_shared_lan:
		"{name} is shared with you but offers only addresses on its owner's home network, and Remote Access seems off. Ask them to turn on Remote Access (or Relay).",
	plex_reason_no_addresses: "plex.tv lists no address for {name}. Check that Remote Access is on in the server's settings, then retry.",
	plex_reason_cors_owned:
		"{name} answered at {hosts}, but refused to let PlexPicker read its answers: it only allows Plex's own web app (app.plex.tv). This is Plex's policy, not a problem with your network or your server's settings. Watch from {name} in Plex's own apps; PlexPicker cannot reach it from this browser.",
	plex_reason_cors_shared:
		"{name} answered at {hosts}, but refused to let PlexPicker read its answers: it only allows Plex's own web app (app.plex.tv). This is Plex's policy, not a problem with your network or your server's settings. Watch from {name} in Plex's own apps or ask {owner} about it; PlexPicker cannot reach it from this browser.",
	plex_reason_cors_shared_unknown:
		"{name} answered at {hosts}, but refused to let PlexPicker read its answers: it only allows Plex's own web app (app.plex.tv). This is Plex's policy, not a problem with your network or your server's settings. Watch from {name} in Plex's own apps or ask its owner about it; PlexPicker cannot reach it from this browser.",
	plex_reason_wrong_server: {
		one: 'One address answered, but as a different Plex server (the address now belongs to another machine), so PlexPicker did not use it.',
		other: '{count} addresses answered, but as a different Plex server (the address now belongs to another machine), so PlexPicker did not use it.'
	},
	plex_reason_lna_denied:
		'Your browser blocks this site from reaching devices on your local network. Allow “Local network access” in the site settings (the icon left of the address bar), then retry.',
	plex_reason_lna_prompt: 'Your browser needs permission to reach devices on your local network. Retry and choose “Allow” when it asks about local network access.',
	plex_reason_dns_rebinding:
		'Your router may refuse to resolve plex.direct addresses (DNS rebinding protection). Add an exception for “plex.direct” in the router’s DNS settings, or use a remote connection.',
	plex_reason_certificate: {
		one: 'The secure address {hosts} did not connect; their certificate may not match the address or may have expired. Open the address once in a browser tab to see the certificate problem.',
		other: 'The secure addresses {hosts} did not connect; their certificate may not match the address or may have expired. Open the address once in a browser tab to see the certificate problem.'
	},
	plex_reason_timeout: 'No address of {name} answered in time. The server may be busy, or unreachable from this network. Retry in a moment.',
	plex_reason_unreachable:
		"None of {name}'s addresses could be reached from this network. If it is at home and you are away, check that Remote Access is on in the server's settings, then retry.",

	// Adding a server by address (src/lib/ui/AddServer.svelte, src/lib/connection/manual.ts)
	plex_server_address: 'Server address',
	plex_server_token: 'Server token (only for a server not in your list)',
	plex_add_help:
		'For a server plex.tv does not list, or while plex.tv is down. PlexPicker first checks that a Plex server answers at the address, and only then sends it a token: the one plex.tv gave for that server, or the one you paste. Addresses other than {domain} may need to be allowed when this copy of PlexPicker is built ({setting}).',
	plex_checking_server: 'Checking the server…',
	plex_add_server: 'Add a server by address',
	plex_address_empty: 'Type the server’s address, for example https://plex.example.org:32400.',
	plex_address_invalid: 'That is not an address PlexPicker can use. Type it like https://plex.example.org:32400.',
	plex_address_scheme: 'Use an https:// address, for example https://plex.example.org:32400.',
	plex_address_extras: 'Type only the server’s address (scheme, name and port), without a user name, “?…” or “#…”. A token goes in its own field.',
	plex_address_http:
		'Browsers block plain http:// addresses on this https page. Use the server’s https address (in Plex: Settings → Network, “Secure connections”).',
	plex_address_cors:
		"{host} answered, but refused to let PlexPicker read its answers: it only allows Plex's own web app (app.plex.tv). This is Plex's policy, not your network; adding the server by another address will not change it. Use Plex's own apps for this server.",
	plex_address_token_refused: "The Plex server at {host} refused this token. Paste that server's own token (or your account's, if you own it), then try again.",
	plex_address_not_plex: '{host} answered, but not as a Plex Media Server. Check the address and its port (Plex uses 32400 unless changed).',
	plex_address_timeout: '{host} did not answer in time. Check the address and that the server is on, then try again.',
	plex_address_nothing:
		'Nothing answered at {host}. Check the address and its port (Plex uses 32400 unless changed), that the server is on and reachable from this network, then try again.',
	plex_address_stopped: '{host} stopped answering. Try again.',
	plex_address_needs_token:
		'A Plex server answered at {host}, but it is not one plex.tv listed for you, so PlexPicker needs its token. Paste it in “{field}”, then try again.',
	plex_address_two_servers: '{host} answered as two different Plex servers. Check the address.',
	plex_address_csp:
		'This copy of PlexPicker may not talk to {host}: its security policy lets it reach only plex.tv and *.plex.direct addresses (so your tokens cannot go anywhere else), and nothing was sent there. Use an address ending in .plex.direct for this server, or ask whoever runs this copy of PlexPicker to allow {origin} (PLEXPICKER_CSP_CONNECT when building it).',
	plex_server_token_field: 'Server token',

	// Servers, connecting and syncing as a whole (src/lib/state)
	plex_list_failed_unknown: 'Could not list your Plex servers. Try again.',
	plex_add_failed_unknown: 'Adding the server failed for an unknown reason. Try again.',
	plex_connect_failed_unknown: 'Connecting failed. Retry.',
	plex_sync_failed: 'The sync failed. Try again.',
	plex_sync_refused: '{name} refused the sync (your access may have changed). The copy saved before is unchanged. Reconnect or sign in again.',
	plex_sync_connection_lost:
		'Lost the connection to {name} during the sync. The copy saved before is unchanged. PlexPicker is reconnecting; sync again in a moment.',
	plex_sync_error_kept: '{reason} The copy saved before is unchanged.',
	plex_sync_cancelled: 'Sync cancelled. The copy saved before is unchanged.',
	plex_sync_music_library: '“{title}” is a music library; PlexPicker keeps movie and TV libraries only.',
	plex_sync_photo_library: '“{title}” is a photo library; PlexPicker keeps movie and TV libraries only.',
	plex_sync_other_library: '“{title}” is a {kind} library; PlexPicker keeps movie and TV libraries only.',

	// Plex Home, “Who's watching?” (src/lib/ui/WhoIsWatching.svelte, src/lib/plex/home.ts, src/lib/state/home-switch.svelte.ts)
	plex_home: 'Plex Home',
	plex_watching_as: 'Watching as {name}',
	plex_watching_in_home: "(in {name}'s Plex Home)",
	plex_back_to: 'Back to {name}',
	plex_whos_watching: "Who's watching?",
	plex_asking_home: 'Asking plex.tv who is in your Plex Home…',
	plex_pin_protected: 'Protected with a PIN',
	plex_member_admin: 'Home admin',
	plex_member_needs_pin: 'needs a PIN',
	plex_member_admin_needs_pin: 'Home admin, needs a PIN',
	plex_pin: 'PIN',
	plex_pin_help: "{name}'s Plex Home PIN (4 digits).",
	plex_pin_format: 'A Plex Home PIN is 4 digits.',
	plex_switch_to: 'Switch to {name}',
	plex_cancel: 'Cancel',
	plex_home_wrong_pin: "That PIN is not {member}'s. Nothing changed: PlexPicker is still showing what {current} has watched. Check the 4 digits and try again.",
	plex_home_wrong_pin_unknown: "That PIN is not this person's. Nothing changed: PlexPicker is still showing what {current} has watched. Check the 4 digits and try again.",
	plex_home_not_in_home: 'This Plex account is not in a Plex Home, so there is nobody to switch to. A Home is set up in Plex’s own apps (Settings → Plex Home).',
	plex_home_refused:
		"plex.tv refused to let PlexPicker, a site outside plex.tv, switch people (a cross-site “CORS” refusal). This is Plex's policy, not a problem with your network. What still works: the libraries saved on this device, as {current}. Plex's own apps can switch people.",
	plex_home_down:
		'plex.tv cannot be reached right now, so Plex Home members cannot be listed or switched. What still works: the libraries saved on this device, as {current}. Try again later.',
	plex_home_signed_out: 'Your Plex sign-in has expired. Sign in again to switch people.',
	plex_home_unexpected: 'plex.tv answered in a way PlexPicker did not expect. Nothing changed: PlexPicker is still showing what {current} has watched. Try again later.',
	plex_home_member_expired:
		"{member}'s Plex sign-in on this device has run out, so {account} is watching again. Choose {member} again under “{button}”.",
	plex_home_member_expired_unknown:
		"The Home member's Plex sign-in on this device has run out, so {account} is watching again. Choose The Home member again under “{button}”.",
	plex_home_member_watching: "{name} is watching. Unwatched titles and “Mark as watched” are now {name}'s.",
	plex_home_back: '{name} is watching again.',
	plex_the_account: 'the account',
	plex_user_fallback: 'Plex user',

	// The header (src/lib/ui/AccountBadge.svelte)
	plex_sign_out: 'Sign out',

	// Names of Plex titles and requests when Plex sent none (src/lib/plex)
	plex_library_fallback: 'Library {key}',
	plex_untitled: 'Untitled',
	plex_label_identity: 'Plex server identity',
	plex_label_server: 'Plex server',
	plex_label_libraries: 'Plex server libraries',
	plex_label_library: 'Plex server library',
	plex_label_episodes: 'Plex server episodes',
	plex_label_collection: 'Plex server collection',
	plex_label_playlist: 'Plex server playlist',
	plex_label_poster: 'Plex server poster',
	plex_label_collections: 'Plex server collections',
	plex_label_playlists: 'Plex server playlists',
	plex_label_mark_watched: 'Plex server (mark as watched)',
	plex_label_home_members: 'plex.tv Home members',
	plex_label_home_switch: 'plex.tv Home switch',
	plex_label_server_list: 'plex.tv server list',
	plex_label_watchlist: 'discover.provider.plex.tv (Plex Watchlist)',

	// Signing in with a token (TokenSignIn, loaded when "Other ways" opens, with these words)
	plex_token_field: 'Plex token',
	plex_token_where:
		'Where to find it: sign in to Plex Web (app.plex.tv), open any movie, choose “⋯” → “Get Info” → “View XML”. The address of the page that opens ends with {param}: copy what follows it.',
	plex_token_explained: 'Plex explains this in {link}.',
	plex_token_article: 'Finding an authentication token',
	plex_token_keep: 'The token is a key to your Plex account: paste it only here, and it stays on this device.',
	plex_checking_token: 'Checking the token…',
	plex_sign_in_with_token: 'Sign in with a token',

	// What signing in says once the Plex client is loaded (state/session, auth/*)
	plex_pin_check_failed: 'Checking the sign-in failed.',
	plex_pin_gave_up: {
		one: 'Could not reach plex.tv to finish signing in ({count} try). {reason}',
		other: 'Could not reach plex.tv to finish signing in ({count} tries). {reason}'
	},
	plex_signin_refused: 'Sign-in with Plex was refused. {reason} You can still sign in: use “Sign in with a token” under “Other ways” below.',
	plex_token_empty: 'Paste your Plex token first.',
	plex_token_malformed:
		'That does not look like a Plex token: it is a run of letters, digits, “-” and “_”, with no spaces (copy only what follows “X-Plex-Token=”).',
	plex_token_refused:
		'plex.tv does not accept this token: it may be incomplete, or signed out. Copy it again (everything after “X-Plex-Token=”, up to the next “&”), then try again.',
	plex_token_check_failed: 'Checking the token failed for an unknown reason. Try again.',

	// What Plex requests name in errors (plex/pins, plex/account, plex/client); each begins with its host
	plex_endpoint_signin: 'plex.tv sign-in',
	plex_endpoint_account: 'plex.tv account',
	plex_the_server: 'the server',

	// Plex request failures (plex/client, plex/refusal); {endpoint} is one of the names above or "host /path"
	plex_cors_refused:
		'{host} answered, but refused to let this site read its answer (a cross-site “CORS” refusal). This is Plex\'s policy for apps outside plex.tv, not a problem with your network or your settings.',
	plex_cancelled: 'Cancelled.',
	plex_timeout: '{endpoint} did not answer in time. Check your connection and try again.',
	plex_offline_unreachable: 'You are offline, so {endpoint} cannot be reached. Connect to the internet and try again.',
	plex_unreachable: 'Could not reach {host}. Check your connection; if an ad or privacy blocker is on, allow {host} for this site, then try again.',
	plex_bad_json: '{endpoint} sent an answer PlexPicker cannot read. Try again later.',
	plex_bad_shape: '{endpoint} sent an answer in an unexpected shape. Try again later.',
	plex_unauthorized: '{endpoint} no longer accepts your sign-in. Sign in again.',
	plex_not_found: '{endpoint} does not know what was asked for.',
	plex_rate_limited: '{endpoint} asks PlexPicker to slow down. Try again in a moment.',
	plex_rate_limited_wait: '{endpoint} asks PlexPicker to slow down. Try again in {wait}.',
	plex_server_error: '{endpoint} is having trouble (error {status}). Try again in a few minutes.',
	plex_server_error_wait: '{endpoint} is having trouble (error {status}). Try again in {wait}.',
	plex_refused: '{endpoint} refused the request (error {status}).',

	// Signing in, once Plex gave a code (SignInPanel; the Plex client brings these words), and its endings
	plex_pin_code: 'Code',
	plex_no_plex_page: 'No Plex page opened?',
	plex_open_plex_page: 'Open the Plex sign-in page',
	plex_not_answering: 'plex.tv is not answering right now. Still trying…',
	plex_pin_timed_out: 'Plex did not confirm the sign-in within 5 minutes, so PlexPicker stopped waiting. Press “Sign in with Plex” to try again.',

	// After being signed in (SignInPanel, +page.svelte): only a session that loaded the servers (and these words) expires or signs out
	plex_session_expired: 'Your Plex session has expired. Sign in again to sync; your saved libraries still work.',
	plex_session_expired_for: 'Your Plex session has expired for {username}. Sign in again to sync; your saved libraries still work.',
	plex_signed_out: 'Signed out.',
	plex_signed_out_elsewhere: 'Signed out in another window.',
	plex_saved_libraries_kept: 'Your saved Plex libraries are still on this device.',
	plex_remove_saved_libraries: 'Remove saved libraries'
};
