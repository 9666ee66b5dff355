import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { LabelledSpan } from '../../../shared/suggest/document-suggestions';
import { isInsideWord } from '../../../shared/text/word-characters';

/** One hand-labelled text of tests/fixtures/suggest-gold/. */
export interface GoldText {
  name: string;
  text: string;
  gold: (LabelledSpan & { quote: string })[];
}

/**
 * Reads every text of `dir` (tests/fixtures/suggest-gold/) and its gold file (`label<TAB>quote` lines in text order, `#` comments): each
 * quote is found as a whole word at or after the one before it. A quote not found is an error
 * naming the file and line, so the gold set cannot drift from its texts unnoticed.
 */
export async function readGoldSet(dir: string): Promise<GoldText[]> {
  const names = (await readdir(join(dir, 'texts'))).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(
    names.map(async (file) => {
      const name = basename(file, '.txt');
      const text = await readFile(join(dir, 'texts', file), 'utf8');
      const goldPath = join(dir, 'gold', `${name}.tsv`);
      return { name, text, gold: resolveGold(text, await readFile(goldPath, 'utf8'), goldPath) };
    }),
  );
}

function resolveGold(text: string, tsv: string, path: string): GoldText['gold'] {
  const gold: GoldText['gold'] = [];
  let from = 0;
  tsv.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [label, quote] = line.split('\t');
    if (!label || !quote)
      throw new Error(`${path}:${i + 1}: expected "label<TAB>quote", found ${JSON.stringify(line)}`);
    const start = findWhole(text, quote, from, (at) =>
      gold.some((g) => g.start === at && g.end === at + quote.length && g.label === label),
    );
    if (start === -1) throw new Error(`${path}:${i + 1}: "${quote}" is not in the text after offset ${from}`);
    gold.push({ label, quote, start, end: start + quote.length });
    from = start;
  });
  return gold;
}

/** A possessive after a name ("the State Department’s bureau") ends the name. */
const POSSESSIVE = /^['’]s(?![\p{L}\p{N}])/u;

/** The first whole-word occurrence of `quote` at or after `from` that `taken` does not refuse; -1 if none. */
function findWhole(text: string, quote: string, from: number, taken: (at: number) => boolean): number {
  for (let at = text.indexOf(quote, from); at !== -1; at = text.indexOf(quote, at + 1)) {
    const end = at + quote.length;
    const endsWord = !isInsideWord(text, end) || POSSESSIVE.test(text.slice(end, end + 3));
    if (!isInsideWord(text, at) && endsWord && !taken(at)) return at;
  }
  return -1;
}
