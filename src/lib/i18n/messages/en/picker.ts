/** English messages of the picker area (keys start with "picker_"); the source every other language translates. */
export default {
} ;
