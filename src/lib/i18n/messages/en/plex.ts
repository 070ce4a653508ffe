/** English messages of the plex area (keys start with "plex_"); the source every other language translates. */
export default {
} ;
