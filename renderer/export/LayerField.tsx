import { useId } from 'react';
import { ALL_LAYERS, layerName, type ExportLayer, type ExportLayerChoice } from '../../shared/formats/export-job';
import { formatFacts, type FormatName } from '../../shared/formats/format-facts';

export interface LayerFieldProps {
  /** The chosen format: one that keeps several annotators apart says how, before anything is written. */
  format: FormatName;
  layer: ExportLayer;
  choices: readonly ExportLayerChoice[];
  disabled: boolean;
  onChange(layer: ExportLayer): void;
}

/** The export dialog's choice of layer: every annotator's, the gold layer, or one annotator's (by name). */
export function LayerField({ format, layer, choices, disabled, onChange }: LayerFieldProps) {
  const id = useId();
  if (choices.length === 0) return null;
  const chosen = layerName(layer);
  const layout = formatFacts[format].layers;
  // Main decides from the documents and labels exported; the dialog says it when the project has several layers.
  const severalAnnotators = choices.filter((c) => c.annotations > 0).length >= 2;
  const options: [ExportLayer, string][] = [
    [ALL_LAYERS, 'All annotators (each annotation with its annotator)'],
    ...choices.map((c): [ExportLayer, string] => [
      c.layer,
      `${c.layer.kind === 'gold' ? 'Gold layer' : c.name} (${c.annotations} annotation${c.annotations === 1 ? '' : 's'})`,
    ]),
  ];
  return (
    <fieldset className="export-field" disabled={disabled}>
      <legend>Layer</legend>
      {options.map(([value, text]) => (
        <label key={layerName(value)} className="export-choice">
          <input
            type="radio"
            name={`${id}-layer`}
            value={layerName(value)}
            checked={chosen === layerName(value)}
            onChange={() => onChange(value)}
          />
          {text}
        </label>
      ))}
      {layer.kind === 'all' && layout && severalAnnotators && (
        <p className="export-hint">
          {formatFacts[format].title} keeps each annotator apart: {layout.describes}.
        </p>
      )}
    </fieldset>
  );
}
