import { toggleTheme } from '../store/project-commands';
import { useWorkbench } from '../store/workbench-store';

/** Switches between the light and dark themes (also View → Toggle Dark Theme). */
export function ThemeToggle() {
  const dark = useWorkbench((s) => s.preferences.theme === 'dark');
  return (
    <button type="button" className="quiet-button" aria-pressed={dark} onClick={() => void toggleTheme()}>
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span> Dark theme
    </button>
  );
}
