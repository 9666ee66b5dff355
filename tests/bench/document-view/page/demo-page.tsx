import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { defaultAnnotationSchema, type Annotation } from '../../../../shared/model';
import { DocumentView } from '../../../../renderer/document-view/DocumentView';
import type {
  BuildSliceScheduler,
  DocumentViewHandle,
  TextSpan,
} from '../../../../renderer/document-view/document-view-api';
import { inIdleTime } from '../../../../renderer/document-view/document-view-controller';
import { annotationOf } from '../../../support/annotation-fixture';
import { generateBenchDocument } from '../generate-bench-document';
import { withEdit, type EditedAnnotations } from './edited-annotations';

// A small page for tests/e2e/document-view.spec.ts: the view with a few spans, and outputs
// showing what the view reported (selection span, selected annotation).
const labels = defaultAnnotationSchema().labels;
export const demoText =
  'Officials said the mines were only 25 percent accurate 😀 last year.\n\n' +
  'A second paragraph, with café, 東京 and עברית, follows here.\n' +
  'Third line.';

function span(id: string, quote: string, label: string, note = ''): Annotation {
  const start = demoText.indexOf(quote);
  return annotationOf(demoText, id, start, start + quote.length, { documentId: 'demo', label, note, annotator: '' });
}

/** The small demo text, or with `long` the bench's 50,000-word document and 1,000 spans. */
function demoContent(long: boolean): { text: string; annotations: Annotation[] } {
  if (long) return generateBenchDocument(1000);
  return {
    text: demoText,
    annotations: [
      span('claim1', 'the mines were only 25 percent accurate 😀 last year', 'claim', 'Disputed by observers'),
      span('fig1', 'only 25 percent', 'figure'),
      span('cross', 'year.\n\nA second', 'event'),
    ],
  };
}

/** A build schedule that keeps every slice until release(), then builds as the view normally does. */
function heldBuild(): { schedule: BuildSliceScheduler; release(): void } {
  let held = true;
  const waiting: (() => void)[] = [];
  return {
    schedule: (slice) => (held ? waiting.push(slice) : inIdleTime(slice)),
    release: () => {
      held = false;
      for (const slice of waiting.splice(0)) inIdleTime(slice);
    },
  };
}

/** `long`: the bench's big document; `holdBuild`: its build stops after the first screen until __demo.releaseBuild(). */
export function DemoPage({ long, holdBuild }: { long: boolean; holdBuild: boolean }) {
  const [content] = useState(() => demoContent(long));
  const [build] = useState(() => (holdBuild ? heldBuild() : null));
  const [edited, setEdited] = useState<EditedAnnotations>({ annotations: content.annotations, edit: null });
  const [selected, setSelected] = useState<string | null>(null);
  const [selection, setSelection] = useState<TextSpan | null>(null);
  const [snap, setSnap] = useState(false);
  const view = useRef<DocumentViewHandle>(null);
  const demo = window as unknown as { __demo: unknown };
  demo.__demo = {
    add: (a: Annotation) => setEdited((state) => withEdit(state, [a])),
    remove: (id: string) => setEdited((state) => withEdit(state, [], [id])),
    reveal: (id: string) => view.current?.revealAnnotation(id),
    currentSelection: () => view.current?.currentSelection() ?? null,
    clear: () => view.current?.clearSelection(),
    focus: () => view.current?.focus(),
    // Committed before the call returns: the next key press already sees the new preference.
    setSnap: (on: boolean) => flushSync(() => setSnap(on)),
    releaseBuild: () => build?.release(),
    text: content.text,
    annotations: edited.annotations,
  };
  return (
    <div style={{ display: 'grid', gridTemplateRows: 'auto 1fr', height: '100%' }}>
      <p>
        selected: <output id="selected">{selected ?? 'none'}</output> · selection:{' '}
        <output id="selection">{selection ? `${selection.start}-${selection.end}` : 'none'}</output>
      </p>
      <div style={{ minHeight: 0 }}>
        <DocumentView
          ref={view}
          documentId="demo"
          text={content.text}
          annotations={edited.annotations}
          annotationsEdit={edited.edit}
          labels={labels}
          selectedAnnotationId={selected}
          onSelectAnnotation={setSelected}
          onSelectionChange={setSelection}
          snapToWords={snap}
          scheduleBuildSlice={build?.schedule}
        />
      </div>
    </div>
  );
}
