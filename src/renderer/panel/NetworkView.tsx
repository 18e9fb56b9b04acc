import { useId } from 'react'
import { useAppStore } from '../state/store'
import { LatencyMatrix } from './LatencyMatrix'

/** The Network view: what the network layer is, then the heat map of the measured round trips. */
export function NetworkView() {
  return (
    <>
      <NetworkRule />
      <LatencyMatrix />
    </>
  )
}

/** What the network layer is, and (on request) the rule its links follow, in the dataset's own words. */
function NetworkRule() {
  const rule = useAppStore((s) => s.dataset?.network.rule)
  const headingId = useId()
  if (!rule) return null
  return (
    <section className="network-rule" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-heading">
        The network layer
      </h2>
      <p>
        Links between regions drawn from measured round trips: a schematic, not AWS&rsquo;s actual fibre routes, which
        AWS does not publish. Hover or select a region to see its links and their round trips.
      </p>
      <details className="network-rule__details">
        <summary>How the links are chosen</summary>
        <p>{rule}</p>
      </details>
    </section>
  )
}
