/** Where a poster lives in the poster store: per library and item. */
export const posterKey = (libraryId: string, ratingKey: string): string => `${libraryId}:${ratingKey}`;
