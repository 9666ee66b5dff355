import { protocol } from 'electron';
import { readStaticFile } from '../io/static-files';
import { CONTENT_SECURITY_POLICY } from './window-options';
import { APP_HOST, APP_SCHEME } from './renderer-address';

export { RENDERER_URL } from './renderer-address';

/** Must run before the app is ready: a standard, secure scheme gets an origin, storage and module scripts. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false } },
  ]);
}

/**
 * Serves the built renderer at app://tagwright/: only regular files inside `rendererDir` (no
 * folders, no links out of it, no other host), each with our Content-Security-Policy.
 */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respondWithRendererFile(rendererDir, request.url));
}

/** One response of the app scheme (the test reaches it through the handler serveRenderer registers). */
async function respondWithRendererFile(rendererDir: string, url: string): Promise<Response> {
  const parsed = new URL(url);
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return new Response(null, { status: 404 });
  const file = await readStaticFile(rendererDir, parsed.pathname);
  if (!file) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(file.body), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
