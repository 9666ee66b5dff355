import { forwardRef, useId, type HTMLAttributes, type ReactNode } from 'react';

interface Props extends Omit<HTMLAttributes<HTMLElement>, 'title' | 'onKeyDown'> {
  title: ReactNode;
  /** The close button's name ("Close entities"). */
  closeLabel: string;
  /** What the keys do, said under the title. */
  help: ReactNode;
  onClose(): void;
}

/**
 * A view shown above the workbench's body (Entities, Progress): a region named by its title, a
 * close button, the keys it takes, and Esc closing it (unless something inside took the Esc).
 * Focusable itself, so it can hold the focus until its content is there.
 */
export const ClosableView = forwardRef<HTMLElement, Props>(function ClosableView(
  { title, closeLabel, help, onClose, children, ...section },
  ref,
) {
  const titleId = useId();
  return (
    <section
      ref={ref}
      aria-labelledby={titleId}
      tabIndex={-1}
      {...section}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        onClose();
      }}
    >
      <header className="search-view-header">
        <h2 id={titleId} className="panel-title">
          {title}
        </h2>
        <button type="button" className="quiet-button" aria-keyshortcuts="Escape" onClick={onClose}>
          {closeLabel}
        </button>
      </header>
      <p className="search-help">{help}</p>
      {children}
    </section>
  );
});
