import { useEffect } from 'react';
import { useWorkbench } from '../store/workbench-store';

/** Mirrors the theme preference onto `<html data-theme>`, which the style sheets key on. */
export function useThemeAttribute(): void {
  const theme = useWorkbench((s) => s.preferences.theme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
