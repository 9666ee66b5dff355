import { ownAttribute } from '../../shared/model';
import type { AttributeDefinition, AttributeMap, AttributeValue } from '../../shared/model';

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 6 });

/** One attribute value as a reader sees it: 1,500,000 · 0.25 · yes. */
export function formatAttributeValue(value: AttributeValue): string {
  if (typeof value === 'number') {
    const shown = numberFormat.format(value);
    return shown === '0' && value !== 0 ? String(value) : shown; // tiny values would read as zero
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.join(', ');
  return value ?? '';
}

/**
 * An annotation's attributes in one line for its row: a figure's value first ("= 0.25 percent",
 * a range "= 0.2–0.3 percent"), then the others as "name: value", declared ones in the label's order. Null when there are none.
 */
export function summariseAttributes(
  attributes: AttributeMap,
  definitions: readonly AttributeDefinition[],
): string | null {
  const parts: string[] = [];
  const shown = new Set<string>();
  const { value, min, max, unit } = attributes;
  const unitText = typeof unit === 'string' && unit ? ` ${unit}` : '';
  if (typeof value === 'number') {
    parts.push(`= ${formatAttributeValue(value)}${unitText}`);
    shown.add('value').add('unit');
  } else if (typeof min === 'number' && typeof max === 'number') {
    parts.push(`= ${formatAttributeValue(min)}–${formatAttributeValue(max)}${unitText}`);
    shown.add('min').add('max').add('unit');
  }
  const declared = definitions.map((d) => d.name);
  const names = [
    ...declared,
    ...Object.keys(attributes)
      .filter((k) => !declared.includes(k))
      .sort(),
  ];
  for (const name of names) {
    const v = ownAttribute(attributes, name);
    if (shown.has(name) || v === undefined || v === null || v === '') continue;
    parts.push(`${name}: ${formatAttributeValue(v)}`);
  }
  return parts.length > 0 ? parts.join(' · ') : null;
}
