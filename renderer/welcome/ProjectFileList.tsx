/** Project files to open, each by name with its path beneath (the recent ones, or those browser mode offers). */
export function ProjectFileList({
  label,
  projects,
  onOpen,
}: {
  label: string;
  projects: readonly { path: string; name: string }[];
  onOpen(path: string): void;
}) {
  return (
    <ul className="stacked-list project-file-list" aria-label={label}>
      {projects.map((p) => (
        <li key={p.path}>
          <button type="button" className="link-button" onClick={() => onOpen(p.path)}>
            {p.name}
          </button>
          <span className="path-text">{p.path}</span>
        </li>
      ))}
    </ul>
  );
}
