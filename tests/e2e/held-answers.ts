import type { ProjectService } from '../../main/service/project-service';

type Method = {
  [K in keyof ProjectService]: ProjectService[K] extends (...args: never[]) => unknown ? K : never;
}[keyof ProjectService];

/**
 * Holds main's answers to one service operation until the returned function is called, as a
 * loaded machine or a slow disk would: a test can then press keys while the page still waits.
 * The operation runs for real once released.
 */
export function holdAnswers(service: ProjectService, method: Method): () => void {
  const operation = (service[method] as (...args: unknown[]) => unknown).bind(service);
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  Object.assign(service, {
    [method]: async (...args: unknown[]) => {
      await released;
      return operation(...args);
    },
  });
  return release;
}
