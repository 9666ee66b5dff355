import { fragmentTexts, type Annotation } from '../../shared/model';

/** What a list shows of an annotation's text: a discontinuous span's pieces joined by " … " ("only … accurate"). */
export function shownQuote(a: Pick<Annotation, 'start' | 'quote' | 'fragments'>): string {
  return fragmentTexts(a).join(' … ');
}
