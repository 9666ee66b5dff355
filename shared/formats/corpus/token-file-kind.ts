import type { Detection } from './format-detector';
import { nonBlankLines } from './text-lines';

/** Which token-line format a file's first lines look like, if any. */
export type TokenFileKind = 'webanno-tsv' | 'conllu' | 'conll';

/** How each kind is named in a message, and the --format that reads it. */
export const TOKEN_FILE_KIND_NAMES: Record<TokenFileKind, string> = {
  'webanno-tsv': 'WebAnno TSV 3',
  conllu: 'CoNLL-U',
  conll: 'CoNLL',
};

const LINES_LOOKED_AT = 50;
const CONLLU_ID = /^\d+(?:-\d+|\.\d+)?$/;
const CONLLU_COMMENT = /^#\s*(?:sent_id|text|newdoc|newpar|global\.columns)\b/;
const TAG = /^(?:O|[BIESLU]-\S+)$/;

/**
 * Tells WebAnno TSV 3 (its `#FORMAT=` line), CoNLL-U (its comments, or 10 tab-separated columns
 * with a word id first) and CoNLL (lines of the same number of columns ending in IOB-style tags)
 * apart by the first lines of a file, so that a `.conll`, `.conllu`, `.iob` or `.tsv` file is read
 * in the format it holds or refused, never imported as plain text. null: none of them.
 */
export function tokenFileKind(content: string): TokenFileKind | null {
  let seen = 0;
  let width = 0;
  let tags = 0;
  for (const [line] of nonBlankLines(content)) {
    if (seen === 0 && line.replace(/^\uFEFF/, '').startsWith('#FORMAT=WebAnno TSV')) return 'webanno-tsv';
    if (CONLLU_COMMENT.test(line)) return 'conllu';
    if (++seen > LINES_LOOKED_AT) break;
    if (line.startsWith('#')) continue;
    const tabbed = line.split('\t');
    if (tabbed.length === 10 && CONLLU_ID.test(tabbed[0]!)) return 'conllu';
    const cells = line.includes('\t') ? tabbed : line.trim().split(/ +/);
    if (cells[0] === '-DOCSTART-') continue;
    if (cells.length < 2 || (width !== 0 && cells.length !== width)) return null;
    width = cells.length;
    if (TAG.test(cells[cells.length - 1]!)) tags++;
  }
  return tags > 0 ? 'conll' : null;
}

/**
 * A token-line format's detection: certain when the file's first lines are in `format`; else a
 * refusal saying what they look like and how to import them, or why they are not in `format`
 * (after `lead` when given: `a .tsv that is not WebAnno TSV 3`).
 */
export function tokenFileDetection(content: string, format: TokenFileKind, lead?: string): Detection {
  const kind = tokenFileKind(content);
  if (kind === format) return 'certain';
  const looksLike = kind && `looks like ${TOKEN_FILE_KIND_NAMES[kind]}; import it with --format ${kind}`;
  if (lead) return { refused: `${lead}: ${looksLike ? `it ${looksLike}` : NOT_IN_FORMAT[format]}` };
  return { refused: looksLike || `is not ${TOKEN_FILE_KIND_NAMES[format]}: ${NOT_IN_FORMAT[format]}` };
}

const NOT_IN_FORMAT: Record<TokenFileKind, string> = {
  'webanno-tsv': 'its first line is not "#FORMAT=WebAnno TSV 3.x"',
  conllu: 'its first lines are neither 10 tab-separated columns starting with a word id nor CoNLL-U comments',
  conll: 'its first lines are not of the same number of columns ending in a tag (O, B-PER…)',
};
