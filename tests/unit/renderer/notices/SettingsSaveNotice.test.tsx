import { act, fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SettingsSaveNotice } from '../../../../src/renderer/notices/SettingsSaveNotice'
import { useAppStore } from '../../../../src/renderer/state/store'

describe('SettingsSaveNotice', () => {
  it('shows the reason the settings were not saved in one line, and goes when a save works', () => {
    const { container } = render(<SettingsSaveNotice />)
    expect(container.textContent).toBe('')
    act(() => useAppStore.getState().setSettingsSaveError('The settings could not be saved: the disk is full.'))
    const alert = screen.getByRole('alert')
    expect(alert.querySelectorAll('p')).toHaveLength(1)
    expect(alert.textContent).toContain('The settings could not be saved: the disk is full.')
    act(() => useAppStore.getState().setSettingsSaveError(null))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('can be dismissed', () => {
    useAppStore.getState().setSettingsSaveError('The settings could not be saved: the disk is full.')
    render(<SettingsSaveNotice />)
    fireEvent.click(screen.getByRole('button', { name: /^Dismiss/ }))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(useAppStore.getState().settingsSaveError).toBeNull()
  })
})
