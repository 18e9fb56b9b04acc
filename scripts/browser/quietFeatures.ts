/**
 * The `--disable-features` switch the end-to-end tests and the benchmark give Chromium.
 *
 * Headless Chromium sometimes loads its own omnibox popup (a WebUI page, in a renderer of its
 * own) while the page under test starts: in six of ten traced launches, 1.7–2.0 s of CPU within
 * the page's first two seconds (in none of seventeen with this switch). On a two-core machine
 * that is a third of the CPU the page's first frame has, at random, and neither InfraGlobe nor
 * globe.gl has any use for it.
 *
 * Chromium takes the last `--disable-features` it is given, and Playwright passes one of its
 * own first, so this switch repeats Playwright's list (a unit test reads it from the installed
 * playwright-core and fails when a new version adds to it).
 */

/** What playwright-core 1.65 disables (chromiumSwitches.ts). */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
] as const

/** The browser's omnibox popup pages, which no test and no measured page needs. */
export const OMNIBOX_POPUP_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup'] as const

export const disableFeaturesSwitch = `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OMNIBOX_POPUP_FEATURES].join(',')}`
