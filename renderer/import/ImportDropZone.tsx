import { useState, type DragEvent, type ReactNode } from 'react';
import { importDroppedOrPicked } from './import-documents';
import { readDroppedFiles } from './read-dropped-files';

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/** Files and folders dropped anywhere on the workbench are imported into the project. */
export function ImportDropZone({ children }: { children: ReactNode }) {
  const [dragging, setDragging] = useState(false);

  const onDragOver = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDragLeave = (event: DragEvent) => {
    // Leaving a child is not leaving the zone.
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
  };
  const onDrop = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    setDragging(false);
    void readDroppedFiles(event.dataTransfer).then(importDroppedOrPicked);
  };

  return (
    <div className="import-drop-zone" onDragOver={onDragOver} onDragLeave={onDragLeave} onDrop={onDrop}>
      {children}
      {dragging && (
        <div className="import-drop-overlay" aria-hidden="true">
          Drop files or folders to import them
        </div>
      )}
    </div>
  );
}
