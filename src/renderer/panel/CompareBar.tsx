import { useCompareNotice } from '../compare/compareSelection'
import { MAX_COMPARED, useAppStore } from '../state/store'

/**
 * Under the table's filter: which regions are picked for comparison, a way
 * to the Compare tab and to start over, and (politely) what the last pick
 * did when it pushed another region out.
 */
export function CompareBar() {
  const codes = useAppStore((s) => s.compareCodes)
  const setCompareCodes = useAppStore((s) => s.setCompareCodes)
  const setPanelTab = useAppStore((s) => s.setPanelTab)
  const notice = useCompareNotice((s) => s.notice)

  return (
    <div className="compare-bar">
      {codes.length === 0 ? (
        <p className="compare-bar__hint">Tick up to {MAX_COMPARED} regions to compare them side by side.</p>
      ) : (
        <>
          <p className="compare-bar__picked">
            Comparing <span className="compare-bar__codes">{codes.join(', ')}</span>
          </p>
          <button type="button" className="button compare-bar__open" onClick={() => setPanelTab('compare')}>
            {codes.length < 2 ? 'Open comparison' : `Compare ${codes.length} regions`}
          </button>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setCompareCodes([])
              useCompareNotice.setState({ notice: null })
            }}
          >
            Clear
          </button>
        </>
      )}
      <p className="compare-bar__notice" role="status">
        {notice}
      </p>
    </div>
  )
}
