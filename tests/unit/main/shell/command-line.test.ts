import { describe, expect, it } from 'vitest';
import { projectPathFromArgv } from '../../../../main/shell/command-line';

describe('projectPathFromArgv', () => {
  it('finds a project file passed on the command line, resolved against the working folder', () => {
    expect(projectPathFromArgv(['/opt/Tagwright/tagwright', 'work/p.tagwright'], '/home/ana')).toBe(
      '/home/ana/work/p.tagwright',
    );
  });
  it('skips the app folder and switches in development', () => {
    expect(projectPathFromArgv(['electron', '.', '--inspect', '/tmp/x.TAGWRIGHT'], '/')).toBe('/tmp/x.TAGWRIGHT');
  });
  it('returns null when no project file is named', () => {
    expect(projectPathFromArgv(['electron', '.', 'notes.txt'], '/')).toBeNull();
  });
});
