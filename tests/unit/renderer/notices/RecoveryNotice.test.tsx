import { fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { RecoveryNotice, withoutRecoveryParam } from '../../../../src/renderer/notices/RecoveryNotice'

afterEach(() => window.history.replaceState(null, '', '/'))

describe('RecoveryNotice', () => {
  it('says the page was reloaded after it died, and why, then takes the reason out of the address', () => {
    window.history.replaceState(null, '', '/index.html?recovered=oom&lang=en')
    render(<RecoveryNotice />)
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain("InfraGlobe's page stopped (it ran out of memory) and was reloaded.")
    expect(alert.textContent).toContain('offered back from its autosaved draft')
    expect(window.location.search).toBe('?lang=en')
    expect(window.location.pathname).toBe('/index.html')
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('shows nothing after an ordinary start', () => {
    window.history.replaceState(null, '', '/index.html')
    const { container } = render(<RecoveryNotice />)
    expect(container.textContent).toBe('')
    expect(window.location.href).toMatch(/\/index\.html$/)
  })

  it('drops only the reason from an address', () => {
    expect(withoutRecoveryParam('app://infraglobe/index.html?recovered=crashed')).toBe('app://infraglobe/index.html')
    expect(withoutRecoveryParam('http://127.0.0.1:4173/?a=1&recovered=killed#x')).toBe('http://127.0.0.1:4173/?a=1#x')
  })
})
