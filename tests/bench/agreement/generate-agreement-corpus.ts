import type { AgreementDocument } from '../../../shared/agreement/project-agreement';
import { defaultAnnotationSchema, type Annotation } from '../../../shared/model';

const at = '2026-01-01T00:00:00.000Z';

/**
 * `documents` documents of `words` words each, every one labelled by each of `annotators`:
 * `spans` spans per document and annotator over the four default labels, every other annotator's
 * spans shifted a few characters so some match exactly, most by overlap.
 */
export function agreementCorpus(documents: number, words: number, annotators: number, spans: number) {
  const labels = defaultAnnotationSchema().labels;
  const text = Array.from({ length: words }, (_, i) => `word${i % 97}`).join(' ');
  const stride = Math.floor((text.length - 40) / spans);
  const docs: AgreementDocument[] = [];
  for (let d = 0; d < documents; d++) {
    const annotations: Annotation[] = [];
    for (let a = 0; a < annotators; a++) {
      for (let k = 0; k < spans; k++) {
        const start = k * stride + (a % 2) * 3;
        const end = start + 20 + (k % 7);
        annotations.push({
          id: `a${d}-${a}-${k}`,
          documentId: `d${d}`,
          start,
          end,
          quote: text.slice(start, end),
          label: labels[(k + a * (k % 5 === 0 ? 1 : 0)) % 4]!.id,
          attributes: { value: k % 3 },
          note: '',
          annotator: `annotator-${a}`,
          createdAt: at,
          updatedAt: at,
        });
      }
    }
    docs.push({ id: `d${d}`, title: `Document ${d}`, text, annotations, relations: [] });
  }
  return { labels, documents: docs, tokens: documents * words };
}
