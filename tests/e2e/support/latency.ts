import type { Locator, Page } from '@playwright/test'
import { expect } from '@playwright/test'
import { SettingsSchema, type Settings } from '../../../src/shared/settings/schema'

/** Where the web edition keeps the user's settings (the same key the benchmark seeds). */
export const SETTINGS_KEY = 'infraglobe.settings.v1'

/** The settings the page stored, validated with the app's own schema; null when nothing is stored. */
export async function storedSettings(page: Page): Promise<Settings | null> {
  const text = await page.evaluate((key) => localStorage.getItem(key), SETTINGS_KEY)
  if (text === null) return null
  const parsed = SettingsSchema.safeParse(JSON.parse(text))
  if (!parsed.success) throw new Error(`${SETTINGS_KEY} holds invalid settings: ${parsed.error.message}`)
  return parsed.data
}

/** Opens a tab of the side panel by name, if the panel has such a tab (otherwise all shows at once). */
export async function showPanelTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true })
  if ((await tab.count()) === 0) return
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click()
  await expect(tab).toHaveAttribute('aria-selected', 'true')
}

/** Brings the latency part of the panel (location, layers, ranking) into view. */
export function showLatencyPanel(page: Page): Promise<void> {
  return showPanelTab(page, 'Latency')
}

export function citySearch(page: Page): Locator {
  return page.getByLabel('Search a city', { exact: true })
}

/** Types a query into the city search and returns the offered options, best first. */
export async function searchCity(page: Page, query: string): Promise<Locator> {
  await showLatencyPanel(page)
  const input = citySearch(page)
  await input.fill(query)
  const options = page.getByRole('listbox').getByRole('option')
  await expect(options.first(), `the city search offers something for "${query}"`).toBeVisible()
  return options
}

/** Searches a city, checks the first option names it and picks it. */
export async function chooseFirstCity(page: Page, query: string, expectedName: string): Promise<void> {
  const options = await searchCity(page, query)
  await expect(options.first()).toContainText(expectedName)
  await options.first().click()
}

export function rankItems(page: Page): Locator {
  return page.getByTestId('latency-ranking').getByTestId('latency-rank-item')
}

/** The region codes of the ranking, in rank order. */
export async function rankedCodes(page: Page): Promise<string[]> {
  return rankItems(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-code') ?? ''))
}

export async function firstRanked(page: Page): Promise<string | null> {
  await showLatencyPanel(page)
  return (await rankedCodes(page))[0] ?? null
}

/** The layer toggles of the latency panel, by their visible names. */
export type LayerToggleName = 'Network (schematic)' | 'Latency arcs' | 'Edge locations' | 'Local Zones' | 'Wavelength Zones'

export function layerToggle(page: Page, name: LayerToggleName): Locator {
  return page.getByRole('checkbox', { name, exact: true })
}

/** Sets a layer toggle and waits until the checkbox says so. */
export async function setLayer(page: Page, name: LayerToggleName, on: boolean): Promise<void> {
  const toggle = layerToggle(page, name)
  if (!(await toggle.isVisible())) await showLatencyPanel(page)
  await toggle.setChecked(on)
  await expect(toggle).toBeChecked({ checked: on })
}

/** True when the latency panel shows this location label, as text or as the value of a field. */
export async function showsLocationLabel(page: Page, label: string): Promise<boolean> {
  await showLatencyPanel(page)
  return page.evaluate((wanted) => {
    if (document.body.innerText.includes(wanted)) return true
    return Array.from(document.querySelectorAll('input')).some((input) => input.value === wanted)
  }, label)
}

export interface Coordinates {
  lat: number
  lon: number
}

/**
 * Reads "23.55° S, 46.63° W", "-23.55, -46.63" and the like: two numbers, each optionally
 * followed by a degree sign and a hemisphere letter. Null when the text holds no such pair.
 */
export function parseCoordinates(text: string): Coordinates | null {
  const match = /(-?\d+(?:\.\d+)?)\s*°?\s*([NS])?\s*[,;\s]\s*(-?\d+(?:\.\d+)?)\s*°?\s*([EW])?/i.exec(text)
  if (!match) return null
  const signed = (value: string, hemisphere: string | undefined, negative: string) =>
    Number(value) * (hemisphere?.toUpperCase() === negative ? -1 : 1)
  const lat = signed(match[1]!, match[2], 'S')
  const lon = signed(match[3]!, match[4], 'W')
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : null
}

/** Degrees between two points along the globe's surface. */
export function angularDistance(a: Coordinates, b: Coordinates): number {
  const rad = Math.PI / 180
  const cos =
    Math.sin(a.lat * rad) * Math.sin(b.lat * rad) +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.cos((a.lon - b.lon) * rad)
  return Math.acos(Math.min(1, Math.max(-1, cos))) / rad
}
