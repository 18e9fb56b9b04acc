import * as THREE from 'three'
import { describe, expect, it } from 'vitest'
import { THREE_CATALOGUE } from '../../../../src/renderer/globe/threeCatalogue'

/** The renderer's components, as text: those that draw inside the Canvas name three.js elements. */
const sources = import.meta.glob<string>('../../../../src/renderer/**/*.tsx', { query: '?raw', import: 'default', eager: true })

/** Files whose JSX may be three.js elements: the globe's, and any that uses @react-three/fiber. */
const insideCanvas = Object.entries(sources).filter(([path, text]) => path.includes('/globe/') || text.includes("from '@react-three/fiber'"))

/** The three.js class a lower-case JSX element names (`<mesh>` is THREE.Mesh), if any. */
function threeClass(element: string): string | undefined {
  const name = `${element[0]?.toUpperCase() ?? ''}${element.slice(1)}`
  return name in THREE ? name : undefined
}

describe('the catalogue of three.js elements', () => {
  it('holds every three.js element the components inside the Canvas name', () => {
    expect(insideCanvas.length).toBeGreaterThan(10)
    const named = new Set<string>()
    for (const [, text] of insideCanvas) {
      for (const match of text.matchAll(/<([a-z][A-Za-z0-9]*)[\s/>]/g)) {
        const name = threeClass(match[1] ?? '')
        if (name) named.add(name)
      }
    }
    expect([...named].sort()).toEqual(Object.keys(THREE_CATALOGUE).sort())
  })

  it("holds three.js's own classes under their own names", () => {
    for (const [name, value] of Object.entries(THREE_CATALOGUE)) expect(value).toBe(THREE[name as keyof typeof THREE])
  })
})
