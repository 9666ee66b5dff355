/** `text` cut to at most `max` characters, an ellipsis marking the cut: for messages that quote user text. */
export function clipText(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 3)}…` : text;
}
