import { useCallback } from 'react';
import type { SearchHit } from '../../shared/search/search-request';
import { labelHits } from '../store/search-commands';
import { selectLabels, useWorkbench } from '../store/workbench-store';
import { labelledNotice } from './labelled-notice';

/** Labels hits and says what it did in the search view (the concordance is searched again as the project changes). */
export function useLabelHits(): (labelId: string, hits: readonly SearchHit[]) => void {
  const labels = useWorkbench(selectLabels);
  const setSearchNotice = useWorkbench((s) => s.setSearchNotice);
  return useCallback(
    (labelId, hits) => {
      const name = labels.find((l) => l.id === labelId)?.name ?? labelId;
      void labelHits(hits, labelId).then((outcome) => {
        if (outcome.status === 'done') setSearchNotice(labelledNotice(outcome.value, name));
      });
    },
    [labels, setSearchNotice],
  );
}
