/**
 * Ctrl+C or a termination request. The listeners stay until dispose(), so a second signal (a
 * terminal sends Ctrl+C to `npm start` and to this child alike) cannot cut the final save short.
 */
export function stopSignal(): { received: Promise<void>; dispose: () => void } {
  let onSignal = () => {};
  const received = new Promise<void>((resolve) => (onSignal = () => resolve()));
  const handler = () => onSignal();
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    received,
    dispose: () => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
