import { defaultAnnotationSchema } from '../../../shared/model';
import { findEntityMentions } from '../../../shared/suggest/compromise-entities';
import { suggestForDocument } from '../../../shared/suggest/document-suggestions';
import { entitySource } from '../../../shared/suggest/entity-source';
import { memorySource } from '../../../shared/suggest/memory-source';
import { projectMemory } from '../../../shared/suggest/project-memory';
import type { SuggestionSource } from '../../../shared/suggest/suggestion';
import { DEFAULT_SUGGESTION_SETTINGS } from '../../../shared/suggest/suggestion-settings';
import {
  scoreSuggestions,
  totalScores,
  type LabelScore,
  type SpanMatch,
} from '../../../shared/suggest/suggestion-scores';
import { AnnotationTable } from '../../../main/service/annotation-table';
import { generateProject } from '../project-store/generate-project';
import { readGoldSet, type GoldText } from './gold-set';

const schema = defaultAnnotationSchema();
const labelOrder = schema.labels.map((l) => l.id);
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

function bestOf(runs: number, work: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

export interface SpeedFigures {
  words: number;
  /** compromise reading the text (the first time a document is shown; kept per document after). */
  nlpMs: number;
  /** Everything else, the NLP's findings kept: memory, filters, figures (each refresh after a change). */
  engineMs: number;
  memoryStrings: number;
  /** A project of a million annotations: counting its labelled strings (once, at the first refresh)... */
  bigCountMs: number;
  /** ...and making the memory from the counts the annotation table keeps (after each change). */
  bigMemoryMs: number;
  bigMemoryStrings: number;
}

/** Suggestion time for one text of at least 10,000 words made of the gold texts, best of 3 runs. */
export function measureSpeed(texts: readonly GoldText[]): SpeedFigures {
  let text = '';
  while (words(text) < 10_000) text += texts.map((t) => t.text).join('\n\n') + '\n\n';
  const memory = projectMemory(
    texts.flatMap((t) => t.gold),
    labelOrder,
  );
  const mentions = findEntityMentions(text);
  const sources = [memorySource(memory), entitySource(() => mentions, DEFAULT_SUGGESTION_SETTINGS.labels)];
  const engine = () => suggestForDocument({ text, schema, annotations: [], rejections: [], sources });
  const table = new AnnotationTable(generateProject(2000, 500).annotations);
  const started = performance.now();
  const counts = table.quoteLabelCounts();
  const bigCountMs = performance.now() - started;
  return {
    words: words(text),
    nlpMs: bestOf(3, () => findEntityMentions(text)),
    engineMs: bestOf(5, engine),
    memoryStrings: memory.length,
    bigCountMs,
    bigMemoryMs: bestOf(3, () => projectMemory(counts, labelOrder)),
    bigMemoryStrings: counts.size,
  };
}

/** Per-label precision and recall over the gold set, matched exactly and by overlap. */
export interface QualityFigures {
  scenario: string;
  exact: LabelScore[];
  overlap: LabelScore[];
}

/**
 * Two scenarios: a new project (the NLP alone, default settings), and one whose other texts are
 * labelled (each text's memory holds the gold labels of the nine others, as in a project where
 * they were done first).
 */
export async function measureQuality(goldDir: string): Promise<{ texts: GoldText[]; quality: QualityFigures[] }> {
  const texts = await readGoldSet(goldDir);
  const nlp = entitySource(findEntityMentions, DEFAULT_SUGGESTION_SETTINGS.labels);
  const scenarios: [string, (t: GoldText) => SuggestionSource[]][] = [
    ['NLP alone (a new project)', () => [nlp]],
    [
      'memory of the other texts + NLP',
      (t) => [
        memorySource(
          projectMemory(
            texts.filter((o) => o !== t).flatMap((o) => o.gold),
            labelOrder,
          ),
        ),
        nlp,
      ],
    ],
  ];
  const quality = scenarios.map(([scenario, sourcesFor]) => {
    const suggested = texts.map((t) =>
      suggestForDocument({ text: t.text, schema, annotations: [], rejections: [], sources: sourcesFor(t) }),
    );
    const scored = (match: SpanMatch) =>
      totalScores(texts.map((t, i) => scoreSuggestions(t.gold, suggested[i]!, match)));
    return { scenario, exact: scored('exact'), overlap: scored('overlap') };
  });
  return { texts, quality };
}
