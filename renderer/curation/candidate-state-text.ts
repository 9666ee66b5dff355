import type { CandidateState } from '../../shared/curation/curation-candidates';

/** Each state as an icon and a word, so it never rests on colour alone. */
export const CANDIDATE_STATE_TEXT: Record<CandidateState, { icon: string; text: string }> = {
  agreed: { icon: '✓', text: 'agreed' },
  disputed: { icon: '≠', text: 'disputed' },
  settled: { icon: '●', text: 'settled' },
};
