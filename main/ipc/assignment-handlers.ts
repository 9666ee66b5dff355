import type { CallName, CallOutput, ParsedCallInput } from '../../shared/ipc/contract';
import type { WindowId } from '../../shared/ipc/views';
import type { ProjectService } from '../service/project-service';

type AssignmentCall =
  'assignDocuments' | 'unassignDocuments' | 'markAssignmentDone' | 'listAssignments' | 'getProgress';

/** Their handlers, typed from the contract as call-handlers.ts types the table (importing it would be a cycle). */
type AssignmentHandlers = {
  [K in AssignmentCall & CallName]: (input: ParsedCallInput<K>, origin: WindowId | null) => CallOutput<K>;
};

/** Documents assigned to annotators and the progress view's report (main/service/assignment-edits.ts), part of the handler table. */
export function assignmentHandlers(service: ProjectService): AssignmentHandlers {
  return {
    assignDocuments: (input, origin) => service.assignDocuments(input, origin),
    unassignDocuments: (input, origin) => service.unassignDocuments(input, origin),
    markAssignmentDone: ({ documentId, done }, origin) => service.markAssignmentDone(documentId, done, origin),
    listAssignments: () => service.listAssignments(),
    getProgress: () => service.progress(),
  };
}
