import { useId } from 'react';
import {
  exportFormOf,
  FORMAT_NAMES,
  formatFacts,
  type FormatFacts,
  type FormatName,
  type OffsetUnit,
} from '../../shared/formats/format-facts';

const UNIT_TEXT: Record<OffsetUnit, string> = {
  'code-points': 'offsets in Unicode code points',
  'utf-16': 'offsets in UTF-16 code units',
  tokens: 'one token per line, no offsets',
};

/** What the chosen format writes and what it loses, read from the format facts (no exporter code). */
function describeOutput(facts: FormatFacts): string {
  const output = facts.output === 'folder' ? 'A folder of files' : `One ${facts.extension} file`;
  return `${output}, ${UNIT_TEXT[facts.unit]}.`;
}

export interface FormatFieldProps {
  format: FormatName;
  /** The chosen form of a format written in several: what it loses is said. */
  form: string | undefined;
  disabled: boolean;
  onChange(format: FormatName): void;
}

/** The export dialog's format choice, with what the chosen format writes and loses beneath it. */
export function FormatField({ format, form, disabled, onChange }: FormatFieldProps) {
  const id = useId();
  const facts = formatFacts[format];
  const loses = exportFormOf(format, form)?.loses ?? facts.loses;
  return (
    <>
      <label className="export-field">
        <span>Format</span>
        <select
          value={format}
          disabled={disabled}
          aria-describedby={`${id}-facts`}
          onChange={(e) => onChange(e.target.value as FormatName)}
        >
          {FORMAT_NAMES.map((f) => (
            <option key={f} value={f}>
              {formatFacts[f].title}
            </option>
          ))}
        </select>
      </label>
      <div id={`${id}-facts`} className="export-format-facts">
        <p>{describeOutput(facts)}</p>
        <p>Loses {loses}.</p>
      </div>
    </>
  );
}
