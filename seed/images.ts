/**
 * Drawn as SVG at seed time: no downloads, no binary files in the repository. Alt texts describe
 * the drawing, not the news. No text is drawn in: screen readers could not read it, and fonts vary.
 */
import sharp from 'sharp'

export type SeedImage = {
  // The natural key of the media document.
  filename: string
  alt: string
  caption: string
  credit: string
  draw: () => string
}

type Point = readonly [number, number]

const WIDTH = 1600
const HEIGHT = 900

const COLOURS = {
  night: '#17212e',
  land: '#3d5068',
  coast: '#7d93ad',
  grid: '#2a3a4f',
  amber: '#e4a72b',
  teal: '#3aa6a0',
  paper: '#f3eee4',
  ink: '#16191f',
  red: '#d9412b',
}

export function renderPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png().toBuffer()
}

function canvas(background: string, body: string, defs = ''): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}"><defs>${defs}</defs><rect width="${WIDTH}" height="${HEIGHT}" fill="${background}"/>${body}</svg>`
}

const pointList = (points: readonly Point[]): string =>
  points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')

const verticalGradient = (id: string, top: string, bottom: string): string =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>`

// --- Map of South America -------------------------------------------------
// Simplified outlines as [longitude, latitude], drawn in an equirectangular projection.

// prettier-ignore
const SOUTH_AMERICA: Point[] = [
  [-77.3, 8.7], [-75.5, 10.5], [-71.5, 12.4], [-68, 10.5], [-63, 10.7], [-60, 8.5], [-57, 6], [-52, 5], [-50, 1.5],
  [-48.5, -1], [-44, -2.5], [-40, -3], [-35, -5.5], [-35, -9], [-39, -13], [-39, -17.5], [-41, -22], [-44.5, -23.2],
  [-48.5, -26], [-48.6, -28.5], [-51, -31], [-53.5, -34], [-57.5, -35], [-57.5, -38], [-62, -39], [-65, -41],
  [-64, -42.5], [-67.5, -46], [-65.8, -47.8], [-69, -51.5], [-68.5, -52.5], [-70, -55], [-72, -54], [-74.5, -52],
  [-75.5, -48], [-74, -44], [-73.5, -41], [-73.5, -37], [-71.5, -32.5], [-71.3, -28], [-70.5, -23], [-70.3, -18.3],
  [-75, -15.5], [-77, -12], [-79.5, -7.5], [-81.2, -5], [-80, -2.5], [-80.5, 0], [-79, 1.5], [-77.5, 4], [-77.5, 7],
]

// prettier-ignore
const COUNTRY_OUTLINES = {
  BO: [
    [-65.4, -9.7], [-64.4, -11.8], [-61.5, -13.5], [-60.3, -13.8], [-60.2, -15.1], [-58.3, -16.3], [-58.3, -17.3],
    [-57.5, -18.2], [-58.2, -19.8], [-59.1, -19.3], [-61.7, -19.6], [-62.3, -21], [-62.6, -22.2], [-64.3, -22.8],
    [-65, -22.1], [-66.3, -21.8], [-67.1, -22.7], [-68.2, -21.5], [-68.7, -19], [-69.5, -17.6], [-69, -16.2],
    [-69.4, -15.3], [-68.9, -12.9], [-69.6, -10.95], [-68.3, -11], [-66.6, -9.9],
  ],
  AR: [
    [-67.1, -22.7], [-66.3, -21.8], [-65, -22.1], [-64.3, -22.8], [-62.6, -22.2], [-61, -23.8], [-58.5, -25.5],
    [-57.6, -25.3], [-54.6, -25.6], [-53.7, -26.2], [-55.8, -28], [-57.6, -30.2], [-58.4, -33.5], [-57.5, -35],
    [-57.5, -38], [-62, -39], [-65, -41], [-64, -42.5], [-67.5, -46], [-65.8, -47.8], [-69, -51.5], [-68.5, -52.5],
    [-72.3, -51.5], [-73.2, -49], [-72.1, -47], [-71.7, -44], [-71.8, -42], [-71.2, -39], [-70.5, -36], [-70, -33],
    [-69.8, -30], [-68.5, -27], [-67.3, -24],
  ],
  CL: [
    [-70.3, -18.3], [-69.5, -17.6], [-68.7, -19], [-68.2, -21.5], [-67.1, -22.7], [-67.3, -24], [-68.5, -27],
    [-69.8, -30], [-70, -33], [-70.5, -36], [-71.2, -39], [-71.8, -42], [-71.7, -44], [-72.1, -47], [-73.2, -49],
    [-72.3, -51.5], [-68.5, -52.5], [-70, -55], [-72, -54], [-74.5, -52], [-75.5, -48], [-74, -44], [-73.5, -41],
    [-73.5, -37], [-71.5, -32.5], [-71.3, -28], [-70.5, -23],
  ],
} satisfies Record<string, Point[]>

// 50 degrees of longitude and 70 of latitude: centred, it fills the height.
const MAP_VIEW = { west: -84, east: -34, north: 14, scale: 12.4, top: 12 }

const project = ([longitude, latitude]: Point): Point => [
  (WIDTH - (MAP_VIEW.east - MAP_VIEW.west) * MAP_VIEW.scale) / 2 + (longitude - MAP_VIEW.west) * MAP_VIEW.scale,
  MAP_VIEW.top + (MAP_VIEW.north - latitude) * MAP_VIEW.scale,
]

function graticule(): string {
  const lines: string[] = []
  for (let longitude = -80; longitude <= -30; longitude += 10) {
    const [x] = project([longitude, 0])
    lines.push(`<line x1="${x}" y1="0" x2="${x}" y2="${HEIGHT}"/>`)
  }
  for (let latitude = 10; latitude >= -60; latitude -= 10) {
    const [, y] = project([0, latitude])
    lines.push(`<line x1="0" y1="${y}" x2="${WIDTH}" y2="${y}"/>`)
  }
  return `<g stroke="${COLOURS.grid}" stroke-width="2">${lines.join('')}</g>`
}

function southAmericaMap(highlights: Partial<Record<keyof typeof COUNTRY_OUTLINES, string>>): string {
  const outline = (points: Point[], fill: string) =>
    `<polygon points="${pointList(points.map(project))}" fill="${fill}" stroke="${COLOURS.coast}" stroke-width="2" stroke-linejoin="round"/>`
  const highlighted = Object.entries(highlights).map(([code, fill]) =>
    outline(COUNTRY_OUTLINES[code as keyof typeof COUNTRY_OUTLINES], fill),
  )
  return canvas(COLOURS.night, graticule() + outline(SOUTH_AMERICA, COLOURS.land) + highlighted.join(''))
}

// --- Landscapes -------------------------------------------------------------

// A sum of sines: irregular but repeatable.
function ridge(baseline: number, amplitude: number, phase: number, fill: string): string {
  const points: Point[] = []
  for (let x = 0; x <= WIDTH; x += 40) {
    const height = Math.sin(x / 170 + phase) + 0.6 * Math.sin(x / 67 + phase * 2) + 0.15 * Math.sin(x / 23 + phase)
    points.push([x, baseline - amplitude * height])
  }
  return `<polygon points="${pointList([[0, HEIGHT], ...points, [WIDTH, HEIGHT]])}" fill="${fill}"/>`
}

const mountainRange = (shades: readonly string[]): string =>
  shades.map((shade, layer) => ridge(560 + layer * 110, 90 - layer * 15, layer * 1.7, shade)).join('')

// Seen from below: long straight wings, slim body, tailplane, pusher propeller.
function droneSilhouette(x: number, y: number, size: number): string {
  const wing: Point[] = [
    [-40, -12],
    [25, -12],
    [5, -270],
    [-25, -270],
  ]
  const tail: Point[] = [
    [-150, -8],
    [-122, -8],
    [-130, -85],
    [-150, -85],
  ]
  const mirrored = (points: Point[]) => points.map(([px, py]): Point => [px, -py])
  return `<g transform="translate(${x} ${y}) rotate(-8) scale(${size})" fill="${COLOURS.ink}">
    <ellipse cx="0" cy="0" rx="165" ry="20"/>
    ${[wing, mirrored(wing), tail, mirrored(tail)].map((points) => `<polygon points="${pointList(points)}"/>`).join('')}
    <ellipse cx="-168" cy="0" rx="5" ry="34"/>
  </g>`
}

// --- The drawings -----------------------------------------------------------

function drawDroneOverMountains(): string {
  return canvas(
    'url(#dusk)',
    mountainRange(['#8a6a78', '#5b4a63', '#332d45']) + droneSilhouette(760, 300, 0.9),
    verticalGradient('dusk', '#2d3c5a', '#eaa560'),
  )
}

function drawRedactedMemorandum(): string {
  // Line lengths of the page's text, and which of them are blacked out.
  const lines = [0.9, 0.95, 0.7, 0.92, 0.88, 0.6, 0.94, 0.9, 0.85, 0.93, 0.5, 0.9, 0.8]
  const redacted = new Set([2, 3, 4, 6, 8, 9, 11])
  const page = { x: 480, y: 70, width: 640, height: 780 }
  const rows = lines.map((length, index) => {
    const y = page.y + 140 + index * 40
    const redaction = redacted.has(index)
    return `<rect x="${page.x + 70}" y="${y - (redaction ? 8 : 0)}" width="${(page.width - 140) * length}" height="${redaction ? 26 : 10}" fill="${redaction ? COLOURS.ink : '#b9b2a5'}"/>`
  })
  return canvas(
    COLOURS.night,
    `<rect x="${page.x + 14}" y="${page.y + 14}" width="${page.width}" height="${page.height}" fill="#0d131b"/>
    <rect x="${page.x}" y="${page.y}" width="${page.width}" height="${page.height}" fill="${COLOURS.paper}"/>
    <rect x="${page.x + 70}" y="${page.y + 70}" width="300" height="22" fill="#8f887c"/>
    ${rows.join('')}
    <circle cx="${page.x + page.width - 130}" cy="${page.y + page.height - 100}" r="52" fill="none" stroke="${COLOURS.red}" stroke-width="8"/>`,
  )
}

function drawJourneyArc(): string {
  const [from, to]: Point[] = [
    [330, 640],
    [1270, 330],
  ]
  const dot = ([x, y]: Point) => `<circle cx="${x}" cy="${y}" r="18" fill="${COLOURS.amber}"/>`
  return canvas(
    COLOURS.night,
    `${graticule()}<path d="M ${from[0]} ${from[1]} Q 700 90 ${to[0]} ${to[1]}" fill="none" stroke="${COLOURS.paper}" stroke-width="6" stroke-dasharray="4 22" stroke-linecap="round"/>${dot(from)}${dot(to)}`,
  )
}

function drawPressLectern(): string {
  const folds = Array.from(
    { length: 16 },
    (_, index) => `<rect x="${index * 100}" y="0" width="50" height="${HEIGHT}" fill="#4a1f24"/>`,
  )
  const microphones = [-90, -30, 30, 90].map(
    (offset) =>
      `<line x1="${800 + offset / 2}" y1="520" x2="${800 + offset}" y2="420" stroke="${COLOURS.ink}" stroke-width="8"/><rect x="${800 + offset - 16}" y="388" width="32" height="52" rx="14" fill="#2b2f36"/>`,
  )
  return canvas(
    '#5b2a30',
    `${folds.join('')}
    <rect x="0" y="780" width="${WIDTH}" height="120" fill="#2a1f1c"/>
    <polygon points="650,520 950,520 910,860 690,860" fill="#6d4a33"/>
    <rect x="630" y="505" width="340" height="30" fill="#54371f"/>
    ${microphones.join('')}`,
  )
}

function drawViewfinderOverMountains(): string {
  const inset = 120
  const arm = 90
  const corners: Point[] = [
    [inset, inset],
    [WIDTH - inset, inset],
    [inset, HEIGHT - inset],
    [WIDTH - inset, HEIGHT - inset],
  ]
  const brackets = corners.map(([x, y]) => {
    const dx = x < WIDTH / 2 ? arm : -arm
    const dy = y < HEIGHT / 2 ? arm : -arm
    return `<polyline points="${pointList([
      [x + dx, y],
      [x, y],
      [x, y + dy],
    ])}"/>`
  })
  return canvas(
    'url(#daylight)',
    `${mountainRange(['#8aa39b', '#5e7d74', '#3c5750'])}
    <g fill="none" stroke="${COLOURS.paper}" stroke-width="8">${brackets.join('')}
      <line x1="770" y1="450" x2="830" y2="450"/><line x1="800" y1="420" x2="800" y2="480"/></g>
    <circle cx="${WIDTH - inset - 40}" cy="${inset + 40}" r="16" fill="${COLOURS.red}"/>`,
    verticalGradient('daylight', '#9cc3d8', '#e3ecef'),
  )
}

function drawNeoclassicalFacade(): string {
  const columns = Array.from(
    { length: 6 },
    (_, index) => `<rect x="${560 + index * 96}" y="420" width="44" height="300" fill="#f4f4f0"/>`,
  )
  return canvas(
    'url(#sky)',
    `<rect x="420" y="380" width="760" height="360" fill="#dcdcd4"/>
    <rect x="520" y="390" width="560" height="30" fill="#eeeee8"/>
    ${columns.join('')}
    <polygon points="500,390 800,250 1100,390" fill="#eeeee8" stroke="#c9c9c0" stroke-width="6"/>
    ${[0, 1, 2].map((step) => `<rect x="${500 - step * 30}" y="${720 + step * 24}" width="${600 + step * 60}" height="24" fill="#c9c9c0"/>`).join('')}
    <rect x="0" y="792" width="${WIDTH}" height="108" fill="#5f7d52"/>`,
    verticalGradient('sky', '#3f6fa8', '#b7d0e8'),
  )
}

function drawTimelineMarkers(): string {
  const markers = [260, 530, 800, 1070, 1340]
  const highlighted = 1
  return canvas(
    COLOURS.night,
    `<line x1="160" y1="450" x2="1440" y2="450" stroke="${COLOURS.coast}" stroke-width="8" stroke-linecap="round"/>
    ${markers
      .map(
        (x, index) =>
          `<line x1="${x}" y1="${index % 2 ? 450 : 330}" x2="${x}" y2="${index % 2 ? 570 : 450}" stroke="${COLOURS.grid}" stroke-width="6"/><circle cx="${x}" cy="450" r="${index === highlighted ? 40 : 26}" fill="${index === highlighted ? COLOURS.amber : COLOURS.land}" stroke="${COLOURS.paper}" stroke-width="6"/>`,
      )
      .join('')}`,
  )
}

// The main story's images keep the credit of the scraped page's photos.
const SCRAPED_PHOTO_CREDIT = 'Photo Internet reproduction.'
const OUR_CREDIT = 'Illustration: The Newsroom'

export const SEED_IMAGES = {
  boliviaMap: {
    filename: 'south-america-bolivia-highlighted.png',
    alt: 'Illustrated map of South America in slate blue on a dark grid of latitude and longitude lines, with Bolivia highlighted in amber.',
    caption: 'Bolivia, highlighted, has acknowledged its interest in Iranian drones. Illustration.',
    credit: SCRAPED_PHOTO_CREDIT,
    draw: () => southAmericaMap({ BO: COLOURS.amber }),
  },
  droneOverMountains: {
    filename: 'drone-over-mountain-ridges.png',
    alt: 'Illustration of a dark fixed-wing drone silhouette, seen from below, flying over layered mountain ridges against a dusk sky.',
    caption: 'Bolivia says it wants drones to protect its borders and monitor its mountainous regions. Illustration.',
    credit: SCRAPED_PHOTO_CREDIT,
    draw: drawDroneOverMountains,
  },
  redactedMemorandum: {
    filename: 'redacted-memorandum.png',
    alt: 'Illustration of a printed page on a dark background, most of its lines covered by thick black redaction bars, with a red circular stamp.',
    caption: 'Bolivia and Iran cite a confidentiality clause in their cooperation memorandum. Illustration.',
    credit: OUR_CREDIT,
    draw: drawRedactedMemorandum,
  },
  journeyArc: {
    filename: 'journey-arc.png',
    alt: 'Illustration of a dotted arc linking two amber points across a dark grid of latitude and longitude lines.',
    caption: 'Bolivia’s defense minister paid an official visit to Tehran on July 20. Illustration.',
    credit: OUR_CREDIT,
    draw: drawJourneyArc,
  },
  pressLectern: {
    filename: 'press-lectern.png',
    alt: 'Illustration of an empty wooden lectern with four microphones, in front of a dark red curtain.',
    caption: 'Iran’s defense minister spoke at a press conference in Tehran. Illustration.',
    credit: OUR_CREDIT,
    draw: drawPressLectern,
  },
  viewfinderOverMountains: {
    filename: 'viewfinder-over-mountains.png',
    alt: 'Illustration of a camera viewfinder over green mountain ridges: white corner brackets, a crosshair in the center and a red recording dot.',
    caption: 'Bolivia points to drones relaying real-time images of mountainous regions. Illustration.',
    credit: OUR_CREDIT,
    draw: drawViewfinderOverMountains,
  },
  neighborsMap: {
    filename: 'south-america-bolivia-argentina-chile.png',
    alt: 'Illustrated map of South America on a dark grid, with Bolivia highlighted in amber and Argentina and Chile, to its south, in teal.',
    caption: 'Bolivia and two of its neighbors, Argentina and Chile. Illustration.',
    credit: OUR_CREDIT,
    draw: () => southAmericaMap({ BO: COLOURS.amber, AR: COLOURS.teal, CL: COLOURS.teal }),
  },
  neoclassicalFacade: {
    filename: 'neoclassical-facade.png',
    alt: 'Illustration of a pale neoclassical building with six columns and a triangular pediment, on a lawn under a blue sky.',
    caption: 'Bolivia’s intent to purchase Iranian drones has raised eyebrows in the United States. Illustration.',
    credit: OUR_CREDIT,
    draw: drawNeoclassicalFacade,
  },
  timelineMarkers: {
    filename: 'timeline-markers.png',
    alt: 'Illustration of a horizontal timeline on a dark background with five circular markers, the second one larger and in amber.',
    caption: 'How the story unfolded. Illustration.',
    credit: OUR_CREDIT,
    draw: drawTimelineMarkers,
  },
} satisfies Record<string, SeedImage>

export type SeedImageKey = keyof typeof SEED_IMAGES
