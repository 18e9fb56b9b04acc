import { describe, expect, it } from 'vitest'
import { palette } from '../../../src/renderer/theme/palette'
import html from '../../../src/renderer/index.html?raw'
import { applyPaletteVariables } from '../../../src/renderer/theme/paletteVariables'
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/csp'

const page = new DOMParser().parseFromString(html, 'text/html')

// Browsers ignore these in a <meta> policy (and log a warning for them): they only work as a header.
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox'])

function directives(policy: string): string[] {
  return policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
}

describe('index.html', () => {
  it('carries the same Content Security Policy that main sends as a header', () => {
    const meta = page.querySelector('meta[http-equiv="Content-Security-Policy"]')
    const inMeta = directives(meta?.getAttribute('content') ?? '')
    const inHeader = directives(CONTENT_SECURITY_POLICY).filter((d) => !HEADER_ONLY_DIRECTIVES.has(d.split(' ')[0] ?? ''))
    expect(inMeta).toEqual(inHeader)
    expect(inMeta).toContain("script-src 'self'")
    expect(inMeta).toContain("style-src 'self'")
  })

  it('has no inline script or style, which the policy would block', () => {
    expect(page.querySelectorAll('style, [style]')).toHaveLength(0)
    const scripts = [...page.querySelectorAll('script')]
    expect(scripts.length).toBeGreaterThan(0)
    for (const script of scripts) {
      expect(script.getAttribute('src')).toBeTruthy()
      expect(script.textContent?.trim()).toBe('')
    }
  })

  it('names the app and its language', () => {
    expect(page.title).toBe('InfraGlobe')
    expect(page.documentElement.lang).toBe('en')
  })
})

describe('theme', () => {
  it('sets the colours shared with the globe from its palette', () => {
    const root = document.createElement('div')
    applyPaletteVariables(root)
    expect(root.style.getPropertyValue('--color-background')).toBe(palette.background)
    expect(root.style.getPropertyValue('--color-region-available')).toBe(palette.regionAvailable)
    expect(root.style.getPropertyValue('--color-region-announced')).toBe(palette.regionAnnounced)
    expect(root.style.getPropertyValue('--color-label')).toBe(palette.label)
  })
})
