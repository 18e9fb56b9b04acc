import { act, render, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { useAppStore } from '../../../../src/renderer/state/store'
import { FirstRunHint } from '../../../../src/renderer/welcome/FirstRunHint'
import { dataset } from '../../fixtures/reach'

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true)
  useAppStore.getState().setDataset(structuredClone(dataset))
})

describe('the first-start hint', () => {
  it('shows until dismissed, and steps aside while the time-lapse shows a year (its badge takes that corner)', () => {
    render(<FirstRunHint />)
    expect(screen.getByTestId('first-run-hint').textContent).toContain('Each dot is an AWS Region.')
    act(() => useAppStore.getState().setYear(2010))
    expect(screen.queryByTestId('first-run-hint')).toBeNull()
    act(() => useAppStore.getState().setYear(null))
    expect(screen.getByTestId('first-run-hint')).toBeTruthy()
    act(() => screen.getByRole('button', { name: 'Got it' }).click())
    expect(screen.queryByTestId('first-run-hint')).toBeNull()
    expect(useAppStore.getState().firstRunHintDismissed).toBe(true)
  })
})
