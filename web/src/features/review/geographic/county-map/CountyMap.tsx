/**
 * A map of Norway by county as plain SVG: Kartverket's boundaries (simplified copies in
 * web/public/maps/, fetched only when a map is shown), coloured in classes of a value with a
 * legend. Colour is never the only carrier of the figures: every county is a link with its
 * figures as accessible name (to its row in the accompanying table), the focused or hovered
 * county's figures are written under the map, and the page shows the same figures in a table.
 * "© Kartverket" is credited on the map itself.
 */
import './county-map.css';
import { useEffect, useId, useMemo, useState } from 'react';
import {
  classBreaks,
  classOf,
  countiesOf,
  fitProjection,
  svgPath,
  type County,
  type CountyCollection,
} from './geometry.ts';

const CLASSES = 5;
const WIDTH = 400;
const cache = new Map<string, Promise<County[]>>();

/** The division's counties, fetched once per page load. */
export function loadCounties(division: string): Promise<County[]> {
  let pending = cache.get(division);
  if (!pending) {
    pending = fetch(`/maps/fylker-${encodeURIComponent(division)}.json`)
      .then((response) => {
        if (!response.ok) throw new Error(`map ${division}: ${response.status}`);
        return response.json() as Promise<CountyCollection>;
      })
      .then(countiesOf)
      .catch((error: unknown) => {
        cache.delete(division);
        throw error;
      });
    cache.set(division, pending);
  }
  return pending;
}

export interface CountyMapProps {
  division: string;
  /** County number → the value that colours it (e.g. the amount requested). */
  values: Record<string, number>;
  /** The accessible name of a county: its name and figures. */
  describe(county: { number: string; name: string }): string;
  /** The map as a whole, for assistive technology. */
  title: string;
  legendTitle: string;
  formatValue(value: number): string;
  noneLabel: string;
  rangeLabel(to: string): string;
  hint: string;
  attribution: string;
  failed: string;
  /** Where each county links to (the id of its row in the table). */
  rowId(number: string): string;
  /** Counties drawn with a thicker outline (e.g. the member's own). */
  emphasis?: readonly string[];
}

export function CountyMap(props: CountyMapProps) {
  const { division, values } = props;
  const titleId = useId();
  const [counties, setCounties] = useState<County[]>();
  const [failed, setFailed] = useState(false);
  const [active, setActive] = useState<County>();

  useEffect(() => {
    let live = true;
    loadCounties(division).then(
      (loaded) => live && setCounties(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [division]);

  const breaks = useMemo(() => classBreaks(Object.values(values), CLASSES), [values]);
  const drawn = useMemo(() => {
    if (!counties) return undefined;
    const projection = fitProjection(counties, WIDTH);
    return {
      projection,
      counties: counties.map((county) => ({ county, path: svgPath(county.polygons, projection) })),
    };
  }, [counties]);

  if (failed) return <p className="county-map__failed">{props.failed}</p>;

  return (
    <figure className="county-map">
      {drawn ? (
        <svg
          viewBox={drawn.projection.viewBox}
          className="county-map__svg"
          role="group"
          aria-labelledby={titleId}
          data-testid="county-map"
        >
          <title id={titleId}>{props.title}</title>
          {drawn.counties.map(({ county, path }) => {
            const name = props.describe(county);
            return (
              <a
                key={county.number}
                href={`#${props.rowId(county.number)}`}
                aria-label={name}
                className="county-map__county"
                data-class={classOf(values[county.number] ?? 0, breaks)}
                data-emphasis={props.emphasis?.includes(county.number) || undefined}
                data-county={county.number}
                onFocus={() => setActive(county)}
                onMouseEnter={() => setActive(county)}
                onBlur={() => setActive(undefined)}
              >
                <title>{name}</title>
                <path d={path} />
              </a>
            );
          })}
          {active && drawn.counties.some(({ county }) => county.number === active.number) && (
            // The chosen county's outline on top of its neighbours (SVG has no z-index).
            <path
              d={drawn.counties.find(({ county }) => county.number === active.number)!.path}
              className="county-map__outline"
              aria-hidden="true"
            />
          )}
        </svg>
      ) : (
        <div className="county-map__placeholder" />
      )}
      <p className="county-map__active" aria-hidden="true">
        {active ? props.describe(active) : props.hint}
      </p>
      <div className="county-map__legend">
        <p className="county-map__legend-title">{props.legendTitle}</p>
        <ul>
          <li>
            <span className="county-map__swatch" data-class="0" aria-hidden="true" />
            {props.noneLabel}
          </li>
          {breaks.map((upper, index) => (
            <li key={upper}>
              <span className="county-map__swatch" data-class={index + 1} aria-hidden="true" />
              {props.rangeLabel(props.formatValue(upper))}
            </li>
          ))}
        </ul>
      </div>
      <figcaption className="county-map__attribution">{props.attribution}</figcaption>
    </figure>
  );
}
