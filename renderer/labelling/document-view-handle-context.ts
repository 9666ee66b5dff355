import { createContext, useContext, type RefObject } from 'react';
import type { DocumentViewHandle } from '../document-view/document-view-api';
import { useWorkbench } from '../store/workbench-store';

/** The open document view's handle, for the panel (reveal) and the keyboard commands. */
export const DocumentViewHandleContext = createContext<RefObject<DocumentViewHandle | null>>({ current: null });

export const useDocumentViewHandle = () => useContext(DocumentViewHandleContext);

/** Selects an annotation and shows it in the text (a link in the panel to another annotation). */
export function useGoToAnnotation(): (annotationId: string) => void {
  const viewRef = useDocumentViewHandle();
  const selectAnnotation = useWorkbench((s) => s.selectAnnotation);
  return (annotationId) => {
    selectAnnotation(annotationId);
    viewRef.current?.revealAnnotation(annotationId);
  };
}
