import { measureProjectAgreement } from '../../../shared/agreement/project-agreement';
import { agreementCorpus } from './generate-agreement-corpus';

export interface AgreementFigure {
  documents: number;
  tokens: number;
  annotators: number;
  annotations: number;
  seconds: number;
  heapAfterMiB: number;
}

/** Measures a generated project's agreement report (best of `runs`): what `measureAgreement` computes in main. */
export function measureAgreementBench(documents: number, words: number, annotators: number, spans: number, runs = 2) {
  const corpus = agreementCorpus(documents, words, annotators, spans);
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    (globalThis as { gc?: () => void }).gc?.();
    const started = performance.now();
    measureProjectAgreement({ labels: corpus.labels, annotators: [], documents: corpus.documents });
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  (globalThis as { gc?: () => void }).gc?.();
  const figure: AgreementFigure = {
    documents,
    tokens: corpus.tokens,
    annotators,
    annotations: documents * annotators * spans,
    seconds: best,
    heapAfterMiB: process.memoryUsage().heapUsed / 2 ** 20,
  };
  return figure;
}
