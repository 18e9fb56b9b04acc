import { geoEquirectangular, geoGraticule10, geoPath } from 'd3-geo'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import land from 'world-atlas/land-50m.json'

export interface TextureColours {
  ocean: string
  land: string
  coastline: string
  graticule: string
}

/**
 * An equirectangular Earth texture drawn on a 2D canvas from the bundled world-atlas land
 * shapes, returned as a data URL: globe.gl gets its image without any request leaving the page.
 */
export function landTextureUrl(colours: TextureColours, width = 4096): string {
  const height = width / 2
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const context = canvas.getContext('2d')
  if (!context) throw new Error('no 2D canvas context for the land texture')

  const projection = geoEquirectangular()
    .scale(width / (2 * Math.PI))
    .translate([width / 2, height / 2])
  const path = geoPath(projection, context)
  const topology = land as unknown as Topology<{ land: GeometryCollection }>

  context.fillStyle = colours.ocean
  context.fillRect(0, 0, width, height)
  context.beginPath()
  path(geoGraticule10())
  context.strokeStyle = colours.graticule
  context.lineWidth = 1
  context.stroke()
  context.beginPath()
  path(feature(topology, topology.objects.land))
  context.fillStyle = colours.land
  context.fill()
  context.strokeStyle = colours.coastline
  context.stroke()
  return canvas.toDataURL('image/png')
}
