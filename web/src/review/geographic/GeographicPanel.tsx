import type { ReviewDetail } from '../types.ts';
export function GeographicPanel(_: { detail: ReviewDetail; onSaved(): Promise<void> }) {
  return null;
}
