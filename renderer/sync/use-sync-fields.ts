import { useEffect, useState } from 'react';
import type { CallInput } from '../../shared/ipc/contract';
import { loadSyncStatus } from '../store/sync-commands';

/**
 * The Sync dialog's fields. When it opens they are filled with what the project last synced with
 * (main remembers the address without the account, and the live and curator boxes); what the user
 * has typed meanwhile is kept.
 */
export function useSyncFields(open: boolean) {
  const [url, setUrl] = useState('');
  const [database, setDatabase] = useState('');
  const [live, setLive] = useState(true);
  const [curator, setCurator] = useState(false);
  useEffect(() => {
    if (!open) return;
    void loadSyncStatus().then((outcome) => {
      const offered = outcome.status === 'done' ? outcome.value.address : null;
      if (!offered) return;
      setUrl((typed) => typed || offered.server);
      setDatabase((typed) => typed || (offered.database ?? ''));
      setLive(offered.live);
      setCurator(offered.curator);
    });
  }, [open]);
  const request = (): CallInput<'startSync'> => ({
    url: url.trim(),
    ...(database.trim() ? { database: database.trim() } : {}),
    live,
    curator,
  });
  return { url, setUrl, database, setDatabase, live, setLive, curator, setCurator, request };
}
