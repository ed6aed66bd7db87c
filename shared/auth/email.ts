import { createHash } from 'node:crypto';

/** E-mail addresses compare case-insensitively and without surrounding space. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** A stable, non-reversible key for an address, so keys and logs never hold the address. */
export const emailHash = (email: string) =>
  createHash('sha256').update(normaliseEmail(email)).digest('hex').slice(0, 32);

/**
 * The mailbox an address delivers to, as far as limits are concerned: case, surrounding space
 * and a `+tag` of the local part (`ola+1@x.no` and `Ola+2@X.no` reach the inbox of `ola@x.no`
 * at most mail providers) do not make another mailbox. Only for counting (ADR 085); mail goes
 * to the address as it was typed.
 */
export function mailboxOf(email: string): string {
  const address = normaliseEmail(email);
  const at = address.lastIndexOf('@');
  if (at < 1) return address;
  const local = address.slice(0, at).split('+')[0] || address.slice(0, at);
  return `${local}${address.slice(at)}`;
}

/** The hash of an address's mailbox (`mailboxOf`): the subject of its per-address limits. */
export const mailboxHash = (email: string) =>
  createHash('sha256').update(mailboxOf(email)).digest('hex').slice(0, 32);
