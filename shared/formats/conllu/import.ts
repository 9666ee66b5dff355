import type { CorpusImporter, CorpusReadOptions } from '../corpus/corpus-importer';
import { fileLines } from '../corpus/text-lines';
import { TagRunReader } from '../corpus/tag-runs';
import { TextBuilder, type BuiltPiece } from '../corpus/text-builder';
import { emptyCorpus, type ParsedCorpus, type ParsedDocument, type ParsedSpan } from '../corpus/parsed-corpus';
import { CorefMentionReader } from './coref-entities';
import { miscFields, spaceAfter } from './misc-field';

/** One line of a sentence: a word (`3`), a multiword token (`1-2`) or an empty node (`8.1`, skipped). */
interface TokenLine {
  id: string;
  form: string;
  upos: string;
  misc: Map<string, string>;
  line: number;
  /** Multiword tokens: the last word they cover. */
  lastWord?: number;
}

/** A word placed in the document's text (a multiword token's words share its place). */
interface PlacedWord extends BuiltPiece {
  token: TokenLine;
}

const COLUMNS = 10;

/**
 * Reads CoNLL-U (Universal Dependencies): one document per `# newdoc` (its id becomes the title),
 * one sentence per block, each sentence on its own line of the text and a blank line at
 * `# newpar`. A sentence's text is its `# text =` comment, or its tokens joined as `SpaceAfter=No`
 * and `SpacesAfter` say; a multiword token (`1-2`) gives the surface form, its words its place.
 * Entities come from MISC: IOB tags (`NER=B-PER`, `NE=`, `name=`) or CorefUD brackets (`Entity=(e1-person-1`),
 * whose mentions of one entity are linked in order by `coreference` relations. UPOS tags become
 * annotations only when asked (`upos`); lemmas, features and dependencies are not carried.
 */
export function parseConllu(fileName: string, content: string, options: CorpusReadOptions = {}): ParsedCorpus {
  const reader = new ConlluReader(fileName, options);
  for (const [line, n] of fileLines(content)) reader.line(line, n);
  return reader.finish();
}

/** parseConllu as the registry calls importers (CoNLL-U has no companion file). */
export const conlluImporter: CorpusImporter = (fileName, content, _companion, options) =>
  parseConllu(fileName, content, options);

class ConlluReader {
  readonly corpus: ParsedCorpus;
  #text = new TextBuilder();
  #document: ParsedDocument;
  #tags = new TagRunReader();
  #mentions = new CorefMentionReader();
  #sentence: TokenLine[] = [];
  #sentenceText: string | undefined;
  #sentenceLine = 0;
  #newParagraph = false;
  #notCarried = new Set<string>();
  #strays = 0;
  #unmatched = 0;
  /** `# global.Entity`: the file's order of mention fields, for every document. */
  #entityFields = '';

  constructor(
    readonly fileName: string,
    readonly options: CorpusReadOptions,
  ) {
    this.corpus = emptyCorpus('conllu', fileName);
    this.#document = this.#newDocument(1);
  }

  line(line: string, n: number): void {
    if (line.trim() === '') return this.#endSentence();
    if (line.startsWith('#')) return this.#comment(line.slice(1).trim(), n);
    const cells = line.split('\t');
    if (cells.length !== COLUMNS) {
      return this.#problem(n, `${COLUMNS} columns expected, found ${cells.length}`);
    }
    this.#sentenceLine ||= n;
    const [id, form, , upos, xpos, feats, head, deprel, deps, misc] = cells as [string, ...string[]];
    if (!/^\d+(?:[-.]\d+)?$/.test(id)) return this.#problem(n, `"${id}" is not a word id (3, 1-2 or 8.1)`);
    if (id.includes('.')) return; // an empty node: no text of its own
    if ([xpos, feats, head, deprel, deps].some((cell) => cell !== '_' && cell !== undefined))
      this.#notCarried.add('lemmas, XPOS, features and dependencies');
    const range = id.includes('-') ? Number(id.split('-')[1]) : undefined;
    this.#sentence.push({
      id,
      form: form!,
      upos: upos!,
      misc: miscFields(misc!),
      line: n,
      ...(range !== undefined ? { lastWord: range } : {}),
    });
  }

  finish(): ParsedCorpus {
    this.#endSentence();
    this.#endDocument();
    if (this.#strays > 0)
      this.#warn(`${this.#strays} entity tag(s) begin with an I- or E- tag that continues nothing: each starts a span`);
    if (this.#unmatched > 0)
      this.#warn(`${this.#unmatched} Entity closing bracket(s) match no open mention and are ignored`);
    for (const what of this.#notCarried) this.#warn(`${what} are not carried`);
    return this.corpus;
  }

  #comment(comment: string, n: number) {
    const eq = comment.indexOf('=');
    const key = (eq === -1 ? comment : comment.slice(0, eq)).trim();
    const value = eq === -1 ? '' : comment.slice(eq + 1).trim();
    if (key === 'newdoc' || key === 'newdoc id') {
      this.#endSentence();
      this.#endDocument();
      this.#document = this.#newDocument(n, value);
    } else if (key === 'newpar' || key === 'newpar id') this.#newParagraph = this.#text.length > 0;
    else if (key === 'text') this.#sentenceText = comment.slice(eq + 1).replace(/^ /, '');
    else if (key === 'global.Entity') {
      this.#entityFields = value;
      this.#mentions.declareFields(value);
    }
  }

  #endSentence() {
    if (this.#sentence.length > 0) {
      if (this.#text.length > 0) this.#text.append(this.#newParagraph ? '\n\n' : '\n');
      const words = this.#placeWords();
      this.#readEntities(words);
    }
    this.#sentence = [];
    this.#sentenceText = undefined;
    this.#sentenceLine = 0;
    this.#newParagraph = false;
  }

  /** Appends the sentence's text and places each word in it. */
  #placeWords(): PlacedWord[] {
    const surface = this.#surfaceTokens();
    const given = this.#sentenceText;
    const places = given === undefined ? undefined : alignTokens(given, surface);
    if (given !== undefined && !places) {
      this.#problem(
        this.#sentenceLine,
        'the "# text" does not hold the sentence\'s tokens in order: the sentence text is rebuilt from its tokens',
      );
    }
    const placed = new Map<TokenLine, BuiltPiece>();
    if (given !== undefined && places) {
      let cursor = 0;
      surface.forEach((token, i) => {
        const [start, end] = places[i]!;
        this.#text.append(given.slice(cursor, start));
        placed.set(token, this.#text.append(given.slice(start, end)));
        cursor = end;
      });
      this.#text.append(given.slice(cursor));
    } else {
      surface.forEach((token, i) => {
        placed.set(token, this.#text.append(token.form));
        if (i < surface.length - 1) this.#text.append(spaceAfter(token.misc));
      });
    }
    const words: PlacedWord[] = [];
    let covering: { token: TokenLine; place: BuiltPiece } | undefined;
    for (const token of this.#sentence) {
      if (token.lastWord !== undefined) covering = { token, place: placed.get(token)! };
      else {
        const inside = covering && Number(token.id) <= covering.token.lastWord!;
        words.push({ ...(inside ? covering!.place : placed.get(token)!), token });
      }
    }
    return words;
  }

  /** The tokens the text is made of: multiword tokens, and the words outside them. */
  #surfaceTokens(): TokenLine[] {
    const surface: TokenLine[] = [];
    let coveredUpTo = 0;
    for (const token of this.#sentence) {
      if (token.lastWord !== undefined) {
        surface.push(token);
        coveredUpTo = token.lastWord;
      } else if (Number(token.id) > coveredUpTo) surface.push(token);
    }
    return surface;
  }

  #readEntities(words: PlacedWord[]) {
    for (const word of words) {
      const { misc, line, upos } = word.token;
      const entity = misc.get('Entity');
      const bracketed = entity !== undefined && /[()]/.test(entity);
      if (bracketed) this.#mentions.read(entity, word.start, word.end, line);
      const tag = misc.get('NER') ?? misc.get('NE') ?? misc.get('name') ?? (bracketed ? undefined : entity);
      this.#tags.read(tag ?? 'O', word, line);
      if (misc.has('Bridge') || misc.has('SplitAnte')) this.#notCarried.add('CorefUD bridging and split antecedents');
      if (upos === '_') continue;
      if (this.options.upos) this.#addSpan(upos, [word], line);
      else this.#notCarried.add('UPOS tags (import them with --upos)');
    }
    this.#tags.close();
  }

  #endDocument() {
    const document = this.#document;
    this.#tags.close();
    this.#strays += this.#tags.strays;
    this.#unmatched += this.#mentions.unmatched;
    for (const run of this.#tags.runs) this.#addSpan(run.label, [run], run.line);
    this.#addMentions();
    if (this.#text.length > 0) {
      document.text = this.#text.text();
      this.corpus.documents.push(document);
    }
    this.#text = new TextBuilder();
    this.#tags = new TagRunReader();
    this.#mentions = new CorefMentionReader();
    if (this.#entityFields) this.#mentions.declareFields(this.#entityFields);
  }

  /** CorefUD mentions as spans, each linked to the entity's previous mention. */
  #addMentions() {
    if (this.#mentions.unclosed > 0)
      this.#problem(this.#document.line ?? 1, `${this.#mentions.unclosed} Entity mention(s) are never closed`);
    const previous = new Map<string, string>();
    const mentions = [...this.#mentions.mentions].sort((a, b) => a.fragments[0]!.start - b.fragments[0]!.start);
    for (const mention of mentions) {
      const key = this.#addSpan(mention.type || 'entity', mention.fragments, mention.line);
      const before = previous.get(mention.entity);
      if (before) this.#document.relations.push({ type: 'coreference', from: before, to: key, line: mention.line });
      previous.set(mention.entity, key);
    }
  }

  #addSpan(label: string, fragments: BuiltPiece[], line: number): string {
    const span: ParsedSpan = {
      key: `T${this.#document.spans.length + 1}`,
      label,
      fragments: fragments.map(({ start, end }) => ({ start, end })),
      attributes: {},
      note: '',
      line,
    };
    this.#document.spans.push(span);
    return span.key;
  }

  #newDocument(line: number, id?: string): ParsedDocument {
    return {
      fileName: this.fileName,
      spans: [],
      relations: [],
      line,
      ...(id ? { title: id, metadata: { 'newdoc id': id } } : {}),
    };
  }

  #problem(line: number, message: string) {
    this.corpus.problems.push({ fileName: this.fileName, line, message });
  }

  #warn(message: string) {
    this.corpus.notCarried.push({ fileName: this.fileName, message });
  }
}

/**
 * Where each token's form is in the sentence text, in order, with only whitespace between them;
 * undefined when the text does not hold them so.
 */
function alignTokens(text: string, tokens: readonly TokenLine[]): [number, number][] | undefined {
  const places: [number, number][] = [];
  let cursor = 0;
  for (const token of tokens) {
    while (cursor < text.length && /\s/.test(text[cursor]!) && !text.startsWith(token.form, cursor)) cursor++;
    if (!text.startsWith(token.form, cursor)) return undefined;
    places.push([cursor, cursor + token.form.length]);
    cursor += token.form.length;
  }
  return text.slice(cursor).trim() === '' ? places : undefined;
}
