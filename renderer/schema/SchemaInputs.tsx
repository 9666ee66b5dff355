import { createContext, useContext, useState, type ReactNode } from 'react';
import type { SchemaProblem } from '../../shared/model';
import { problemsAt } from './schema-call-problems';

/** What main refused in the last Save: each field shows those about it, by path. */
export const SchemaProblemsContext = createContext<readonly SchemaProblem[]>([]);

interface FieldProps {
  id: string;
  label: string;
  /** Where the field is in the schema ("labels[0].name"): main's problems name it so. */
  path: string;
}

/** Main's problems with one field, said beside it (and named by its aria-describedby). */
function useFieldProblems(id: string, path: string) {
  const problems = problemsAt(useContext(SchemaProblemsContext), path);
  const described = problems.length > 0 ? `${id}-problems` : undefined;
  const shown: ReactNode = described && (
    <ul id={described} className="schema-field-problems">
      {problems.map((p) => (
        <li key={p.message}>{p.message}</li>
      ))}
    </ul>
  );
  return { invalid: problems.length > 0, described, shown };
}

interface TextFieldProps extends FieldProps {
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'number' | 'date';
  hint?: string;
}

/** A one-line text field. */
export function TextField({ id, label, path, value, onChange, type = 'text', hint }: TextFieldProps) {
  const { invalid, described, shown } = useFieldProblems(id, path);
  return (
    <div className="schema-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        placeholder={hint}
        aria-invalid={invalid || undefined}
        aria-describedby={described}
        onChange={(e) => onChange(e.target.value)}
      />
      {shown}
    </div>
  );
}

/**
 * A list typed as text, items parted by commas ("supports, opposes"). The text is kept as typed
 * (a trailing ", " survives the next keystroke); the list is what it parses to.
 */
export function ListField({
  items,
  onChange,
  ...field
}: FieldProps & { items: readonly string[]; hint: string; onChange(items: string[]): void }) {
  const [text, setText] = useState(items.join(', '));
  return (
    <TextField
      {...field}
      value={text}
      onChange={(typed) => {
        setText(typed);
        onChange(
          typed
            .split(',')
            .map((item) => item.trim())
            .filter((item) => item !== ''),
        );
      }}
    />
  );
}

/** Problems with a whole list (a label in use taken away), said above it. */
export function ListProblems({ id, path }: { id: string; path: string }) {
  const problems = useContext(SchemaProblemsContext).filter((p) => p.path === path);
  return problems.length > 0 ? (
    <ul id={id} className="schema-field-problems">
      {problems.map((p) => (
        <li key={p.message}>{p.message}</li>
      ))}
    </ul>
  ) : null;
}
