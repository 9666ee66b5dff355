import { createContext, useContext, type RefObject } from 'react';
import type { DocumentViewHandle } from '../document-view/document-view-api';

/** The open document view's handle, for the panel (reveal) and the keyboard commands. */
export const DocumentViewHandleContext = createContext<RefObject<DocumentViewHandle | null>>({ current: null });

export const useDocumentViewHandle = () => useContext(DocumentViewHandleContext);
