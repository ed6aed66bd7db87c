import { createHash } from 'node:crypto';

/** E-mail addresses compare case-insensitively and without surrounding space. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** A stable, non-reversible key for an address, so keys and logs never hold the address. */
export const emailHash = (email: string) =>
  createHash('sha256').update(normaliseEmail(email)).digest('hex').slice(0, 32);
