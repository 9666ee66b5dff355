import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProjectFile } from '../../../../main/store/parse-project-file';
import { ProjectFileError } from '../../../../main/store/project-file-error';
import { ProjectStore } from '../../../../main/store/project-store';
import { projectSchema } from '../../../../shared/model';
import { smallProject } from '../../../support/project-fixtures';
import { projectFileJson, projectFileText } from '../../../support/project-file-text';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const validText = projectFileText(smallProject());

/** The loader's contract for any input: a valid project, or a ProjectFileError with a readable message. */
function loadOrExplain(text: string): 'opened' | 'refused' {
  try {
    const { project } = parseProjectFile(text, '/x/p.tagwright');
    expect(projectSchema.safeParse(project).success).toBe(true);
    return 'opened';
  } catch (error) {
    if (!(error instanceof ProjectFileError)) throw error;
    expect(error.message).toMatch(/^Cannot open \/x\/p\.tagwright: ./);
    return 'refused';
  }
}

/** Sets `value` at a random place inside a copy of `root`. */
function mutate(root: unknown, path: number[], value: unknown): unknown {
  if (path.length === 0 || root === null || typeof root !== 'object') return value;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(root) ? [...root] : { ...(root as object) };
  const keys = Object.keys(copy);
  if (keys.length === 0) return value;
  const key = keys[path[0]! % keys.length]!;
  (copy as Record<string, unknown>)[key] = mutate((copy as Record<string, unknown>)[key], path.slice(1), value);
  return copy;
}

describe('project loader under bad input', () => {
  it('random bytes, decoded as the store reads them (including invalid UTF-8), are refused', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        expect(loadOrExplain(Buffer.from(bytes).toString('utf8'))).toBe('refused');
      }),
      { numRuns: 500 },
    );
  });

  it('every truncation of a valid file is refused (no half project is ever opened)', () => {
    for (let cut = 0; cut < validText.length; cut += 1) {
      expect(loadOrExplain(validText.slice(0, cut))).toBe('refused');
    }
  });

  it('a valid file with one random value replaced by anything opens valid or is refused', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue(), (path, value) => {
        loadOrExplain(JSON.stringify(mutate(projectFileJson(smallProject()), path, value)));
      }),
      { numRuns: 1000 },
    );
  });

  it('the same for a file in the version 1 layout (one object per annotation)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue(), (path, value) => {
        loadOrExplain(JSON.stringify(mutate({ ...smallProject(), version: 1 }, path, value)));
      }),
      { numRuns: 500 },
    );
  });

  it('wrong types and out-of-range offsets are refused with the field named', () => {
    const cases: [(p: ReturnType<typeof smallProject>) => void, RegExp][] = [
      [(p) => ((p.annotations[0]!.end as unknown) = '7'), /annotations\[0\]\.end\[0\]/],
      [(p) => (p.annotations[1]!.end = 10_000), /annotations\[0\]\.end\[1\]/],
      [(p) => (p.annotations[0]!.start = -1), /annotations\[0\]\.start\[0\]/],
      [(p) => (p.annotations[0]!.start = 0.5), /annotations\[0\]\.start\[0\]/],
      [(p) => ((p.annotations[1]!.attributes as unknown) = 'none'), /annotations\[0\]\.attributes\[1\]/],
      [(p) => ((p.documents as unknown) = {}), /documents/],
      [(p) => (p.annotations[1]!.documentId = 'nowhere'), /annotations\[1\]\.documentId: .*missing document "nowhere"/],
    ];
    for (const [damage, field] of cases) {
      const project = smallProject();
      damage(project);
      expect(() => parseProjectFile(projectFileText(project), '/x/p.tagwright'), String(field)).toThrow(field);
      // The version 1 layout names the same fields by annotation.
      const v1 = JSON.stringify({ ...project, version: 1 });
      expect(() => parseProjectFile(v1, '/x/p.tagwright'), String(field)).toThrow(/annotations\[\d\]|documents/);
    }
  });

  it('a quote that no longer matches its text opens, the annotation kept (re-anchoring, not deletion; `tagwright validate` reports it)', () => {
    const project = smallProject();
    project.annotations[1]!.quote = 'not the text';
    expect(parseProjectFile(projectFileText(project), '/x/p.tagwright').project.annotations).toHaveLength(2);
  });

  it('deeply nested JSON (100,000 levels) is refused, not a stack overflow', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(loadOrExplain(deep)).toBe('refused');
    const deepInProject = validText.replace(
      '"metadata":{}',
      `"metadata":{"x":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`,
    );
    expect(loadOrExplain(deepInProject)).toBe('refused');
  });

  it('huge JSON (a 60 MB string where a name belongs; 200,000 stray annotations) is refused in bounded time', () => {
    const project = smallProject();
    project.name = 'n'.repeat(60 * 1024 * 1024);
    expect(loadOrExplain(projectFileText(project))).toBe('refused');
    const many = { ...smallProject(), version: 1 } as unknown as { annotations: unknown[] };
    many.annotations = Array.from({ length: 200_000 }, (_, i) => ({ id: `x${i}` }));
    const started = Date.now();
    expect(loadOrExplain(JSON.stringify(many))).toBe('refused');
    console.log(`project loader: 200,000 invalid annotations refused in ${Date.now() - started} ms`);
  });

  it('invalid UTF-8 inside a document text is refused on open, not patched into other text', async () => {
    const path = join(await tempDir(), 'bytes.tagwright');
    const bytes = Buffer.from(validText, 'utf8');
    bytes[bytes.indexOf('Armenia provided')] = 0xff;
    await writeFile(path, bytes);
    await expect(ProjectStore.open(path)).rejects.toThrow(/not valid UTF-8 text; it may be damaged/);
    expect(await readFile(path)).toEqual(bytes);
  });

  it('a refused file on disk is never written to by the store', async () => {
    const dir = await tempDir();
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 2048 }), async (bytes) => {
        const path = join(dir, 'fuzz.tagwright');
        await writeFile(path, bytes);
        await expect(ProjectStore.open(path)).rejects.toBeInstanceOf(ProjectFileError);
        expect(new Uint8Array(await readFile(path))).toEqual(bytes);
      }),
      { numRuns: 100 },
    );
  });
});
