import type { CurrentDocumentSlice } from './current-document-slice';
import type { DocumentsSlice } from './documents-slice';
import type { SessionSlice } from './session-slice';
import type { UiSlice } from './ui-slice';

/** The renderer's whole state: four small slices, one store. */
export type WorkbenchState = SessionSlice & DocumentsSlice & CurrentDocumentSlice & UiSlice;
