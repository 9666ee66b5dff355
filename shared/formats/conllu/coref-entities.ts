import type { Fragment } from '../../model';

/** A mention read from CorefUD `Entity=` brackets, in code points of the built text. */
export interface Mention {
  entity: string;
  type: string;
  fragments: Fragment[];
  line: number;
}

interface OpenMention {
  entity: string;
  type: string;
  start: number;
  line: number;
  /** `[2/3]`: the part of a discontinuous mention, and how many parts it has. */
  part?: { count: number };
}

// `(e1-person-1)`, `(e1-person-1` or `e1)`; an entity id may carry a part, `e1[1/2]`.
const BRACKET = /\(([^()]+)\)|\(([^()]+)|([^()]+)\)/g;
const PART = /^(.*)\[(\d+)\/(\d+)\]$/;

/**
 * Reads CorefUD's `Entity=` MISC values word by word: `(eid-etype-…` opens a mention at the word,
 * `eid)` closes the latest open mention of that entity after it, `(eid-etype-…)` is a one-word
 * mention. The order of the fields is the file's `# global.Entity` (default `eid-etype-head-…`).
 * Parts of a discontinuous mention (`e1[1/2]`) become the fragments of one mention.
 */
export class CorefMentionReader {
  readonly mentions: Mention[] = [];
  /** Brackets that close nothing open. */
  unmatched = 0;
  #typeField = 1;
  #open: OpenMention[] = [];
  #parts = new Map<string, Mention>();

  /** `# global.Entity = eid-etype-head-other`: where the entity type is. */
  declareFields(declaration: string): void {
    const fields = declaration.split('-');
    const type = fields.indexOf('etype');
    if (type > 0) this.#typeField = type;
  }

  /** Reads a word's `Entity=` value; the word is at `start`–`end` (code points). */
  read(value: string, start: number, end: number, line: number): void {
    for (const [, single, opening, closing] of value.matchAll(BRACKET)) {
      if (single !== undefined) this.#finish(this.#opened(single, start, line), end);
      else if (opening !== undefined) this.#open.push(this.#opened(opening, start, line));
      else this.#close(closing!.trim(), end);
    }
  }

  /** Mentions still open at the end of a document. */
  get unclosed(): number {
    return this.#open.length + this.#parts.size;
  }

  #opened(fields: string, start: number, line: number): OpenMention {
    const values = fields.split('-');
    const id = PART.exec(values[0]!);
    return {
      entity: id ? id[1]! : values[0]!,
      type: values[this.#typeField] ?? '',
      start,
      line,
      ...(id ? { part: { count: Number(id[3]) } } : {}),
    };
  }

  #close(closing: string, end: number) {
    const entity = PART.exec(closing)?.[1] ?? closing;
    let i = this.#open.length - 1;
    while (i >= 0 && this.#open[i]!.entity !== entity) i--;
    if (i < 0) {
      this.unmatched++;
      return;
    }
    const [open] = this.#open.splice(i, 1);
    this.#finish(open!, end);
  }

  #finish(open: OpenMention, end: number) {
    const fragment = { start: open.start, end };
    if (!open.part) {
      this.mentions.push({ entity: open.entity, type: open.type, fragments: [fragment], line: open.line });
      return;
    }
    const gathered = this.#parts.get(open.entity) ?? {
      entity: open.entity,
      type: open.type,
      fragments: [],
      line: open.line,
    };
    gathered.type ||= open.type;
    gathered.fragments.push(fragment);
    this.#parts.set(open.entity, gathered);
    if (gathered.fragments.length < open.part.count) return;
    this.#parts.delete(open.entity);
    gathered.fragments.sort((a, b) => a.start - b.start);
    this.mentions.push(gathered);
  }
}
