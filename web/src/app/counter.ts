import { useCallback } from 'react';
import { useI18n } from './i18n.tsx';

/**
 * Designsystemet's character counter in the reader's language: given only a number it falls
 * back to its built-in bokmål ("%d tegn igjen"). `counter(limit)` gives the field its limit
 * with the frame's words for what is left and what is too much.
 */
export function useCounter() {
  const { t } = useI18n();
  return useCallback((limit: number) => ({ limit, under: t('counter.under'), over: t('counter.over') }), [t]);
}
