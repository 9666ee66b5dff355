import type { Annotation } from '../../shared/model';
import { fragmentTexts } from '../../shared/model';
import { quoteExcerpt } from '../display-text/quote-excerpt';
import { removeFragment } from '../store/annotation-commands';
import { selectReadOnly, useWorkbench } from '../store/workbench-store';

/** A discontinuous annotation's pieces, each with a button taking it out (one left makes a plain span). */
export function AnnotationPieces({ annotation, excerpt }: { annotation: Annotation; excerpt: string }) {
  const readOnly = useWorkbench(selectReadOnly);
  const { fragments } = annotation;
  if (!fragments) return null;
  const texts = fragmentTexts(annotation);
  return (
    <ul className="annotation-pieces" aria-label={`Pieces of “${excerpt}”`}>
      {fragments.map((f, i) => {
        const piece = quoteExcerpt(texts[i]!, 32);
        return (
          <li key={`${f.start}-${f.end}`} className="annotation-piece">
            <span className="annotation-piece-text">
              “<bdi>{piece}</bdi>”
            </span>
            <button
              type="button"
              className="quiet-button"
              aria-label={`Remove piece “${piece}” from “${excerpt}”`}
              disabled={readOnly}
              onClick={() => void removeFragment(annotation.id, f)}
            >
              Remove
            </button>
          </li>
        );
      })}
    </ul>
  );
}
