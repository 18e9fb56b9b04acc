/**
 * The time-lapse as a WebM video, with the browser's own tools: the frames
 * are drawn onto a canvas whose captured stream (captureStream) a
 * MediaRecorder encodes. No encoder is bundled. Each picture is held on the
 * canvas for its time, with a frame asked for a few times a second, so the
 * video's timing follows the wall clock; a picture that takes longer to
 * render than its time is held until the next one is ready.
 */

/** What the video is: 1920 × 1080 (a projector's and a slide's 16:9). */
export const VIDEO_SIZE = { width: 1920, height: 1080 } as const

/** Frames asked for each second while a picture is held: the encoder sees it as a still, not a gap. */
const HOLD_FPS = 4

/**
 * Codecs tried in this order: VP8 first, as it encodes 1080p in software several times faster
 * than VP9 (on a busy machine a VP9 recorder can stop before it has encoded a single frame);
 * at 8 Mbit/s it looks as good on a projector.
 */
const MIME_TYPES = ['video/webm;codecs=vp8', 'video/webm;codecs=vp9', 'video/webm'] as const
/** Time the encoder gets after the last frame before the recording stops, ms. */
const FLUSH_MS = 500

/** The first WebM type this browser records, or null when it records none. */
export function webmMimeType(isTypeSupported: (type: string) => boolean): string | null {
  return MIME_TYPES.find((type) => isTypeSupported(type)) ?? null
}

export interface VideoRecorder {
  /** Waits until the previous picture has been shown for its time, then shows this one for `holdMs`. */
  addFrame(source: CanvasImageSource, holdMs: number): Promise<void>
  /** Waits out the last picture's time, stops and returns the WebM file's bytes. */
  finish(): Promise<Uint8Array>
  /** Stops and throws the recording away. */
  cancel(): void
}

interface CaptureTrack extends MediaStreamTrack {
  requestFrame?: () => void
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Starts recording a canvas of `size`; frames come from addFrame. */
export function createVideoRecorder(size: { width: number; height: number } = VIDEO_SIZE): VideoRecorder {
  if (typeof MediaRecorder === 'undefined') throw new Error('this browser cannot record video (no MediaRecorder)')
  const mimeType = webmMimeType((type) => MediaRecorder.isTypeSupported(type))
  if (!mimeType) throw new Error('this browser cannot record WebM video')
  const canvas = document.createElement('canvas')
  canvas.width = size.width
  canvas.height = size.height
  const context = canvas.getContext('2d')
  if (!context) throw new Error('this browser cannot draw the video (no 2D canvas)')
  context.fillStyle = '#000000'
  context.fillRect(0, 0, size.width, size.height)
  const stream = canvas.captureStream(0)
  const track = stream.getVideoTracks()[0] as CaptureTrack | undefined
  if (!track?.requestFrame) throw new Error('this browser cannot capture a canvas frame by frame')
  const requestFrame = () => track.requestFrame?.()
  const recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond: 8_000_000 })
  const chunks: Blob[] = []
  recorder.addEventListener('dataavailable', (event) => {
    if (event.data.size > 0) chunks.push(event.data)
  })
  // A frame drawn before the recorder has started is lost: the first one waits for this.
  const started = new Promise<void>((resolve) => recorder.addEventListener('start', () => resolve(), { once: true }))
  recorder.start()

  /** When the picture on the canvas was put there, and how long it is to stay. */
  let shownAt = 0
  let holdFor = 0
  let stopped = false

  /** Keeps asking for frames of the picture on the canvas until its time is up. */
  const holdCurrent = async () => {
    for (;;) {
      const left = shownAt + holdFor - performance.now()
      if (left <= 0) return
      await wait(Math.min(left, 1000 / HOLD_FPS))
      requestFrame()
    }
  }

  const stop = () =>
    new Promise<void>((resolve) => {
      if (recorder.state === 'inactive') {
        resolve()
        return
      }
      recorder.addEventListener('stop', () => resolve(), { once: true })
      recorder.stop()
    })

  const release = () => {
    stopped = true
    for (const t of stream.getTracks()) t.stop()
    canvas.width = 0
    canvas.height = 0
  }

  return {
    async addFrame(source, holdMs) {
      if (stopped) throw new Error('the recording has stopped')
      await started
      await holdCurrent()
      context.drawImage(source, 0, 0, size.width, size.height)
      requestFrame()
      shownAt = performance.now()
      holdFor = holdMs
    },
    async finish() {
      await holdCurrent()
      requestFrame()
      await wait(FLUSH_MS)
      await stop()
      release()
      const blob = new Blob(chunks, { type: mimeType.split(';')[0] })
      // A header and nothing else: the encoder kept no frame (the browser was too busy).
      if (blob.size < 1_000) throw new Error('the browser recorded no frames; try again with fewer programs running')
      return new Uint8Array(await blob.arrayBuffer())
    },
    cancel() {
      void stop().then(release)
    },
  }
}
