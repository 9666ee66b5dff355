import { describe, expect, it } from 'vitest';
import { defaultAnnotationSchema, type Label } from '../../../../../shared/model';
import { exporters } from '../../../../../shared/formats/format-registry';
import { exportToFiles } from '../export-files';
import { testAnnotation, testDocument } from '../format-corpus';

// Issue 12, point 8: a schema of 150,000 labels (a corpus imported with --add-labels can bring
// them) used to overflow the stack writing visual.conf (lines.push(...labels)).
describe('brat export of a project whose schema has 150,000 labels', () => {
  it('writes every label to visual.conf and annotation.conf', () => {
    const base = defaultAnnotationSchema();
    const labels: Label[] = Array.from({ length: 150_000 }, (_, i) => ({
      ...base.labels[0]!,
      id: `label-${i}`,
      name: `Label ${i}`,
    }));
    const document = testDocument('d1', 'Armenia gave maps.');
    const files = exportToFiles(exporters.brat, {
      projectId: 'p',
      projectName: 'P',
      schema: { ...base, labels },
      documents: [{ document, annotations: [testAnnotation('a1', document, 0, 7, 'label-7')], relations: [] }],
    });
    expect(files.get('d1.ann')).toBe('T1\tlabel-7 0 7\tArmenia\n');
    expect(
      files
        .get('visual.conf')!
        .split('\n')
        .filter((l) => l.startsWith('label-')),
    ).toHaveLength(300_000);
    expect(files.get('annotation.conf')).toContain('\nlabel-149999\n');
  });
});
