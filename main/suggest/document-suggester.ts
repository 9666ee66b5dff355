import { findEntityMentions } from '../../shared/suggest/compromise-entities';
import { suggestForDocument } from '../../shared/suggest/document-suggestions';
import type { EntityMention } from '../../shared/suggest/entity-kinds';
import { entitySource, type FindEntityMentions } from '../../shared/suggest/entity-source';
import { memorySource } from '../../shared/suggest/memory-source';
import { projectMemory } from '../../shared/suggest/project-memory';
import type { Suggestion, SuggestionSource } from '../../shared/suggest/suggestion';
import type { SuggestionSettings } from '../../shared/suggest/suggestion-settings';
import type { ProjectModel } from '../service/project-model';

/** Documents whose NLP findings are kept: the NLP is the slow part, and a document's text never changes. */
const KEPT_DOCUMENTS = 200;

/**
 * Computes a document's suggestions in main (compromise never reaches the page). What it reads
 * once and keeps: the NLP's findings per document text (by its SHA-256, so the same text costs
 * nothing twice), and the project's memory of labelled strings until the project changes (made
 * from the counts the annotation table keeps up to date, so a change costs no recount).
 */
export class DocumentSuggester {
  readonly #mentions = new Map<string, readonly EntityMention[]>();
  #memory: { model: ProjectModel; revision: number; source: SuggestionSource } | null = null;

  constructor(private readonly findMentions: FindEntityMentions = findEntityMentions) {}

  suggestionsFor(model: ProjectModel, documentId: string, settings: SuggestionSettings): Suggestion[] {
    const document = model.document(documentId);
    const sources: SuggestionSource[] = [];
    if (settings.memory) sources.push(this.#memoryOf(model));
    if (settings.nlp)
      sources.push(entitySource(() => this.#mentionsOf(document.sha256, document.text), settings.labels));
    return suggestForDocument({
      text: document.text,
      schema: model.project.schema,
      annotations: model.annotations.forDocument(documentId),
      rejections: model.rejectionsIn(documentId),
      sources,
    });
  }

  /** The memory source (its strings indexed by first word), made again only after a change. */
  #memoryOf(model: ProjectModel): SuggestionSource {
    const kept = this.#memory;
    if (kept?.model === model && kept.revision === model.revision) return kept.source;
    const labelOrder = model.project.schema.labels.map((l) => l.id);
    // Counts the annotation table keeps change by change: no recount of every annotation here.
    const source = memorySource(projectMemory(model.annotations.quoteLabelCounts(), labelOrder));
    this.#memory = { model, revision: model.revision, source };
    return source;
  }

  #mentionsOf(sha256: string, text: string): readonly EntityMention[] {
    const kept = this.#mentions.get(sha256);
    if (kept) {
      // Most recently used last: the first key is the one to drop.
      this.#mentions.delete(sha256);
      this.#mentions.set(sha256, kept);
      return kept;
    }
    const found = this.findMentions(text);
    this.#mentions.set(sha256, found);
    if (this.#mentions.size > KEPT_DOCUMENTS) this.#mentions.delete(this.#mentions.keys().next().value!);
    return found;
  }
}
