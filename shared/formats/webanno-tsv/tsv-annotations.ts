import type { TsvLayer } from './tsv-schema';

/** A unit of the body: a token (`1-3`) or a sub-token (`1-3.1`), UTF-16 offsets of the rebuilt text. */
export interface TsvUnit {
  id: string;
  begin: number;
  end: number;
  line: number;
  /** The annotations on it per layer, in the order met (a cell's stacking index is the position). */
  annotations: Map<TsvLayer, TsvAnnotation[]>;
}

/** An annotation as the body describes it: a span, a relation or a chain link. */
export interface TsvAnnotation {
  layer: TsvLayer;
  begin: number;
  end: number;
  line: number;
  /** Feature values by short name, un-escaped; null for `*` (no value). */
  features: Map<string, string | null>;
  /** Slot features: roles and their targets, in the same order. */
  slots: Map<string, { roles: (string | null)[]; targets: (TsvAnnotation | null)[] }>;
  /** Relations: their two ends, once resolved. */
  source?: TsvAnnotation;
  target?: TsvAnnotation;
  /** Chain links: the chain and the link's place in it. */
  chain?: { id: number; index: number };
}

export function newAnnotation(layer: TsvLayer, unit: TsvUnit): TsvAnnotation {
  return { layer, begin: unit.begin, end: unit.end, line: unit.line, features: new Map(), slots: new Map() };
}

/** The annotations of `layer` on `unit` (created empty). */
export function unitAnnotations(unit: TsvUnit, layer: TsvLayer): TsvAnnotation[] {
  let list = unit.annotations.get(layer);
  if (!list) unit.annotations.set(layer, (list = []));
  return list;
}
