import type { SearchDocument } from '../../../shared/search/search-request';

// News-like prose: names with and without diacritics, figures in several spellings, some CJK and emoji.
const words = [
  'the',
  'ministry',
  'said',
  'maps',
  'provided',
  'were',
  'only',
  'accurate',
  'mines',
  'landmine',
  'region',
  'international',
  'community',
  'pressure',
  'after',
  'according',
  'to',
  'of',
  'and',
  'in',
  'a',
  'report',
  'Azerbaijan',
  'Armenia',
  'Baku',
  'Yerevan',
  'Rahimov',
  'Ağdam',
  'Füzuli',
  'déminage',
  'über',
  'naïve',
  '25%',
  '55 percent',
  '400,000',
  '1.5 million',
  '12 percent',
  'some',
  'over',
  'about',
  '地雷',
  '😀',
];

/**
 * A deterministic corpus of `count` documents of about `bytesEach` characters each, with
 * "Hajizada" in one document in ten: the plain query finds a few hundred hits, not thousands.
 */
export function generateSearchCorpus(count: number, bytesEach: number): SearchDocument[] {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const documents: SearchDocument[] = [];
  for (let d = 0; d < count; d++) {
    const parts: string[] = [];
    let length = 0;
    while (length < bytesEach) {
      const sentence: string[] = [];
      for (let w = 0, n = 8 + Math.floor(random() * 14); w < n; w++)
        sentence.push(words[Math.floor(random() * words.length)]!);
      if (d % 10 === 0 && random() < 0.2) sentence.splice(2, 0, 'spokesperson', 'Aykhan', 'Hajizada');
      const text = `${sentence.join(' ')}.${random() < 0.15 ? '\n\n' : ' '}`;
      parts.push(text.charAt(0).toUpperCase() + text.slice(1));
      length += text.length;
    }
    documents.push({ id: `doc${d}`, title: `Report ${d + 1}`, text: parts.join(''), annotations: [] });
  }
  return documents;
}
