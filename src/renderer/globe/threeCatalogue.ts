import { Mesh } from 'three'

/**
 * The three.js classes the globe's JSX names (`<mesh>`);
 * everything else enters the scene as a `<primitive>`. @react-three/fiber's Canvas registers the
 * whole THREE namespace, which keeps every class of three.js in the first download; the build
 * hands it this list instead (scripts/build/fiberCatalogue.ts). A new element name goes here.
 */
export const THREE_CATALOGUE = { Mesh }
