import { z } from 'zod';

/** A free-form attribute value: what a figure normalises to, a flag, a category. */
export const attributeValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type AttributeValue = z.infer<typeof attributeValueSchema>;

/** Attributes carried by an annotation, keyed by the attribute definition's name. */
export const attributeMapSchema = z.record(z.string().min(1).max(100), attributeValueSchema);
export type AttributeMap = z.infer<typeof attributeMapSchema>;
