/**
 * How browser mode's page proves it is Tagwright's: names shared by the server and the page's
 * HTTP bridge. The token never travels in a cookie (cookies ignore ports, so every other server
 * on 127.0.0.1 would receive it): calls carry it in a header, the event socket in a subprotocol.
 */
export const TOKEN_HEADER = 'X-Tagwright-Token';
/** The event socket's subprotocol, the one the server answers with. */
export const EVENT_SOCKET_PROTOCOL = 'tagwright';
/** The page also offers `tagwright-token.<token>`: browsers cannot set headers on a WebSocket. */
export const TOKEN_PROTOCOL_PREFIX = 'tagwright-token.';
export const EVENT_SOCKET_PATH = '/api/events';
