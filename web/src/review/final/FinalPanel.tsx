import type { ReviewDetail } from '../types.ts';
export function FinalPanel(_: { detail: ReviewDetail }) {
  return null;
}
