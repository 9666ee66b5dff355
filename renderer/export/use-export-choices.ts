import { useState } from 'react';
import { ALL_LAYERS, type ExportDocumentChoice, type ExportLayer } from '../../shared/formats/export-job';
import type { FormatName } from '../../shared/formats/format-facts';
import type { CallInput } from '../../shared/ipc/contract';
import { selectLabels, useWorkbench } from '../store/workbench-store';

/**
 * What the export dialog's form has chosen: the format (and its form, for a format written in
 * several), which documents, whose layer, which labels. The
 * dialog stays mounted, so the format, documents and layer carry over to its next opening; the
 * unticked labels do not (`forgetUnticked`: every opening starts with all ticked).
 */
export function useExportChoices(selectedDocumentIds: readonly string[]) {
  const [format, setFormatOnly] = useState<FormatName>('jsonl');
  // Absent: the format's first form; a new format starts from its first.
  const [form, setForm] = useState<string | undefined>(undefined);
  const setFormat = (next: FormatName) => {
    setFormatOnly(next);
    setForm(undefined);
  };
  const [documents, setDocuments] = useState<ExportDocumentChoice>('all');
  const [layer, setLayer] = useState<ExportLayer>(ALL_LAYERS);
  const labels = useWorkbench(selectLabels);
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const chosen = labels.filter((l) => !unticked.has(l.id)).map((l) => l.id);

  const toggleLabel = (labelId: string) =>
    setUnticked((current) => {
      const next = new Set(current);
      if (next.has(labelId)) next.delete(labelId);
      else next.add(labelId);
      return next;
    });

  // Only what narrows the export is sent: no ids for other choices, no label list when all are ticked.
  const request = (): CallInput<'exportCorpus'> => ({
    format,
    documents,
    ...(documents === 'selected' ? { documentIds: [...selectedDocumentIds] } : {}),
    ...(chosen.length < labels.length ? { labels: chosen } : {}),
    ...(form !== undefined ? { form } : {}),
    ...(layer.kind !== 'all' ? { layer } : {}),
  });

  return {
    format,
    setFormat,
    form,
    setForm,
    documents,
    setDocuments,
    layer,
    setLayer,
    labels,
    isTicked: (labelId: string) => !unticked.has(labelId),
    toggleLabel,
    forgetUnticked: () => setUnticked(new Set()),
    noLabels: chosen.length === 0,
    noSelection: documents === 'selected' && selectedDocumentIds.length === 0,
    request,
  };
}

export type ExportChoices = ReturnType<typeof useExportChoices>;
