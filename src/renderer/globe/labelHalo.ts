/**
 * A halo of the theme's label-halo colour around label text, so it reads over
 * land, ocean and arcs; a CSS variable (theme/paletteVariables.ts), so a
 * change of theme restyles every label at once.
 */
export const LABEL_HALO_SHADOW = ['0 0 2px', '0 0 3px', '1px 1px 2px', '-1px -1px 2px', '1px -1px 2px', '-1px 1px 2px']
  .map((shadow) => `${shadow} var(--globe-label-halo)`)
  .join(', ')
