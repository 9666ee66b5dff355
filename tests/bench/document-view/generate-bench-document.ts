import type { Annotation } from '../../../shared/model';
import { annotationOf } from '../../support/annotation-fixture';

// Deterministic bench input (issue 4, point 7): a 50,000-word document of 477 paragraphs,
// about 350,000 characters with accented Latin, CJK, Greek and astral emoji, and spans of
// every size (many overlapping or nested, some crossing paragraph breaks).
export const BENCH_WORDS = 50_000;
export const BENCH_PARAGRAPHS = 477;
const LABELS = ['claim', 'figure', 'actor', 'event'];

const WORDS = (
  'the mines were only percent accurate according report ministry officials survey estimated ' +
  'thousands villagers returned province during winter because government announced programme ' +
  'clearance international observers disputed figures published independent researchers café ' +
  'naïve Zürich façade coöperate São Paulo Kraków Ångström résumé déjà Łódź Øresund 東京 北京 ' +
  '報告 地雷 Αθήνα δήμος 😀 🚀 📈 🇫🇷 mañana señora Dvořák Škoda Ærø fjord œuvre straße Müller ' +
  'seventeen hundred twenty-five 1994 2003 3.5 million 42 percent half quarter'
).split(' ');

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same document everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BenchDocument {
  text: string;
  paragraphs: number;
  words: number;
  annotations: Annotation[];
  /** Start and end offsets of every word, for placing added spans. */
  wordStarts: Int32Array;
  wordEnds: Int32Array;
}

/** Builds the bench document and `annotationCount` spans over it. */
export function generateBenchDocument(annotationCount: number, seed = 4): BenchDocument {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const weights = Array.from({ length: BENCH_PARAGRAPHS }, () => 0.4 + random());
  const total = weights.reduce((s, w) => s + w, 0);
  const parts: string[] = [];
  const wordStarts = new Int32Array(BENCH_WORDS);
  const wordEnds = new Int32Array(BENCH_WORDS);
  let length = 0;
  let word = 0;
  let cumulative = 0;
  for (let p = 0; p < BENCH_PARAGRAPHS; p++) {
    if (p > 0) {
      parts.push('\n');
      length += 1;
    }
    cumulative += weights[p]!;
    const until = p === BENCH_PARAGRAPHS - 1 ? BENCH_WORDS : Math.round((BENCH_WORDS * cumulative) / total);
    let sentence = 0;
    for (let first = true; word < until; word++, first = false) {
      if (!first) {
        parts.push(' ');
        length += 1;
      }
      let w = pick(WORDS);
      if (sentence === 0) w = w[0]!.toUpperCase() + w.slice(1);
      sentence++;
      if (word === until - 1 || (sentence > 8 && random() < 0.12)) {
        w += pick(['.', '.', '.', '!', '?', '…']);
        sentence = 0;
      } else if (random() < 0.06) w += ',';
      wordStarts[word] = length;
      parts.push(w);
      length += w.length;
      wordEnds[word] = length - (/[.,!?…]$/.test(w) ? 1 : 0);
    }
  }
  const text = parts.join('');

  const annotations: Annotation[] = [];
  const add = (firstWord: number, lastWord: number) => {
    annotations.push(
      annotationOf(text, `b${annotations.length}`, wordStarts[firstWord]!, wordEnds[lastWord]!, {
        documentId: 'bench',
        // In this order: the label is picked before the note's draw, as the generated documents always were.
        label: pick(LABELS),
        note: random() < 0.1 ? 'Check against the 2003 survey.' : '',
        annotator: 'bench',
      }),
    );
    return [firstWord, lastWord] as const;
  };
  const placed: (readonly [number, number])[] = [];
  while (annotations.length < annotationCount) {
    const r = random();
    if (placed.length > 0 && r < 0.3) {
      // Nested inside an earlier span.
      const [a, b] = pick(placed);
      const first = a + Math.floor(random() * (b - a + 1));
      const last = first + Math.floor(random() * (b - first + 1));
      placed.push(add(first, last));
      continue;
    }
    const words =
      r < 0.75
        ? 1 + Math.floor(random() * 4)
        : r < 0.96
          ? 5 + Math.floor(random() * 20)
          : 30 + Math.floor(random() * 170);
    const first = Math.floor(random() * (BENCH_WORDS - words));
    placed.push(add(first, first + words - 1));
  }
  return { text, paragraphs: BENCH_PARAGRAPHS, words: BENCH_WORDS, annotations, wordStarts, wordEnds };
}
