/**
 * Just enough geometry for a map of Norway's counties without a map library: simplify
 * Kartverket's boundaries (Douglas–Peucker, small islands left out) once, when the data is
 * copied into web/public/maps/, and project lon/lat to SVG paths in the browser.
 *
 * The projection is equirectangular around latitude 65° N (x = lon · cos 65°, y = −lat): at
 * the scale of a whole country it keeps Norway's shape recognisable, unlike Mercator, which
 * would blow Finnmark up to twice the size of Vestland.
 */
export type Position = [lon: number, lat: number];
export type Ring = Position[];
export type Polygon = Ring[];

export interface County {
  /** Two digits, as the round's division writes it ('03', '46'). */
  number: string;
  name: string;
  polygons: Polygon[];
}

/** What web/public/maps/fylker-<division>.json holds: GeoJSON plus the attribution. */
export interface CountyCollection {
  type: 'FeatureCollection';
  attribution: string;
  division: string;
  features: {
    type: 'Feature';
    properties: { fylkesnummer: string; navn: string };
    geometry: { type: 'MultiPolygon'; coordinates: Polygon[] };
  }[];
}

const REFERENCE_LATITUDE = 65;
const X_SCALE = Math.cos((REFERENCE_LATITUDE * Math.PI) / 180);

/** Perpendicular distance of p from the segment a–b, in projected units. */
function distance(p: Position, a: Position, b: Position): number {
  const [px, py] = [p[0] * X_SCALE, p[1]];
  const [ax, ay] = [a[0] * X_SCALE, a[1]];
  const [bx, by] = [b[0] * X_SCALE, b[1]];
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Douglas–Peucker on an open line (iterative, so long coastlines do not overflow the stack). */
export function simplifyLine(points: readonly Position[], tolerance: number): Position[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let max = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distance(points[i]!, points[first]!, points[last]!);
      if (d > max) {
        max = d;
        farthest = i;
      }
    }
    if (farthest !== -1) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, index) => keep[index] === 1);
}

/** A closed ring simplified; undefined when too little of it is left to draw. */
export function simplifyRing(ring: Ring, tolerance: number): Ring | undefined {
  const open = ring.slice(0, -1);
  if (open.length < 3) return undefined;
  // Split the ring at its point farthest from the start, so both halves have fixed ends.
  let split = 1;
  let max = -1;
  for (let i = 1; i < open.length; i++) {
    const d = Math.hypot((open[i]![0] - open[0]![0]) * X_SCALE, open[i]![1] - open[0]![1]);
    if (d > max) {
      max = d;
      split = i;
    }
  }
  const a = simplifyLine(open.slice(0, split + 1), tolerance);
  const b = simplifyLine([...open.slice(split), open[0]!], tolerance);
  const points = [...a, ...b.slice(1)];
  return points.length >= 4 ? points : undefined;
}

/** Area of a ring in projected square units (shoelace). */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    sum += x1 * X_SCALE * y2 - x2 * X_SCALE * y1;
  }
  return Math.abs(sum) / 2;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/**
 * A county's polygons simplified: holes left out, islands smaller than `minArea` left out
 * (the largest polygon always stays), coordinates rounded.
 */
export function simplifyCounty(
  polygons: readonly Polygon[],
  options: { tolerance: number; minArea: number; decimals: number },
): Polygon[] {
  const outer = polygons
    .map((polygon) => polygon[0])
    .filter((ring): ring is Ring => !!ring && ring.length >= 4)
    .map((ring) => simplifyRing(ring, options.tolerance))
    .filter((ring): ring is Ring => !!ring)
    .map((ring) =>
      ring.map(([lon, lat]) => [round(lon, options.decimals), round(lat, options.decimals)] as Position),
    )
    .sort((a, b) => ringArea(b) - ringArea(a));
  return outer
    .filter((ring, index) => index === 0 || ringArea(ring) >= options.minArea)
    .map((ring) => [[...ring, ring[0]!]]);
}

export interface Projection {
  viewBox: string;
  width: number;
  height: number;
  point(position: Position): [number, number];
}

/** Fits the counties into a box `width` wide, keeping the aspect ratio. */
export function fitProjection(counties: readonly County[], width: number): Projection {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const county of counties)
    for (const polygon of county.polygons)
      for (const ring of polygon)
        for (const [lon, lat] of ring) {
          minX = Math.min(minX, lon * X_SCALE);
          maxX = Math.max(maxX, lon * X_SCALE);
          minY = Math.min(minY, -lat);
          maxY = Math.max(maxY, -lat);
        }
  const scale = width / (maxX - minX || 1);
  const height = Math.ceil((maxY - minY) * scale);
  return {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    point: ([lon, lat]) => [
      Math.round((lon * X_SCALE - minX) * scale * 10) / 10,
      Math.round((-lat - minY) * scale * 10) / 10,
    ],
  };
}

/** An SVG path (`M … L … Z` per ring) for a county's polygons. */
export function svgPath(polygons: readonly Polygon[], projection: Projection): string {
  return polygons
    .flatMap((polygon) =>
      polygon.map((ring) => {
        const points = ring.slice(0, -1).map((position) => projection.point(position).join(' '));
        return `M${points.join('L')}Z`;
      }),
    )
    .join('');
}

/** The counties of a map file, numbers as two digits. */
export function countiesOf(collection: CountyCollection): County[] {
  return collection.features.map((feature) => ({
    number: feature.properties.fylkesnummer,
    name: feature.properties.navn,
    polygons: feature.geometry.coordinates,
  }));
}

/**
 * Class boundaries for a choropleth: `classes` equal steps from just above 0 to the largest
 * value, rounded up to a readable figure. 0 has a class of its own (no applications).
 */
export function classBreaks(values: readonly number[], classes: number): number[] {
  const max = Math.max(0, ...values);
  if (max === 0) return [];
  const step = max / classes;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(step)) - 1);
  const nice = Math.ceil(step / magnitude) * magnitude;
  return Array.from({ length: classes }, (_, index) => nice * (index + 1));
}

/** The class of a value: 0 for nothing, else 1 … breaks.length. */
export function classOf(value: number, breaks: readonly number[]): number {
  if (value <= 0) return 0;
  const index = breaks.findIndex((upper) => value <= upper);
  return index === -1 ? breaks.length : index + 1;
}
