import type { BenchPlace } from './globegl/places'
import type { Timing } from './measure'

interface SceneFacts {
  timing: Timing
  sceneTiming: Timing
  regions: number
  links: number
  latencyArcs: number
  /** The edge and zone marks both pages draw, by kind. */
  places: Record<BenchPlace['kind'], number>
  settingsKey: string
  location: { label: string; lat: number; lon: number }
  flyTo: { lat: number; lon: number; distance: number }
}

const mainThread =
  'main-thread time per frame while turning: the renderer main thread\'s TaskDuration (script, style, layout, ' +
  'paint, GC) from CDP Performance.getMetrics in thread time, over the turn, divided by the frames drawn; ' +
  'mainThreadBreakdownMs splits it into script, style, layout and the rest'

function describeEdges(facts: Pick<SceneFacts, 'places' | 'settingsKey' | 'flyTo'>) {
  const { places } = facts
  const marks = places.edge + places['regional-edge-cache'] + places['local-zone'] + places['wavelength-zone']
  return {
    scene:
      `the regions with ${places.edge} edge locations, ${places['regional-edge-cache']} regional edge caches, ` +
      `${places['local-zone']} Local Zone and ${places['wavelength-zone']} Wavelength Zone marks (zones one mark per ` +
      'parent region and city, none for a zone known by country only; the PoP cities of unstated kind left out): ' +
      'the marks InfraGlobe draws, nothing else (no location, network, arcs or reach)',
    ours:
      `InfraGlobe opened with these layers stored (${facts.settingsKey}): the edge marks in one instanced draw ` +
      'call, the zone marks in another, each zone tied to its parent region by a thin line (one more draw call). ' +
      `After the turn the camera flies to (${facts.flyTo.lat}, ${facts.flyTo.lon}) and idleFramesAfterFlyTo ` +
      'counts the frames once it rests',
    globegl:
      `the comparison page with the same ${marks} marks added to its merged points layer (pointsData with ` +
      "pointsMerge(true): every region and mark one mesh, one draw call, the fair match for InfraGlobe's " +
      "instanced marks; objectsData or customLayerData would make a mesh per mark), each in InfraGlobe's " +
      'colour for its kind (globe.gl points are all cylinders: no shapes), no tethers; globe.gl renders every ' +
      'animation frame whatever moves',
    budget:
      'InfraGlobe with these layers (and in the everything scene) stays under 20 draw calls while turning and ' +
      "renders nothing while idle: every sample's drawCalls, idleFrames and idleFramesAfterTurn",
  }
}

/** How each figure of results.json is measured, written into the file beside the figures. */
export const describeMethod = {
  scenes(facts: SceneFacts) {
    const { timing, sceneTiming } = facts
    return {
      ratioNote:
        'InfraGlobe ÷ globe.gl. Lower is better for readyMs, mainThreadMsPerFrame, idleFrames, drawCalls, ' +
        'jsHeapUsedBytes and the JavaScript sizes; higher is better for rotateFps.',
      base: {
        order: 'interleaved: InfraGlobe then globe.gl in each round, each in a fresh headless Chromium',
        regions: facts.regions,
        ours:
          `the web edition with every optional layer off and no location (stored in ${facts.settingsKey}), ` +
          'so both pages draw the same regions; browser time zone UTC (no location guessed)',
        readyMs: 'navigation start to the page setting data-scene-ready (first frame with regions drawn)',
        rotateFps: `frames per second over ${timing.rotateMs / 1000} s turning at ${timing.rotateDegreesPerSecond}°/s`,
        mainThreadMsPerFrame: mainThread,
        idleFrames:
          `frames rendered in ${timing.idleMs / 1000} s with nothing moving: from ${timing.settleMs / 1000} s after ready ` +
          `and the heap reading, once the page has drawn no frame for ${timing.restQuietMs / 1000} s (its opening ` +
          `motion is over), or from ${timing.restCapMs / 1000} s after ready if it never rests (globe.gl, which draws ` +
          'every animation frame)',
        restedByMs:
          `milliseconds after ready by which the page drew its last frame before resting, read by polling every 0.1 s ` +
          '(an upper bound when it was at rest already); restedSamples: how many samples rested at all',
        drawCalls: 'renderer.info.render.calls of the last frame while turning',
        jsHeapUsedBytes: 'CDP Performance.getMetrics JSHeapUsedSize after load and a forced GC',
        jsBytes: 'sum of the .js files in the build (raw; gzip at level 9)',
        jsGzipBytesBeforeFirstFrame:
          'gzip bytes of the scripts whose fetch ended before the first frame (Resource Timing against ' +
          'data-scene-ready); chunks.loads lists every script with its fetch start and end',
        globegl:
          'globe.gl defaults plus pointsMerge(true); a points layer and a labels layer; its Earth texture is a ' +
          '4096x2048 PNG drawn from the same world-atlas shapes at benchmark time and served with the page',
        figures: 'medians over the runs; samples lists each run',
      },
      arcs: {
        scene:
          `a user location in ${facts.location.label} (${facts.location.lat}, ${facts.location.lon}), the schematic ` +
          `network on (${facts.links} links) and latency arcs from the pin to every region (${facts.latencyArcs}), ` +
          'coloured by RTT band',
        ours:
          `InfraGlobe opened with these settings already stored (${facts.settingsKey} in localStorage). Its ` +
          'latency-arc dashes flow for a few seconds after the arcs appear and then rest (never with reduced ' +
          'motion): restedByMs shows when the flow ended, and idleFrames is counted after it. ' +
          `After the turn the camera flies to (${facts.flyTo.lat}, ${facts.flyTo.lon}) and idleFramesAfterFlyTo ` +
          'counts the frames once it rests',
        oursReducedMotion: 'the same with prefers-reduced-motion: reduce (Playwright reducedMotion)',
        globegl:
          'the comparison page plus its arcs layer with the same arcs and colours (its default 1 px lines, one mesh ' +
          'per arc), the pin as one more merged point, latency-arc dashes animated (all the time: globe.gl has ' +
          'no "flow, then rest"); globe.gl renders every animation frame whatever moves',
        timing:
          `idle ${sceneTiming.idleMs / 1000} s, turning ${sceneTiming.rotateMs / 1000} s; the frames after a move are ` +
          `counted over ${(sceneTiming.idleAfterTurnMs ?? 0) / 1000} s from ${sceneTiming.settleMs / 1000} s after it ` +
          'ends; otherwise as above',
      },
      canvasFloor: {
        page:
          'bench/canvasFloor: one WebGL canvas the size of the globe, drawn by the page every animation frame with one ' +
          'triangle and no library (a light frame: a few ms of software GPU time), measured in each round after both ' +
          'globes, in a fresh headless Chromium with the same switches',
        mainThreadMsPerFrame:
          `the renderer main thread's TaskDuration per frame over ${timing.rotateMs / 1000} s, counted as for the ` +
          "globes: the browser's own work for a canvas drawn every frame (animation frame, lifecycle, commit and, with " +
          'software compositing, the read-back), which every page drawing such a canvas pays before its own',
        floorRatio: "floor ÷ globe.gl's median: the lowest main-thread ratio a page drawing its globe on the main thread can reach in this run",
        aboveFloorRatio: "(InfraGlobe − floor) ÷ (globe.gl − floor): each page's own main-thread work per frame beyond the floor, compared",
      },
      edges: describeEdges(facts),
      everything: {
        scene:
          'the arcs scene with every layer on: regions and labels, network, latency arcs, edge locations, Local ' +
          "and Wavelength Zones, reach; compared with globe.gl's arcs scene plus the edges scene's points (the " +
          'arcs and the edge and zone marks; globe.gl has no reach layer, no zone tethers and no time-lapse)',
        yearStep:
          'after the fly-to, the Time view opened and one step of the time-lapse year (ArrowLeft on its slider); ' +
          'idleFramesAfterYearStep counts the frames once it is drawn',
      },
    }
  },
  exportScene(runs: number) {
    return {
      scene:
        'InfraGlobe as a returning user in São Paulo (network and latency arcs on, as in the arcs scene) with three ' +
        'annotations (a callout, a pin, an arrow) added through the probe, exporting its view at 3840x2160',
      ms:
        'inside the page, from the export call to the finished PNG bytes: render at the export size and read back, ' +
        'compose labels, annotations, title, legend and footer, encode the PNG and add its text metadata',
      runs: `median of ${runs} exports in one page, the first (cold) one included; firstExportMs repeats it`,
      globegl: 'globe.gl has no comparable export (no sized render, no legend or annotations): not measured',
    }
  },
  chunks(loads: number) {
    return {
      scene: 'InfraGlobe in the base scene (regions only), a fresh headless Chromium per load',
      readyMs: `navigation start to the frame the page declares ready (sceneReady), for each of ${loads} loads`,
      loads:
        "the first load's scripts from its Resource Timing entries (dynamic imports included), by fetch start; " +
        'beforeFirstFrame: fetched by the moment of that first frame; gzip level 9 of each file of the build',
    }
  },
  heap:
    'one page load each in the base scene, a forced GC, then a CDP heap snapshot; self sizes summed by ' +
    'constructor (objects) or by V8 node type (strings, code, arrays, closures…), largest first; jsHeapBytes is ' +
    "the part on V8's heap (what JSHeapUsedSize counts): groups marked outsideJsHeap (ArrayBuffer contents, " +
    'external strings such as script sources, DOM objects) are not in it',
}
