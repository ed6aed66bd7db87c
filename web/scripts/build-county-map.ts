/**
 * Copies Kartverket's county boundaries into the web app as small static files:
 *
 *   npx tsx web/scripts/build-county-map.ts /work/shared/data
 *
 * reads `fylker-2020-2023.geojson` and `fylker-2024.geojson` from that folder (simplified
 * boundaries, WGS84, © Kartverket, CC BY 4.0 — see its SOURCES.md), simplifies them for a
 * national overview map and writes `web/public/maps/fylker-<division>.json` (GeoJSON with the
 * attribution as a foreign member). Run again only when the source data changes; the output
 * is committed. Not part of the app's bundle.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  simplifyCounty,
  type CountyCollection,
  type Polygon,
} from '../src/features/review/geographic/county-map/geometry.ts';

const ATTRIBUTION =
  '© Kartverket (Administrative enheter, Geonorge), CC BY 4.0. Forenklet for oversiktskart i Inkluderende kulturskoler.';
const OPTIONS = { tolerance: 0.02, minArea: 0.008, decimals: 2 };

interface SourceFeature {
  properties: Record<string, string | number>;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

const source = process.argv[2];
if (!source) throw new Error('usage: build-county-map.ts <folder with fylker-*.geojson>');
const outDir = fileURLToPath(new URL('../public/maps/', import.meta.url));

for (const division of ['2020-2023', '2024']) {
  const input = JSON.parse(readFileSync(join(source, `fylker-${division}.geojson`), 'utf8')) as {
    features: SourceFeature[];
  };
  const output: CountyCollection = {
    type: 'FeatureCollection',
    attribution: ATTRIBUTION,
    division,
    features: input.features
      .map((feature) => {
        const number = String(feature.properties.fylkesnummer).padStart(2, '0');
        // The 2024 file's `fylkesnavn` has the Sami/Kven forms; `name` is the short one.
        const name = String(feature.properties.name ?? feature.properties.navn);
        const polygons = (
          feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates
        ) as Polygon[];
        return {
          type: 'Feature' as const,
          properties: { fylkesnummer: number, navn: name },
          geometry: { type: 'MultiPolygon' as const, coordinates: simplifyCounty(polygons, OPTIONS) },
        };
      })
      .sort((a, b) => a.properties.fylkesnummer.localeCompare(b.properties.fylkesnummer)),
  };
  const file = join(outDir, `fylker-${division}.json`);
  writeFileSync(file, JSON.stringify(output) + '\n');
  const points = output.features.reduce(
    (sum, f) => sum + f.geometry.coordinates.reduce((s, p) => s + p[0]!.length, 0),
    0,
  );
  console.log(`${file}: ${output.features.length} counties, ${points} points`);
}
