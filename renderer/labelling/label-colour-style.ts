import type { CSSProperties } from 'react';

/** A label's colour as the CSS custom property the chips and legend draw with. */
export function labelColourStyle(colour: string): CSSProperties {
  return { '--label-colour': colour } as CSSProperties;
}
