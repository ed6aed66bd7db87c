import type { ReactNode } from 'react';

/**
 * A wide table's horizontal scroll: a region named by the table's caption or heading, focusable
 * so that a keyboard user can scroll it (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function ScrollTable({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
