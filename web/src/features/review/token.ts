/** The review link's token in a page address's fragment (`#token=eyJ…`), if any. No DOM here. */
export function tokenFromHash(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token')?.trim();
  return token || undefined;
}
