import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { useState } from 'react'
import { beforeEach, describe, expect, it } from 'vitest'
import { AboutDialog } from '../../../../src/renderer/about/AboutDialog'
import { useAppStore } from '../../../../src/renderer/state/store'
import { makeDataset } from '../../fixtures/renderer/dataset'

const appInfo = { name: 'InfraGlobe', version: '0.1.0', edition: 'web' } as const

/** The dialog as the app shows it: mounted while the store says it is open, opened by a button. */
function Harness() {
  const open = useAppStore((s) => s.aboutOpen)
  const setOpen = useAppStore((s) => s.setAboutOpen)
  const [opened, setOpened] = useState(0)
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setOpened(opened + 1)
          setOpen(true)
        }}
      >
        About
      </button>
      {open && <AboutDialog appInfo={appInfo} />}
    </>
  )
}

function openDialog(): HTMLElement {
  render(<Harness />)
  const opener = screen.getByRole('button', { name: 'About' })
  opener.focus()
  fireEvent.click(opener)
  return screen.getByRole('dialog', { name: 'About InfraGlobe' })
}

beforeEach(() => {
  useAppStore.getState().setDataset(makeDataset())
})

describe('AboutDialog', () => {
  it('is a modal dialog named by its heading, with the version, edition and data dates', () => {
    const dialog = openDialog()
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    expect(dialog.textContent).toContain('0.1.0 (web edition)')
    expect(dialog.textContent).toContain('2026-11-27')
    expect(dialog.textContent).toContain('2026-11-27T12:00:00.000Z')
  })

  it('lists every source with its origin as plain text, licence, date and note', () => {
    const dialog = openDialog()
    const dataset = makeDataset()
    const rows = within(within(dialog).getByTestId('about-sources')).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(dataset.sources.length)
    dataset.sources.forEach((source, i) => {
      const cells = [...(rows[i]?.children ?? [])]
      expect(cells.map((c) => c.textContent)).toEqual([
        source.title,
        source.origin,
        source.licence,
        source.asOf,
        source.note ?? '',
      ])
    })
    // Origins are text: nothing in the dialog navigates away.
    expect(dialog.querySelectorAll('a')).toHaveLength(0)
  })

  it('takes focus when it opens and keeps Tab inside', () => {
    const dialog = openDialog()
    expect(document.activeElement).toBe(dialog)
    const close = within(dialog).getByRole('button', { name: 'Close' })
    fireEvent.keyDown(document.activeElement as Element, { key: 'Tab' })
    expect(document.activeElement).toBe(close)
    fireEvent.keyDown(document.activeElement as Element, { key: 'Tab' })
    expect(document.activeElement).toBe(close)
    fireEvent.keyDown(document.activeElement as Element, { key: 'Tab', shiftKey: true })
    expect(document.activeElement).toBe(close)
    // Focus that somehow escaped comes back on the next Tab.
    screen.getByRole('button', { name: 'About' }).focus()
    fireEvent.keyDown(document.activeElement as Element, { key: 'Tab' })
    expect(document.activeElement).toBe(close)
  })

  it('closes on Escape and gives focus back to the button that opened it', () => {
    openDialog()
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(useAppStore.getState().aboutOpen).toBe(false)
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'About' }))
  })

  it('closes with its Close button', () => {
    const dialog = openDialog()
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('says the version is unknown when the platform did not tell', () => {
    act(() => useAppStore.getState().setAboutOpen(true))
    render(<AboutDialog appInfo={null} />)
    const version = within(screen.getByRole('dialog')).getByText('Version')
    expect(version.nextElementSibling?.textContent).toBe('unknown')
  })
})
