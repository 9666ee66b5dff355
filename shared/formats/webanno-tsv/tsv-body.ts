import type { CorpusProblem } from '../corpus/parsed-corpus';
import { newAnnotation, unitAnnotations, type TsvAnnotation, type TsvUnit } from './tsv-annotations';
import { splitUnescaped, unescapeTsvText, unescapeTsvValue } from './tsv-escaping';
import type { TsvColumn, TsvSchema } from './tsv-schema';

/** The most white space TSV offsets may put between two sentences (a megabyte of it). */
const MAX_SENTENCE_GAP = 1_000_000;

/** What a TSV body holds: the text INCEpTION rebuilds from it and every annotation, linked. */
export interface TsvBody {
  text: string;
  annotations: TsvAnnotation[];
  /** Chain links by chain id, in link order. */
  chains: Map<number, Map<number, TsvAnnotation>>;
  /** Relation or slot ends on a type no span layer declares (DKPro's Token): they cannot be annotations. */
  endsOnUndeclaredTypes: number;
}

const UNIT_ID = /^\d+-\d+(?:\.\d+)?$/;
const OFFSETS = /^(\d+)-(\d+)$/;
const CHAIN_SUFFIX = /^([\s\S]*?)(?<!\\)->(\d+)-(\d+)$/;

/**
 * Reads a TSV 3 body line by line as INCEpTION's reader does: `#Text=` lines are un-escaped and
 * joined by line breaks into the sentence's text, which is placed at its first token's offset
 * (after padding with spaces, or in place of the line break after the previous sentence); each
 * token and sub-token line's cells are read column by column, stacked values (`|`) by position,
 * multi-unit annotations by their disambiguation id (`PER[3]`), chain links by `->chain-link`.
 * Relation, slot and chain ends are resolved once every line is read.
 */
export class TsvBodyReader {
  #text = '';
  #sentence: string[] = [];
  #inSentence = false;
  #units = new Map<string, TsvUnit>();
  #byId = new Map<number, TsvAnnotation>();
  #chains = new Map<number, Map<number, TsvAnnotation>>();
  #annotations: TsvAnnotation[] = [];
  #deferred: (() => void)[] = [];
  #undeclared = 0;

  constructor(
    readonly schema: TsvSchema,
    readonly fileName: string,
    readonly minorVersion: number,
    readonly problems: CorpusProblem[],
  ) {}

  /** A `#…` line between sentences or before a sentence's first token. */
  sentenceHeader(line: string): void {
    if (this.#inSentence) this.#endSentence();
    if (line.startsWith('#Text=')) this.#sentence.push(unescapeTsvText(line.slice(6), this.minorVersion));
  }

  blank(): void {
    if (this.#inSentence) this.#endSentence();
  }

  token(line: string, n: number): void {
    const cells = line.split('\t');
    const expected = this.schema.columns.length + 3;
    if (cells.length < expected) return this.#problem(n, `${expected} columns expected, found ${cells.length}`);
    const [id, offsets] = cells as [string, string];
    const place = OFFSETS.exec(offsets);
    if (!UNIT_ID.test(id) || !place)
      return this.#problem(n, `"${id}\t${offsets}" is not a token id and offsets (1-3, 9-14)`);
    if (!this.#inSentence && !this.#startSentence(Number(place[1]), n)) return;
    const unit: TsvUnit = { id, begin: Number(place[1]), end: Number(place[2]), line: n, annotations: new Map() };
    if (unit.end < unit.begin || unit.end > this.#text.length)
      return this.#problem(
        n,
        `offsets ${offsets} are outside the sentence's text (the text has ${this.#text.length} characters)`,
      );
    if (this.#units.has(id)) return this.#problem(n, `token ${id} is listed twice`);
    this.#units.set(id, unit);
    this.schema.columns.forEach((column, i) => {
      const cell = cells[i + 3]!;
      if (cell === '_') return;
      splitUnescaped(cell, '|').forEach((value, stack) => this.#cell(column, unit, stack, value));
    });
  }

  finish(): TsvBody {
    if (this.#inSentence) this.#endSentence();
    for (const action of this.#deferred) action();
    // INCEpTION ends the text with the line break after the last sentence's last #Text line: not ours.
    const text = this.#text.endsWith('\n') ? this.#text.slice(0, -1) : this.#text;
    return { text, annotations: this.#annotations, chains: this.#chains, endsOnUndeclaredTypes: this.#undeclared };
  }

  /** Places the sentence's text at its first token's offset. */
  #startSentence(begin: number, n: number): boolean {
    if (this.#sentence.length === 0) {
      this.#problem(n, 'a token line must follow its sentence\'s "#Text=" line');
      return false;
    }
    if (this.#text.length > begin) {
      // Adjacent sentences: the line break ending the previous one is not in the text.
      if (this.#text.length !== begin + 1) {
        this.#problem(
          n,
          `the sentence starts at ${begin}, inside the previous one (which ends at ${this.#text.length - 1})`,
        );
        this.#sentence = [];
        return false;
      }
      this.#text = this.#text.slice(0, -1);
    }
    const gap = begin - this.#text.length;
    if (gap > MAX_SENTENCE_GAP) {
      // Only white space lies between sentences; a gap this wide is a damaged offset, and filling
      // it would build a string of that length (or throw on one past the engine's limit).
      this.#problem(
        n,
        `the sentence starts at ${begin}, ${gap} characters after the text so far: the offset is damaged`,
      );
      this.#sentence = [];
      return false;
    }
    this.#text += ' '.repeat(gap) + this.#sentence.join('\n') + '\n';
    this.#sentence = [];
    this.#inSentence = true;
    return true;
  }

  #endSentence() {
    this.#inSentence = false;
  }

  /** One stacked value of one cell. */
  #cell(column: TsvColumn, unit: TsvUnit, stack: number, raw: string) {
    let value = raw;
    let info: string | undefined;
    if (column.kind !== 'slot-target') {
      const chain = CHAIN_SUFFIX.exec(raw);
      if (raw.endsWith(']') && !raw.endsWith('\\]') && raw.includes('[')) {
        info = raw.slice(raw.lastIndexOf('[') + 1, -1);
        value = raw.slice(0, raw.lastIndexOf('['));
      } else if (chain) {
        value = chain[1]!;
        info = `${chain[2]}-${chain[3]}`;
      }
    }
    const plain = value === '*' ? null : unescapeTsvValue(value);
    if (column.kind === 'chain-type') {
      // The link is made by its referenceRelation cell, the next column (it holds the chain and link numbers).
      this.#deferred.push(() => unitAnnotations(unit, column.layer)[stack]?.features.set(column.feature, plain));
      return;
    }
    const annotation = this.#annotationFor(column, unit, stack, info);
    switch (column.kind) {
      case 'feature':
      case 'chain-link':
        annotation.features.set(column.feature, plain);
        return;
      case 'slot-role': {
        const roles = this.#slot(annotation, column.feature).roles;
        for (const role of splitUnescaped(value, ';')) roles.push(role === '*' ? null : unescapeTsvValue(role));
        return;
      }
      case 'slot-target':
        return this.#slotTargets(annotation, column, unit, value);
      case 'relation-source':
        return this.#relationEnds(annotation, column, unit, value, info);
      case 'placeholder':
        return;
    }
  }

  /** The annotation a cell value belongs to: the unit's, an earlier unit's by id, a chain's link, or a new one. */
  #annotationFor(column: TsvColumn, unit: TsvUnit, stack: number, info: string | undefined) {
    const { layer } = column;
    const list = unitAnnotations(unit, layer);
    let annotation = list[stack];
    if (annotation) return this.#link(annotation, column, unit, info);
    const id = layer.kind === 'span' && info !== undefined ? this.#disambiguationId(info, unit) : undefined;
    const chain = column.kind === 'chain-link' && info ? info.split('-').map(Number) : undefined;
    const earlier =
      id !== undefined ? this.#byId.get(id) : chain ? this.#chains.get(chain[0]!)?.get(chain[1]!) : undefined;
    if (earlier) {
      earlier.end = unit.end;
      list.push(earlier);
      return earlier;
    }
    annotation = newAnnotation(layer, unit);
    list.push(annotation);
    this.#annotations.push(annotation);
    if (id !== undefined) this.#byId.set(id, annotation);
    return this.#link(annotation, column, unit, info);
  }

  /** Files a chain link under its chain (the first cell that names them). */
  #link(annotation: TsvAnnotation, column: TsvColumn, unit: TsvUnit, info: string | undefined) {
    if (column.kind !== 'chain-link' || annotation.chain) return annotation;
    const [id, index] = (info ?? '').split('-').map(Number);
    if (!Number.isInteger(id) || !Number.isInteger(index)) {
      this.#problem(unit.line, `chain link "${info ?? ''}" must be chain-link numbers (1-2)`);
      return annotation;
    }
    annotation.chain = { id: id!, index: index! };
    let chain = this.#chains.get(id!);
    if (!chain) this.#chains.set(id!, (chain = new Map()));
    chain.set(index!, annotation);
    return annotation;
  }

  #disambiguationId(info: string, unit: TsvUnit): number | undefined {
    if (/^\d+$/.test(info)) return Number(info);
    this.#problem(unit.line, `"[${info}]" is not a disambiguation id`);
    return undefined;
  }

  #slot(annotation: TsvAnnotation, name: string) {
    let slot = annotation.slots.get(name);
    if (!slot) annotation.slots.set(name, (slot = { roles: [], targets: [] }));
    return slot;
  }

  #slotTargets(annotation: TsvAnnotation, column: TsvColumn, unit: TsvUnit, value: string) {
    this.#deferred.push(() => {
      const slot = this.#slot(annotation, column.feature);
      for (const target of splitUnescaped(value, ';')) {
        const id = /^(.*)\[(\d+)\]$/.exec(target);
        slot.targets.push(
          target === '*' ? null : this.#resolve(column.targetType!, id ? id[1]! : target, id ? Number(id[2]) : 0, unit),
        );
      }
    });
  }

  #relationEnds(annotation: TsvAnnotation, column: TsvColumn, unit: TsvUnit, source: string, info?: string) {
    const [sourceId, targetId] = (info ?? '0_0').split('_').map(Number);
    this.#deferred.push(() => {
      const type = column.layer.baseType ?? '';
      const from = this.#resolve(type, source, sourceId ?? 0, unit);
      const to = this.#resolve(type, unit.id, targetId ?? 0, unit);
      if (from) annotation.source = from;
      if (to) annotation.target = to;
    });
  }

  /** The annotation a reference names: by disambiguation id, else the first of `type` on the unit. */
  #resolve(type: string, unitId: string, id: number, from: TsvUnit): TsvAnnotation | null {
    if (id > 0) {
      const found = this.#byId.get(id);
      if (!found) this.#problem(from.line, `no annotation has the disambiguation id [${id}]`);
      return found ?? null;
    }
    const layer = this.schema.layers.find((l) => l.type === type && l.kind !== 'relation');
    if (!layer) {
      this.#undeclared++;
      return null;
    }
    const unit = this.#units.get(unitId);
    const found = unit && unit.annotations.get(layer)?.[0];
    if (!found)
      this.#problem(from.line, `token ${unitId} has no ${layer.shortName} annotation for the reference to point at`);
    return found ?? null;
  }

  #problem(line: number, message: string) {
    this.problems.push({ fileName: this.fileName, line, message });
  }
}
