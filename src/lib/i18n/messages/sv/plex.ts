import type { Translation } from '../../format-message.ts';
import type english from '../en/plex.ts';

export default {
	plex_finding_servers: 'Letar efter dina Plex-servrar…',
	plex_list_failed: 'Det gick inte att hämta dina Plex-servrar. {reason}',
	plex_try_again: 'Försök igen',
	plex_refresh_failed: 'Det gick inte att uppdatera din serverlista. {reason} Servrarna nedan är från förra gången eller tillagda via adress.',
	plex_manage_sharing: 'Hantera delning av {name}',
	plex_other_ways: 'Andra sätt',

	plex_your_servers: 'Dina Plex-servrar',
	plex_no_servers: 'Det här Plex-kontot har inga servrar, och ingen delar någon med det. Prova demobiblioteket eller be en vän att dela sitt.',
	plex_server_yours: 'Din',
	plex_server_added: 'Tillagd via adress',
	plex_server_shared_by: 'Delad av {name}',
	plex_server_shared_friend: 'Delad med dig',
	plex_online: 'Online',
	plex_offline: 'Offline',
	plex_offline_seen: 'Offline, senast sedd {ago}',

	plex_connecting: 'Ansluter till {name}…',
	plex_connected: 'Ansluten till {name}.',
	plex_connected_local: 'Ansluten till {name} via ditt lokala nätverk.',
	plex_connected_remote: 'Ansluten till {name} via internet.',
	plex_connected_relay: 'Ansluten till {name} via Plex Relay (begränsad hastighet).',
	plex_connect_failed: 'Det gick inte att ansluta till {name}.',
	plex_retry: 'Försök igen',
	plex_addresses_tried: 'Provade adresser',
	plex_column_address: 'Adress',
	plex_column_kind: 'Typ',
	plex_column_result: 'Resultat',
	plex_kind_local: 'lokal',
	plex_kind_remote: 'extern',
	plex_kind_relay: 'relä',
	plex_outcome_connected: 'ansluten',
	plex_outcome_wrong_server: 'en annan server svarade',
	plex_outcome_timeout: 'inget svar i tid',
	plex_outcome_unreachable: 'kunde inte ansluta',
	plex_outcome_cors_refused: 'svarade, men nekade den här webbplatsen (CORS)',
	plex_outcome_http_error: 'nekad',
	plex_outcome_bad_response: 'oläsligt svar',
	plex_outcome_not_needed: 'behövdes inte',
	plex_outcome_pending: 'provar',
	plex_milliseconds: '{ms} ms',
	plex_skipped_mixed_content: 'hoppades över: http på en https-sida',
	plex_skipped_shared_lan: 'hoppades över: ägarens hemnätverk',

	plex_reason_token_owned: '{name} svarade men nekade din inloggning. Logga ut och in igen och försök sedan på nytt.',
	plex_reason_token_shared:
		'{name} svarade men nekade åtkomst. {owner} kan ha slutat dela servern med dig, eller så har plex.tv inte fört vidare den nya åtkomsten än. Be {owner} kontrollera delningen och försök sedan igen.',
	plex_reason_token_shared_unknown:
		'{name} svarade men nekade åtkomst. Ägaren kan ha slutat dela servern med dig, eller så har plex.tv inte fört vidare den nya åtkomsten än. Be ägaren kontrollera delningen och försök sedan igen.',
	plex_reason_offline_long:
		'Plex har inte hört av {name} på länge: servern är troligen avstängd eller inte ansluten till internet. Starta den (eller appen Plex Media Server) och försök sedan igen.',
	plex_reason_offline_today:
		'Plex har inte hört av {name} i dag: servern är troligen avstängd eller inte ansluten till internet. Starta den (eller appen Plex Media Server) och försök sedan igen.',
	plex_reason_offline_days: {
		one: 'Plex har inte hört av {name} på {count} dag: servern är troligen avstängd eller inte ansluten till internet. Starta den (eller appen Plex Media Server) och försök sedan igen.',
		other: 'Plex har inte hört av {name} på {count} dagar: servern är troligen avstängd eller inte ansluten till internet. Starta den (eller appen Plex Media Server) och försök sedan igen.'
	},
	plex_reason_mixed_all:
		'Den här sidan levereras över HTTPS, och {name} erbjuder bara vanliga http://-adresser, som webbläsare blockerar på HTTPS-sidor. Ställ in ”Säkra anslutningar” på ”Föredragen” under serverns Inställningar → Nätverk och försök sedan igen.',
	plex_reason_mixed_some: {
		one: '{count} vanlig http://-adress provades inte: webbläsare blockerar sådana adresser på HTTPS-sidor.',
		other: '{count} vanliga http://-adresser provades inte: webbläsare blockerar dem på HTTPS-sidor.'
	},
	plex_reason_shared_lan_owner:
		'{name} delas med dig men erbjuder bara adresser i hemnätverket hos {owner}, och fjärråtkomst verkar vara avstängd. Be {owner} slå på fjärråtkomst (eller Relay).',
	plex_reason_shared_lan:
		'{name} delas med dig men erbjuder bara adresser i ägarens hemnätverk, och fjärråtkomst verkar vara avstängd. Be ägaren slå på fjärråtkomst (eller Relay).',
	plex_reason_no_addresses: 'plex.tv har ingen adress till {name}. Kontrollera att fjärråtkomst är påslagen i serverns inställningar och försök sedan igen.',
	plex_reason_cors_owned:
		'{name} svarade på {hosts}, men lät inte PlexPicker läsa svaren: servern tillåter det bara för Plex egen webbapp (app.plex.tv). Det är Plex policy, inte ett problem med ditt nätverk eller serverns inställningar. Titta på {name} i Plex egna appar; PlexPicker kan inte nå servern från den här webbläsaren.',
	plex_reason_cors_shared:
		'{name} svarade på {hosts}, men lät inte PlexPicker läsa svaren: servern tillåter det bara för Plex egen webbapp (app.plex.tv). Det är Plex policy, inte ett problem med ditt nätverk eller serverns inställningar. Titta på {name} i Plex egna appar eller fråga {owner} om saken; PlexPicker kan inte nå servern från den här webbläsaren.',
	plex_reason_cors_shared_unknown:
		'{name} svarade på {hosts}, men lät inte PlexPicker läsa svaren: servern tillåter det bara för Plex egen webbapp (app.plex.tv). Det är Plex policy, inte ett problem med ditt nätverk eller serverns inställningar. Titta på {name} i Plex egna appar eller fråga ägaren om saken; PlexPicker kan inte nå servern från den här webbläsaren.',
	plex_reason_wrong_server: {
		one: 'En adress svarade, men som en annan Plex-server (adressen tillhör nu en annan maskin), så PlexPicker använde den inte.',
		other: '{count} adresser svarade, men som en annan Plex-server (adresserna tillhör nu en annan maskin), så PlexPicker använde dem inte.'
	},
	plex_reason_lna_denied:
		'Din webbläsare hindrar den här webbplatsen från att nå enheter i ditt lokala nätverk. Tillåt ”Åtkomst till lokalt nätverk” i webbplatsinställningarna (ikonen till vänster om adressfältet) och försök sedan igen.',
	plex_reason_lna_prompt: 'Din webbläsare behöver tillstånd för att nå enheter i ditt lokala nätverk. Försök igen och välj ”Tillåt” när den frågar om åtkomst till lokalt nätverk.',
	plex_reason_dns_rebinding:
		'Din router kanske vägrar slå upp plex.direct-adresser (skydd mot DNS rebinding). Lägg till ett undantag för ”plex.direct” i routerns DNS-inställningar, eller använd en fjärranslutning.',
	plex_reason_certificate: {
		one: 'Det gick inte att ansluta till den säkra adressen {hosts}; certifikatet kanske inte matchar adressen eller har gått ut. Öppna adressen en gång i en webbläsarflik för att se certifikatproblemet.',
		other: 'Det gick inte att ansluta till de säkra adresserna {hosts}; certifikaten kanske inte matchar adresserna eller har gått ut. Öppna en av dem i en webbläsarflik för att se certifikatproblemet.'
	},
	plex_reason_timeout: 'Ingen adress till {name} svarade i tid. Servern kan vara upptagen eller onåbar från det här nätverket. Försök igen om en stund.',
	plex_reason_unreachable:
		'Ingen av adresserna till {name} gick att nå från det här nätverket. Om servern står hemma och du är borta, kontrollera att fjärråtkomst är påslagen i serverns inställningar och försök sedan igen.',

	plex_server_address: 'Serveradress',
	plex_server_token: 'Servertoken (bara för en server som inte finns i din lista)',
	plex_add_help:
		'För en server som plex.tv inte listar, eller när plex.tv ligger nere. PlexPicker kontrollerar först att en Plex-server svarar på adressen och skickar först därefter en token till den: den som plex.tv gav för servern, eller den du klistrar in. Andra adresser än {domain} kan behöva tillåtas när den här kopian av PlexPicker byggs ({setting}).',
	plex_checking_server: 'Kontrollerar servern…',
	plex_add_server: 'Lägg till server via adress',
	plex_address_empty: 'Skriv serverns adress, till exempel https://plex.example.org:32400.',
	plex_address_invalid: 'Den adressen kan PlexPicker inte använda. Skriv den som https://plex.example.org:32400.',
	plex_address_scheme: 'Använd en https://-adress, till exempel https://plex.example.org:32400.',
	plex_address_extras: 'Skriv bara serverns adress (schema, namn och port), utan användarnamn, ”?…” eller ”#…”. En token har ett eget fält.',
	plex_address_http:
		'Webbläsare blockerar vanliga http://-adresser på den här https-sidan. Använd serverns https-adress (i Plex: Inställningar → Nätverk, ”Säkra anslutningar”).',
	plex_address_cors:
		'{host} svarade, men lät inte PlexPicker läsa svaren: servern tillåter det bara för Plex egen webbapp (app.plex.tv). Det är Plex policy, inte ditt nätverk; att lägga till servern via en annan adress ändrar inget. Använd Plex egna appar för den här servern.',
	plex_address_token_refused: 'Plex-servern på {host} nekade den här token. Klistra in serverns egen token (eller ditt kontos, om servern är din) och försök sedan igen.',
	plex_address_not_plex: '{host} svarade, men inte som en Plex Media Server. Kontrollera adressen och porten (Plex använder 32400 om inget annat har ställts in).',
	plex_address_timeout: '{host} svarade inte i tid. Kontrollera adressen och att servern är på, och försök sedan igen.',
	plex_address_nothing:
		'Inget svarade på {host}. Kontrollera adressen och porten (Plex använder 32400 om inget annat har ställts in), att servern är på och går att nå från det här nätverket, och försök sedan igen.',
	plex_address_stopped: '{host} slutade svara. Försök igen.',
	plex_address_needs_token:
		'En Plex-server svarade på {host}, men det är ingen som plex.tv listar åt dig, så PlexPicker behöver dess token. Klistra in den i ”{field}” och försök sedan igen.',
	plex_address_two_servers: '{host} svarade som två olika Plex-servrar. Kontrollera adressen.',
	plex_address_csp:
		'Den här kopian av PlexPicker får inte kontakta {host}: dess säkerhetspolicy låter den bara nå plex.tv och *.plex.direct-adresser (så att dina token inte kan hamna någon annanstans), och inget skickades dit. Använd en adress som slutar på .plex.direct för den här servern, eller be den som driver den här kopian av PlexPicker att tillåta {origin} (PLEXPICKER_CSP_CONNECT när den byggs).',
	plex_server_token_field: 'Servertoken',

	plex_list_failed_unknown: 'Det gick inte att hämta dina Plex-servrar. Försök igen.',
	plex_add_failed_unknown: 'Det gick inte att lägga till servern av okänd anledning. Försök igen.',
	plex_connect_failed_unknown: 'Anslutningen misslyckades. Försök igen.',
	plex_sync_failed: 'Synkningen misslyckades. Försök igen.',
	plex_sync_refused: '{name} nekade synkningen (din åtkomst kan ha ändrats). Kopian som sparades tidigare är oförändrad. Anslut igen eller logga in på nytt.',
	plex_sync_connection_lost:
		'Anslutningen till {name} bröts under synkningen. Kopian som sparades tidigare är oförändrad. PlexPicker ansluter igen; synka på nytt om en stund.',
	plex_sync_error_kept: '{reason} Kopian som sparades tidigare är oförändrad.',
	plex_sync_cancelled: 'Synkningen avbröts. Kopian som sparades tidigare är oförändrad.',
	plex_sync_music_library: '”{title}” är ett musikbibliotek; PlexPicker sparar bara film- och tv-bibliotek.',
	plex_sync_photo_library: '”{title}” är ett fotobibliotek; PlexPicker sparar bara film- och tv-bibliotek.',
	plex_sync_other_library: '”{title}” är ett bibliotek av typen ”{kind}”; PlexPicker sparar bara film- och tv-bibliotek.',

	plex_home: 'Plex Home',
	plex_watching_as: 'Tittar som {name}',
	plex_watching_in_home: '(i Plex Home hos {name})',
	plex_back_to: 'Tillbaka till {name}',
	plex_whos_watching: 'Vem tittar?',
	plex_asking_home: 'Frågar plex.tv vilka som finns i ditt Plex Home…',
	plex_pin_protected: 'Skyddad med PIN-kod',
	plex_member_admin: 'Home-admin',
	plex_member_needs_pin: 'kräver PIN-kod',
	plex_member_admin_needs_pin: 'Home-admin, kräver PIN-kod',
	plex_pin: 'PIN-kod',
	plex_pin_help: 'PIN-kod till Plex Home för {name} (4 siffror).',
	plex_pin_format: 'En PIN-kod till Plex Home har 4 siffror.',
	plex_switch_to: 'Byt till {name}',
	plex_cancel: 'Avbryt',
	plex_home_wrong_pin:
		'Den PIN-koden hör inte till {member}. Inget har ändrats: PlexPicker visar fortfarande vad {current} har sett. Kontrollera de 4 siffrorna och försök igen.',
	plex_home_wrong_pin_unknown:
		'Den PIN-koden stämmer inte. Inget har ändrats: PlexPicker visar fortfarande vad {current} har sett. Kontrollera de 4 siffrorna och försök igen.',
	plex_home_not_in_home:
		'Det här Plex-kontot finns inte i något Plex Home, så det finns ingen att byta till. Ett Home ställs in i Plex egna appar (Inställningar → Plex Home).',
	plex_home_refused:
		'plex.tv lät inte PlexPicker, en webbplats utanför plex.tv, byta person (en ”CORS”-spärr mellan webbplatser). Det är Plex policy, inte ett problem med ditt nätverk. Det här fungerar fortfarande: biblioteken som sparats på den här enheten, som {current}. I Plex egna appar går det att byta person.',
	plex_home_down:
		'plex.tv går inte att nå just nu, så medlemmarna i Plex Home kan varken visas eller bytas. Det här fungerar fortfarande: biblioteken som sparats på den här enheten, som {current}. Försök igen senare.',
	plex_home_signed_out: 'Din Plex-inloggning har gått ut. Logga in igen för att byta person.',
	plex_home_unexpected:
		'plex.tv svarade på ett sätt som PlexPicker inte väntade sig. Inget har ändrats: PlexPicker visar fortfarande vad {current} har sett. Försök igen senare.',
	plex_home_member_expired:
		'Plex-inloggningen för {member} på den här enheten har gått ut, så nu tittar {account} igen. Välj {member} igen under ”{button}”.',
	plex_home_member_expired_unknown:
		'Home-medlemmens Plex-inloggning på den här enheten har gått ut, så nu tittar {account} igen. Välj medlemmen igen under ”{button}”.',
	plex_home_member_watching: 'Nu tittar {name}. Osedda titlar och ”Markera som sedd” gäller nu {name}.',
	plex_home_back: 'Nu tittar {name} igen.',
	plex_the_account: 'kontot',
	plex_user_fallback: 'Plex-användare',

	plex_sign_out: 'Logga ut',

	plex_library_fallback: 'Bibliotek {key}',
	plex_untitled: 'Utan titel',
	plex_label_identity: 'Plex-servern (identitet)',
	plex_label_server: 'Plex-servern',
	plex_label_libraries: 'Plex-servern (bibliotek)',
	plex_label_library: 'Plex-servern (biblioteket)',
	plex_label_episodes: 'Plex-servern (avsnitt)',
	plex_label_collection: 'Plex-servern (samling)',
	plex_label_playlist: 'Plex-servern (spellista)',
	plex_label_poster: 'Plex-servern (affisch)',
	plex_label_collections: 'Plex-servern (samlingar)',
	plex_label_playlists: 'Plex-servern (spellistor)',
	plex_label_mark_watched: 'Plex-servern (markera som sedd)',
	plex_label_home_members: 'plex.tv (Home-medlemmar)',
	plex_label_home_switch: 'plex.tv (byte av Home-medlem)',
	plex_label_server_list: 'plex.tv (serverlista)',
	plex_label_watchlist: 'discover.provider.plex.tv (Plex-bevakningslista)',

	// Signing in with a token (TokenSignIn, loaded when "Other ways" opens, with these words)
	plex_token_field: 'Plex-token',
	plex_token_where:
		'Så hittar du den: logga in på Plex Web (app.plex.tv), öppna valfri film och välj ”⋯” → ”Hämta info” → ”Visa XML”. Adressen till sidan som öppnas slutar med {param}: kopiera det som kommer efter.',
	plex_token_explained: 'Plex förklarar det i artikeln {link}.',
	plex_token_article: 'Finding an authentication token (på engelska)',
	plex_token_keep: 'Token är en nyckel till ditt Plex-konto: klistra bara in den här. Den stannar på den här enheten.',
	plex_checking_token: 'Kontrollerar token…',
	plex_sign_in_with_token: 'Logga in med token',

	// What signing in says once the Plex client is loaded (state/session, auth/*)
	plex_pin_check_failed: 'Det gick inte att kontrollera inloggningen.',
	plex_pin_gave_up: {
		one: 'Kunde inte nå plex.tv för att slutföra inloggningen ({count} försök). {reason}',
		other: 'Kunde inte nå plex.tv för att slutföra inloggningen ({count} försök). {reason}'
	},
	plex_signin_refused: 'Plex nekade inloggningen. {reason} Du kan ändå logga in: använd ”Logga in med token” under ”Andra sätt” nedan.',
	plex_token_empty: 'Klistra in din Plex-token först.',
	plex_token_malformed:
		'Det där ser inte ut som en Plex-token: den består av bokstäver, siffror, ”-” och ”_”, utan mellanslag (kopiera bara det som kommer efter ”X-Plex-Token=”).',
	plex_token_refused:
		'plex.tv godtar inte den här token: den kan vara ofullständig eller utloggad. Kopiera den igen (allt efter ”X-Plex-Token=” fram till nästa ”&”) och försök sedan igen.',
	plex_token_check_failed: 'Det gick inte att kontrollera token av okänd anledning. Försök igen.',

	// What Plex requests name in errors (plex/pins, plex/account, plex/client); each begins with its host
	plex_endpoint_signin: 'plex.tv (inloggning)',
	plex_endpoint_account: 'plex.tv (konto)',
	plex_the_server: 'servern',

	// Plex request failures (plex/client, plex/refusal); {endpoint} is one of the names above or "host /path"
	plex_cors_refused:
		'{host} svarade, men lät inte den här webbplatsen läsa svaret (en ”CORS”-spärr mellan webbplatser). Det är Plex policy för appar utanför plex.tv, inte ett problem med ditt nätverk eller dina inställningar.',
	plex_cancelled: 'Avbrutet.',
	plex_timeout: '{endpoint} svarade inte i tid. Kontrollera anslutningen och försök igen.',
	plex_offline_unreachable: 'Du är offline, så {endpoint} går inte att nå. Anslut till internet och försök igen.',
	plex_unreachable:
		'Kunde inte nå {host}. Kontrollera anslutningen; om en annons- eller spårningsblockerare är på, tillåt {host} för den här webbplatsen och försök sedan igen.',
	plex_bad_json: '{endpoint} skickade ett svar som PlexPicker inte kan läsa. Försök igen senare.',
	plex_bad_shape: '{endpoint} skickade ett svar i ett oväntat format. Försök igen senare.',
	plex_unauthorized: '{endpoint} godtar inte längre din inloggning. Logga in igen.',
	plex_not_found: '{endpoint} känner inte till det som efterfrågades.',
	plex_rate_limited: '{endpoint} ber PlexPicker att sakta ner. Försök igen om en stund.',
	plex_rate_limited_wait: '{endpoint} ber PlexPicker att sakta ner. Försök igen om {wait}.',
	plex_server_error: '{endpoint} har problem (fel {status}). Försök igen om några minuter.',
	plex_server_error_wait: '{endpoint} har problem (fel {status}). Försök igen om {wait}.',
	plex_refused: '{endpoint} nekade begäran (fel {status}).',

	// Signing in, once Plex gave a code (SignInPanel; the Plex client brings these words), and its endings
	plex_pin_code: 'Kod',
	plex_no_plex_page: 'Öppnades ingen Plex-sida?',
	plex_open_plex_page: 'Öppna Plex inloggningssida',
	plex_not_answering: 'plex.tv svarar inte just nu. Försöker fortfarande…',
	plex_pin_timed_out:
		'Plex bekräftade inte inloggningen inom 5 minuter, så PlexPicker slutade vänta. Tryck på ”Logga in med Plex” för att försöka igen.',

	// After being signed in (SignInPanel, +page.svelte): only a session that loaded the servers (and these words) expires or signs out
	plex_session_expired: 'Din Plex-session har gått ut. Logga in igen för att synka; dina sparade bibliotek fungerar fortfarande.',
	plex_session_expired_for: 'Plex-sessionen för {username} har gått ut. Logga in igen för att synka; dina sparade bibliotek fungerar fortfarande.',
	plex_signed_out: 'Utloggad.',
	plex_signed_out_elsewhere: 'Utloggad i ett annat fönster.',
	plex_saved_libraries_kept: 'Dina sparade Plex-bibliotek finns kvar på den här enheten.',
	plex_remove_saved_libraries: 'Ta bort sparade bibliotek'
} satisfies Translation<typeof english>;
