import type { AttributeDefinition } from '../../shared/model';

/** How the page names each attribute type ("string" is what the file says). */
export const ATTRIBUTE_TYPE_NAMES: Record<AttributeDefinition['type'], string> = {
  string: 'Text',
  number: 'Number',
  boolean: 'Yes / no',
  choice: 'Choice',
  date: 'Date',
};

/** An attribute's type as the help panel says it: "several choices" for a multiple choice. */
export function attributeTypeName(attribute: AttributeDefinition): string {
  if (attribute.type === 'choice' && attribute.multiple) return 'several choices';
  return ATTRIBUTE_TYPE_NAMES[attribute.type].toLowerCase();
}
