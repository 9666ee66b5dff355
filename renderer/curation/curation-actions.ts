import type { CurationCandidate } from '../../shared/curation/curation-candidates';
import type { CurationView } from '../../shared/curation/curation-view';
import type { Outcome } from '../bridge/call-outcome';
import type { DocumentViewHandle } from '../document-view/document-view-api';
import { acceptAgreed, acceptCandidate, rejectCandidate, setCurationStatus } from '../store/curation-commands';
import { useWorkbench } from '../store/workbench-store';
import type { CurationKeyAction } from './curation-keys';
import { nextCandidate } from './candidate-steps';

interface Context {
  view: CurationView;
  current: CurationCandidate | null;
  setCurrent(key: string): void;
  /** After an accept or reject, move on once the view is read again. */
  advanceAfterRefresh(): void;
  /** Runs a command as the dialog runs them (its alert says a failure). */
  run<T>(command: () => Promise<Outcome<T>>): Promise<Outcome<T>>;
  say(message: string): void;
  documentView: DocumentViewHandle | null;
}

/** What each of the view's keys does (curation-keys.ts), with what it needs said when it cannot. */
export function curationActionRunner(ctx: Context): (action: CurationKeyAction) => void {
  const { view, current, run, say } = ctx;
  const documentId = view.documentId;
  const index = view.candidates.findIndex((c) => c.key === current?.key);
  const step = (direction: 1 | -1, settledToo: boolean) => {
    const next = nextCandidate(view.candidates, index, direction, settledToo);
    const which = settledToo ? 'span' : 'unsettled span';
    if (next === null) say(direction === 1 ? `No ${which} below this one.` : `No ${which} above this one.`);
    else ctx.setCurrent(view.candidates[next]!.key);
  };
  const edit = (command: () => Promise<Outcome<unknown>>) => {
    ctx.advanceAfterRefresh();
    void run(command);
  };
  return (action) => {
    if (action.kind === 'next' || action.kind === 'previous') {
      return step(action.kind === 'next' ? 1 : -1, action.settledToo);
    }
    if (action.kind === 'acceptAgreed') return edit(() => acceptAgreed(documentId));
    if (action.kind === 'done') return void run(() => setCurationStatus(documentId, 'done'));
    if (!current) return say('This document has no spans to curate.');
    if (action.kind === 'accept') {
      const lane = view.lanes[action.lane - 1];
      const version = lane && current.versions.find((v) => v.annotator === lane.annotator);
      if (!lane) return say(`There is no lane ${action.lane}.`);
      if (!version) return say(`${lane.name} did not make this span.`);
      return edit(() => acceptCandidate(documentId, version.annotationId));
    }
    if (action.kind === 'reject') {
      return edit(() =>
        rejectCandidate(
          documentId,
          current.versions.map((v) => v.annotationId),
        ),
      );
    }
    const gold = view.gold.find((g) => g.start < current.end && current.start < g.end);
    if (!gold) return say('Gold has no span here yet: accept a version first.');
    useWorkbench.getState().setCurationOpen(false);
    useWorkbench.getState().selectAnnotation(gold.id);
    ctx.documentView?.revealAnnotation(gold.id);
  };
}
