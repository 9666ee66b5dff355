import type { WindowId } from './views';

/**
 * Browser mode's window id: each page makes a random one and sends it with every call in this
 * header, so main's projectChanged events can name the page that caused them.
 */
export const WINDOW_HEADER = 'X-Tagwright-Window';

const PAGE_ID = /^[0-9a-f]{32}$/;

/** The window id a call's header carries, or null when it is missing or not a page id. */
export function windowIdFromHeader(value: string | string[] | undefined): WindowId | null {
  return typeof value === 'string' && PAGE_ID.test(value) ? `page-${value}` : null;
}
