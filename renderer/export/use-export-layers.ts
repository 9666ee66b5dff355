import { useEffect, useState } from 'react';
import type { ExportLayerChoice } from '../../shared/formats/export-job';
import { listExportLayers } from '../store/export-commands';

/**
 * The layers the export dialog offers besides all, read from main each time it opens (an
 * annotator merged in or a span curated since is there the next time); `error` when main could
 * not say, and then only all is offered.
 */
export function useExportLayers(open: boolean): { choices: ExportLayerChoice[]; error: string | null } {
  const [choices, setChoices] = useState<ExportLayerChoice[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    let live = true;
    void listExportLayers().then((outcome) => {
      if (!live) return;
      setChoices(outcome.status === 'done' ? outcome.value : []);
      setError(outcome.status === 'failed' ? `The layers could not be listed: ${outcome.error.message}` : null);
    });
    return () => {
      live = false;
    };
  }, [open]);
  return { choices, error };
}
