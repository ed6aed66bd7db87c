import type { ReactNode } from 'react';

/**
 * A wide table's horizontal scroll: a region named by the table's heading or caption, focusable
 * so that a keyboard user can scroll it (WCAG 2.1.1; axe's scrollable-region-focusable), with the
 * focus outline of `styles.css`. Every feature's wide table scrolls in this one.
 * A `caption` is shown above the scroll, not inside the table: a table's own caption is as wide
 * as the table and would scroll out of view with it on a phone. The table names itself with
 * `aria-labelledby={labelledBy}` then. Without `caption`, `labelledBy` names a heading or the
 * table's own caption — a visually hidden one too, as in the conflict dialog, whose three columns
 * scroll inside the dialog on a phone (ADR 129).
 */
export function ScrollTable({
  labelledBy,
  caption,
  children,
}: {
  labelledBy: string;
  caption?: ReactNode;
  children: ReactNode;
}) {
  const region = (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
  if (!caption) return region;
  return (
    <div className="table-block">
      <p id={labelledBy} className="table-caption">
        {caption}
      </p>
      {region}
    </div>
  );
}
