import { contextBridge, ipcRenderer } from 'electron';
import { callChannel, callNames, eventChannel, eventNames, type EventName } from '../../shared/ipc/contract';

// One function per contract call and a listener for the contract's events: never ipcRenderer
// itself, never a channel the page chooses.
const api: Record<string, unknown> = {};
for (const name of callNames) {
  api[name] = (input: unknown) => ipcRenderer.invoke(callChannel(name), input);
}
api.on = (event: EventName, listener: (payload: unknown) => void) => {
  if (!eventNames.includes(event) || typeof listener !== 'function') throw new Error(`Unknown event ${String(event)}`);
  const wrapped = (_event: unknown, payload: unknown) => listener(payload);
  ipcRenderer.on(eventChannel(event), wrapped);
  return () => ipcRenderer.removeListener(eventChannel(event), wrapped);
};

contextBridge.exposeInMainWorld('tagwright', Object.freeze(api));
