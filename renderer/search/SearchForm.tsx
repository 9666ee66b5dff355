import { useEffect, useRef, useState } from 'react';
import { runSearch } from '../store/search-commands';
import { selectLabels, useWorkbench } from '../store/workbench-store';

/** The query box with its toggles (regular expression, match case) and the label the hits must be inside. */
export function SearchForm() {
  const labels = useWorkbench(selectLabels);
  const last = useWorkbench((s) => s.searchRequest);
  const searching = useWorkbench((s) => s.searching);
  const focusRequest = useWorkbench((s) => s.searchFocusRequest);
  const [query, setQuery] = useState(last?.query ?? '');
  const [regex, setRegex] = useState(last?.regex ?? false);
  const [caseSensitive, setCaseSensitive] = useState(last?.caseSensitive ?? false);
  const [label, setLabel] = useState(last?.label ?? '');
  const inputRef = useRef<HTMLInputElement>(null);

  // Opening the view, or Ctrl+Shift+F again, puts the caret in the query with its text selected.
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusRequest]);

  return (
    <form
      role="search"
      aria-label="Search the corpus"
      className="search-form"
      onSubmit={(event) => {
        event.preventDefault();
        void runSearch({ query, regex, caseSensitive, ...(label ? { label } : {}) });
      }}
    >
      <input
        ref={inputRef}
        type="text"
        className="search-query"
        aria-label={regex ? 'Regular expression to search for' : 'Text to search for'}
        placeholder={regex ? 'A pattern, e.g. \\d+\\s*(percent|%)' : 'Text to find, e.g. Hajizada'}
        spellCheck={false}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(event) => {
          // Down from the query goes to the hits, as in a search box with suggestions.
          if (event.key !== 'ArrowDown') return;
          const hits = event.currentTarget
            .closest('[data-search-view]')
            ?.querySelector<HTMLElement>('[role="listbox"]');
          if (!hits) return;
          event.preventDefault();
          hits.focus();
        }}
      />
      <label className="toolbar-check">
        <input type="checkbox" checked={regex} onChange={(e) => setRegex(e.target.checked)} />
        Regular expression
      </label>
      <label className="toolbar-check">
        <input type="checkbox" checked={caseSensitive} onChange={(e) => setCaseSensitive(e.target.checked)} />
        Match case
      </label>
      <label className="search-inside">
        Inside
        <select value={label} onChange={(e) => setLabel(e.target.value)}>
          <option value="">any text</option>
          {labels.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name} annotations
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary-button" disabled={searching}>
        {searching ? 'Searching…' : 'Search'}
      </button>
    </form>
  );
}
