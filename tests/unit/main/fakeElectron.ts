import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

/**
 * A stand-in for the parts of the 'electron' module that main and the preload
 * use, for `vi.mock('electron', ...)`: the Electron binary cannot run here.
 * Each fake records what it was given so tests can inspect and trigger it.
 */

type Listener = (...args: never[]) => unknown

/** An EventEmitter that lets tests fire events with Electron's argument lists. */
class Emitter extends EventEmitter {
  fire(event: string, ...args: unknown[]): void {
    this.emit(event, ...args)
  }
  listenersOf(event: string): Listener[] {
    return this.listeners(event) as Listener[]
  }
}

export class FakeWebContents extends Emitter {
  url = ''
  windowOpenHandler: ((details: { url: string }) => unknown) | undefined
  readonly send = vi.fn()
  getURL(): string {
    return this.url
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler
  }
}

export class FakeBrowserWindow extends Emitter {
  static readonly instances: FakeBrowserWindow[] = []
  static focused: FakeBrowserWindow | null = null
  /** When set, every load rejects with it, as Electron's do when a page cannot load. */
  static loadFailure: Error | null = null
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((w) => !w.destroyed)
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused
  }
  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.instances.find((w) => w.webContents === contents && !w.destroyed) ?? null
  }
  private static loadResult(): Promise<void> {
    return FakeBrowserWindow.loadFailure ? Promise.reject(FakeBrowserWindow.loadFailure) : Promise.resolve()
  }

  readonly webContents = new FakeWebContents()
  readonly show = vi.fn()
  readonly focus = vi.fn()
  readonly restore = vi.fn()
  readonly isMinimized = vi.fn(() => false)
  /** Full screen as the window was created and last set. */
  fullScreen = false
  readonly setFullScreen = vi.fn((on: boolean) => {
    this.fullScreen = on
  })
  isFullScreen(): boolean {
    return this.fullScreen
  }
  /** Where the window was placed (its options' x, y, width and height). */
  getBounds(): { x: number; y: number; width: number; height: number } {
    const { x = 0, y = 0, width = 800, height = 600 } = this.options as { x?: number; y?: number; width?: number; height?: number }
    return { x, y, width, height }
  }
  /**
   * What the window was asked to load. Plain methods, not vi.fn: a mock
   * function subscribes to returned promises, which would hide a rejection
   * the code under test leaves unhandled.
   */
  readonly loads: { file?: string; url?: string }[] = []
  loadURL(url: string): Promise<void> {
    this.loads.push({ url })
    return FakeBrowserWindow.loadResult()
  }
  loadFile(file: string): Promise<void> {
    this.loads.push({ file })
    return FakeBrowserWindow.loadResult()
  }
  destroyed = false

  constructor(readonly options: Record<string, unknown>) {
    super()
    this.fullScreen = options.fullscreen === true
    FakeBrowserWindow.instances.push(this)
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  /** What Electron does when the user closes the window: 'close' may be prevented, else the window goes. */
  close(): void {
    if (this.destroyed) return
    let prevented = false
    this.fire('close', {
      preventDefault: () => {
        prevented = true
      },
    })
    if (prevented) return
    this.destroyed = true
    this.fire('closed')
  }
}

export class FakeSession {
  permissionRequestHandler: ((...args: never[]) => void) | null = null
  permissionCheckHandler: ((...args: never[]) => boolean) | null = null
  beforeRequest: ((details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void) | null =
    null
  headersReceived:
    | ((
        details: { url: string; responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
      ) => void)
    | null = null

  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler
  }
  readonly webRequest = {
    onBeforeRequest: (listener: FakeSession['beforeRequest']) => {
      this.beforeRequest = listener
    },
    onHeadersReceived: (listener: FakeSession['headersReceived']) => {
      this.headersReceived = listener
    },
  }

  /** Runs a request through onBeforeRequest and says whether it was cancelled. */
  isCancelled(url: string): boolean {
    let cancelled: boolean | undefined
    this.beforeRequest?.({ url }, (response) => {
      cancelled = response.cancel === true
    })
    if (cancelled === undefined) throw new Error('onBeforeRequest did not answer')
    return cancelled
  }

  /** Runs a response through onHeadersReceived and returns the headers it ends with. */
  headersFor(url: string, responseHeaders?: Record<string, string[]>): Record<string, string[]> | undefined {
    let out: Record<string, string[]> | undefined
    this.headersReceived?.({ url, responseHeaders }, (response) => {
      out = response.responseHeaders
    })
    return out
  }
}

export class FakeApp extends Emitter {
  isPackaged = false
  appPath = '/opt/InfraGlobe'
  /** Where `getPath` puts user data; a test that writes there points it at a temporary folder. */
  userDataPath = '/nonexistent/InfraGlobe/user-data'
  /** The folders save and open dialogs start in. */
  picturesPath = '/nonexistent/home/Pictures'
  documentsPath = '/nonexistent/home/Documents'
  videosPath = '/nonexistent/home/Videos'
  gotLock = true
  ready = Promise.resolve()
  readonly quit = vi.fn()
  readonly exit = vi.fn()
  readonly enableSandbox = vi.fn()
  readonly requestSingleInstanceLock = vi.fn(() => this.gotLock)
  whenReady(): Promise<void> {
    return this.ready
  }
  getAppPath(): string {
    return this.appPath
  }
  getPath(name: string): string {
    if (name === 'userData') return this.userDataPath
    if (name === 'pictures') return this.picturesPath
    if (name === 'documents') return this.documentsPath
    if (name === 'videos') return this.videosPath
    throw new Error(`the fake app has no path "${name}"`)
  }
  getName(): string {
    return 'InfraGlobe'
  }
  getVersion(): string {
    return '0.1.0'
  }
}

export class FakeIpcMain {
  readonly handlers = new Map<string, Listener>()
  handle(channel: string, listener: Listener): void {
    this.handlers.set(channel, listener)
  }
}

export class FakeIpcRenderer extends Emitter {
  readonly invoke = vi.fn((_channel: string, ..._args: unknown[]) => Promise.resolve(undefined as unknown))
}

/** Electron's ClipboardItem: keeps what it was given. */
export class FakeClipboardItem {
  constructor(readonly items: Record<string, unknown>) {}
}

/** A native image: empty when the bytes were not an image the fake can read (no PNG signature). */
export class FakeNativeImage {
  constructor(readonly bytes: Buffer) {}
  isEmpty(): boolean {
    return !this.bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  }
}

/** A display as Electron's screen module describes it (the parts main reads). */
export interface FakeDisplay {
  id: number
  bounds: { x: number; y: number; width: number; height: number }
}

/** The screen module: one 1920 × 1080 display unless a test sets `displays`. */
export class FakeScreen {
  displays: FakeDisplay[] = [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }]
  getAllDisplays(): FakeDisplay[] {
    return this.displays
  }
  /** The display holding most of the rectangle: here, the one holding its centre (else the first). */
  getDisplayMatching(rect: { x: number; y: number; width: number; height: number }): FakeDisplay {
    const cx = rect.x + rect.width / 2
    const cy = rect.y + rect.height / 2
    const inside = this.displays.find(
      ({ bounds: b }) => cx >= b.x && cx < b.x + b.width && cy >= b.y && cy < b.y + b.height,
    )
    return inside ?? (this.displays[0] as FakeDisplay)
  }
}

type DialogAnswer<T> = (window: unknown, options: Record<string, unknown>) => Promise<T>

function fakeDialogs() {
  return {
    showSaveDialog: vi.fn<DialogAnswer<{ canceled: boolean; filePath: string }>>(() =>
      Promise.resolve({ canceled: true, filePath: '' }),
    ),
    showOpenDialog: vi.fn<DialogAnswer<{ canceled: boolean; filePaths: string[] }>>(() =>
      Promise.resolve({ canceled: true, filePaths: [] }),
    ),
  }
}

function fakeClipboard() {
  return {
    writeText: vi.fn((_text: string) => Promise.resolve()),
    write: vi.fn((_items: FakeClipboardItem[]) => Promise.resolve()),
  }
}

/** All fakes, rebuilt by `resetFakeElectron` so no test sees another's state. */
export const fake = {
  app: new FakeApp(),
  session: new FakeSession(),
  ipcMain: new FakeIpcMain(),
  ipcRenderer: new FakeIpcRenderer(),
  exposed: new Map<string, unknown>(),
  menuTemplate: undefined as unknown,
  applicationMenu: undefined as unknown,
  showErrorBox: vi.fn(),
  /** The answer of the next message box (the index of the button pressed). */
  showMessageBox: vi.fn<(window: unknown, options: Record<string, unknown>) => Promise<{ response: number }>>(() =>
    Promise.resolve({ response: 2 }),
  ),
  dialogs: fakeDialogs(),
  clipboard: fakeClipboard(),
  protocol: fakeProtocol(),
  screen: new FakeScreen(),
}

function fakeProtocol() {
  return {
    privileged: [] as unknown[],
    handlers: new Map<string, (request: Request) => Promise<Response>>(),
  }
}

export function resetFakeElectron(): void {
  fake.app = new FakeApp()
  fake.session = new FakeSession()
  fake.ipcMain = new FakeIpcMain()
  fake.ipcRenderer = new FakeIpcRenderer()
  fake.exposed = new Map()
  fake.menuTemplate = undefined
  fake.applicationMenu = undefined
  fake.showErrorBox = vi.fn()
  fake.showMessageBox = vi.fn(() => Promise.resolve({ response: 2 }))
  fake.protocol = fakeProtocol()
  fake.screen = new FakeScreen()
  fake.dialogs = fakeDialogs()
  fake.clipboard = fakeClipboard()
  FakeBrowserWindow.instances.length = 0
  FakeBrowserWindow.focused = null
  FakeBrowserWindow.loadFailure = null
}

/**
 * The module that replaces 'electron'. Its members are getters so a module
 * under test always reaches the current fakes, even after a reset.
 */
export const electronModule = {
  get app() {
    return fake.app
  },
  BrowserWindow: FakeBrowserWindow,
  get ipcMain() {
    return fake.ipcMain
  },
  get ipcRenderer() {
    return fake.ipcRenderer
  },
  session: {
    get defaultSession() {
      return fake.session
    },
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => {
      fake.protocol.privileged.push(...schemes)
    },
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
      fake.protocol.handlers.set(scheme, handler)
    },
  },
  dialog: {
    showErrorBox: (title: string, content: string) => fake.showErrorBox(title, content),
    showMessageBox: (window: unknown, options: Record<string, unknown>) => fake.showMessageBox(window, options),
    // Electron takes an optional window first: the fakes always get (window | null, options).
    showSaveDialog: (...args: unknown[]) =>
      fake.dialogs.showSaveDialog(args.length > 1 ? args[0] : null, args[args.length - 1] as Record<string, unknown>),
    showOpenDialog: (...args: unknown[]) =>
      fake.dialogs.showOpenDialog(args.length > 1 ? args[0] : null, args[args.length - 1] as Record<string, unknown>),
  },
  get clipboard() {
    return fake.clipboard
  },
  get screen() {
    return fake.screen
  },
  ClipboardItem: FakeClipboardItem,
  nativeImage: {
    createFromBuffer: (buffer: Buffer) => new FakeNativeImage(buffer),
  },
  Menu: {
    buildFromTemplate: (template: unknown) => {
      fake.menuTemplate = template
      return { template }
    },
    setApplicationMenu: (menu: unknown) => {
      fake.applicationMenu = menu
    },
  },
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => {
      if (fake.exposed.has(key)) throw new Error(`${key} exposed twice`)
      fake.exposed.set(key, value)
    },
  },
}
