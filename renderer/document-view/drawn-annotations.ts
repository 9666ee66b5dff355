import type { Annotation } from '../../shared/model';
import type { AnnotationsEdit } from './document-view-api';
import type { HighlightAction } from './highlight-plugin';

/**
 * The annotations the view has drawn, by id (for reveal), and the seq of the last edit it took
 * in. Turns each new edit into the one plugin action that draws it.
 */
export class DrawnAnnotations {
  #byId = new Map<string, Annotation>();
  #seq = 0;

  /** A document was loaded with these annotations, including every edit up to `seq`. */
  reset(annotations: readonly Annotation[], seq: number): void {
    this.#byId = new Map(annotations.map((a) => [a.id, a]));
    this.#seq = seq;
  }

  get(id: string): Annotation | undefined {
    return this.#byId.get(id);
  }

  /**
   * The action that brings the drawing up to `edit`: the edit's own annotations when it follows
   * the last one taken in, every span again (from `annotations`) when one was missed, null when
   * there is nothing new.
   */
  take(edit: AnnotationsEdit | null, annotations: readonly Annotation[]): HighlightAction | null {
    if (!edit || edit.seq <= this.#seq) return null;
    const missedOne = edit.seq !== this.#seq + 1;
    this.#seq = edit.seq;
    if (missedOne) {
      this.reset(annotations, edit.seq);
      return { type: 'spans', annotations };
    }
    for (const a of edit.removed) this.#byId.delete(a.id);
    for (const a of edit.added) this.#byId.set(a.id, a);
    return { type: 'annotations', added: edit.added, removed: edit.removed };
  }
}
