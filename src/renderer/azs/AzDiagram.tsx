import type { KeyboardEvent } from 'react'
import { roleCss } from './azColours'
import type { AzLayout, DiagramShape } from './azLayout'

interface AzDiagramProps {
  layout: AzLayout
  /** Fails an up AZ, restores a failed one; null when the drawing is not interactive. */
  onToggle: ((key: string) => void) | null
  /** Names the drawing for assistive technology. */
  label: string
}

/**
 * The AZ view's drawing (azLayout.ts) as an SVG that scales with its box.
 * Each AZ is a button: a click, Enter or Space fails it or brings it back.
 */
export function AzDiagram({ layout, onToggle, label }: AzDiagramProps) {
  const onKey = (event: KeyboardEvent<SVGGElement>, key: string): void => {
    if (!onToggle || (event.key !== 'Enter' && event.key !== ' ')) return
    event.preventDefault()
    onToggle(key)
  }
  return (
    <svg className="az-diagram" viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-label={label}>
      {layout.shapes.map((shape, i) => (
        <Shape key={i} shape={shape} />
      ))}
      {layout.clusters.map((cluster) => (
        <g
          key={cluster.key}
          className="az-diagram__hit"
          data-az={cluster.key}
          data-testid="az-cluster"
          role={onToggle ? 'button' : 'img'}
          tabIndex={onToggle ? 0 : undefined}
          aria-pressed={onToggle ? cluster.failed : undefined}
          aria-label={`${cluster.label}: ${cluster.failed ? 'failed' : 'up'}${onToggle ? `. ${cluster.failed ? 'Restore it' : 'Fail it'}` : ''}`}
          onClick={onToggle ? () => onToggle(cluster.key) : undefined}
          onKeyDown={(event) => onKey(event, cluster.key)}
        >
          <rect x={cluster.x} y={cluster.y} width={cluster.w} height={cluster.h} rx={10} />
        </g>
      ))}
    </svg>
  )
}

function Shape({ shape }: { shape: DiagramShape }) {
  switch (shape.kind) {
    case 'rect':
      return (
        <rect
          x={shape.x}
          y={shape.y}
          width={shape.w}
          height={shape.h}
          rx={shape.r}
          opacity={shape.opacity}
          style={{
            fill: shape.fill ? roleCss(shape.fill) : 'none',
            stroke: shape.stroke ? roleCss(shape.stroke) : 'none',
            strokeWidth: shape.strokeWidth,
            strokeDasharray: shape.dash ? '6 4' : undefined,
          }}
        />
      )
    case 'text':
      return (
        <text
          x={shape.x}
          y={shape.y}
          textAnchor={shape.anchor}
          opacity={shape.opacity}
          style={{ fill: roleCss(shape.fill), fontSize: shape.size, fontWeight: shape.weight }}
        >
          {shape.text}
        </text>
      )
    case 'line':
      return (
        <line
          x1={shape.x1}
          y1={shape.y1}
          x2={shape.x2}
          y2={shape.y2}
          style={{ stroke: roleCss(shape.stroke), strokeWidth: shape.width, strokeDasharray: shape.dash ? '6 4' : undefined }}
        />
      )
  }
}
