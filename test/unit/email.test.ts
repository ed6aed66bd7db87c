import { describe, expect, it } from 'vitest';
import { mailboxHash, mailboxOf } from '../../shared/auth/email.ts';

describe('the mailbox an address delivers to (ADR 085)', () => {
  it('folds case, a +tag of the local part and surrounding space', () => {
    for (const spelling of ['ola@example.no', 'Ola@Example.NO', ' ola+1@example.no ', 'OLA+a+b@example.no']) {
      expect(mailboxOf(spelling)).toBe('ola@example.no');
      expect(mailboxHash(spelling)).toBe(mailboxHash('ola@example.no'));
    }
  });

  it('keeps other addresses apart, and an address that is all tag as it is', () => {
    expect(mailboxOf('ola.nordmann@example.no')).toBe('ola.nordmann@example.no');
    expect(mailboxHash('kari@example.no')).not.toBe(mailboxHash('ola@example.no'));
    expect(mailboxOf('+tag@example.no')).toBe('+tag@example.no');
  });
});
