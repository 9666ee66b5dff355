/** The renderer's address: our own scheme, not file:// (Electron's security checklist, item 18). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tagwright';
export const RENDERER_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;
