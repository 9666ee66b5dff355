/** The text with its first letter in upper case: a schema's lower-case names as a heading or a field's label. */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
