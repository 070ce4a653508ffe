/** English messages of the together area (keys start with "together_"); the source every other language translates. */
export default {
} ;
