import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { callChannel, callNames, eventChannel } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import type { CallHandlers } from '../ipc/call-handlers';
import { dispatchCall } from '../ipc/dispatch-call';
import type { EventHub } from '../service/event-hub';

/**
 * Binds every contract call to ipcMain. A call is answered only when it comes from the main
 * frame of one of our windows showing our own page; then dispatchCall validates the payload.
 */
export function bindIpc(handlers: CallHandlers, events: EventHub, isOwnUrl: (url: string) => boolean): () => void {
  for (const name of callNames) {
    ipcMain.handle(callChannel(name), async (event: IpcMainInvokeEvent, payload: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, isOwnUrl)) {
        return { ok: false, error: { code: 'forbidden', message: 'This page may not use Tagwright.' } };
      }
      // The window's webContents id: projectChanged events carry it back, so it applies its own change once.
      return dispatchCall(handlers, name, payload, `window-${event.sender.id}`);
    });
  }
  const off = events.onAny((event, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(eventChannel(event), payload);
    }
  });
  return () => {
    off();
    for (const name of callNames) ipcMain.removeHandler(callChannel(name));
  };
}

function isTrustedSender(event: IpcMainInvokeEvent, isOwnUrl: (url: string) => boolean): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (!BrowserWindow.fromWebContents(event.sender)) return false;
  return isOwnUrl(frame.url);
}
