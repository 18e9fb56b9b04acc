import { describe, expect, it } from 'vitest'
import { settingsSaveMessage } from '../../../../src/shared/settings/saveError'

describe('settingsSaveMessage', () => {
  it("drops the prefix Electron adds to a main process's rejection", () => {
    const error = new Error("Error invoking remote method 'infraglobe:settings:save': Error: The settings could not be saved to /home/ada/.config/InfraGlobe/settings.json: the disk is full.")
    expect(settingsSaveMessage(error)).toBe('The settings could not be saved to /home/ada/.config/InfraGlobe/settings.json: the disk is full.')
  })

  it('keeps the web edition’s own message and says something for an empty one', () => {
    expect(settingsSaveMessage(new Error('The settings could not be saved: the browser storage is full.'))).toBe(
      'The settings could not be saved: the browser storage is full.',
    )
    expect(settingsSaveMessage(new Error(''))).toBe('The settings could not be saved.')
  })
})
