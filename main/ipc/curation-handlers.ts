import type { CallName, CallOutput, ParsedCallInput } from '../../shared/ipc/contract';
import type { WindowId } from '../../shared/ipc/views';
import type { ProjectService } from '../service/project-service';

type CurationCall = 'getCuration' | 'acceptCandidate' | 'acceptAgreed' | 'rejectCandidate' | 'setCurationStatus';

/** Their handlers, typed from the contract as call-handlers.ts types the table (importing it would be a cycle). */
type CurationHandlers = {
  [K in CurationCall & CallName]: (input: ParsedCallInput<K>, origin: WindowId | null) => CallOutput<K>;
};

/** The Curation view's calls (main/service/curation-edits.ts), part of the handler table. */
export function curationHandlers(service: ProjectService): CurationHandlers {
  return {
    getCuration: ({ documentId }) => service.getCuration(documentId),
    acceptCandidate: ({ documentId, annotationId }, origin) =>
      service.acceptCandidate(documentId, annotationId, origin),
    acceptAgreed: ({ documentId }, origin) => service.acceptAgreed(documentId, origin),
    rejectCandidate: ({ documentId, annotationIds }, origin) =>
      service.rejectCandidate(documentId, annotationIds, origin),
    setCurationStatus: ({ documentId, status }, origin) => service.setCurationStatus(documentId, status, origin),
  };
}
