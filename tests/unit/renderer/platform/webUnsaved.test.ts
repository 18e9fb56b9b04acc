import { describe, expect, it } from 'vitest'
import { createWebUnsavedGuard } from '../../../../src/renderer/platform/webUnsaved'

/** Fires beforeunload as the browser does when the page is about to be left; true when the browser would ask. */
function leaving(): boolean {
  const event = new Event('beforeunload', { cancelable: true })
  window.dispatchEvent(event)
  return event.defaultPrevented
}

describe('the web edition’s unsaved-lesson guard', () => {
  it('makes the browser ask before leaving only while the lesson has unsaved changes', async () => {
    const guard = createWebUnsavedGuard()
    expect(leaving()).toBe(false)
    await guard.setUnsavedLesson(true)
    await guard.setUnsavedLesson(true)
    expect(leaving()).toBe(true)
    await guard.setUnsavedLesson(false)
    expect(leaving()).toBe(false)
  })
})
