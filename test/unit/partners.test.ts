import { describe, expect, it } from 'vitest';
import {
  isValidOrganisationNumber,
  normaliseOrganisationNumber,
  PARTNER_TYPES,
  partnerTypeLabels,
} from '../../shared/domain/partners.ts';

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];
const remainderOf = (prefix: string) =>
  [...prefix].reduce((sum, digit, i) => sum + Number(digit) * WEIGHTS[i]!, 0) % 11;

describe('isValidOrganisationNumber', () => {
  it('accepts a number whose mod-11 check digit is right', () => {
    // Prepare
    const number = '974760673';

    // Act
    const valid = isValidOrganisationNumber(number);

    // Assess
    expect(valid).toBe(true);
  });

  it('refuses the same number with a wrong check digit', () => {
    // Prepare
    const number = '974760674';

    // Act
    const valid = isValidOrganisationNumber(number);

    // Assess
    expect(valid).toBe(false);
  });

  it('allows the spaces people type, as in 974 760 673', () => {
    // Prepare
    const typed = ['974 760 673', ' 974760673 ', '974 76 06 73'];

    // Act
    const results = typed.map(isValidOrganisationNumber);

    // Assess
    expect(results).toEqual([true, true, true]);
    expect(normaliseOrganisationNumber('974 760 673')).toBe('974760673');
  });

  it('refuses anything that is not nine digits', () => {
    // Prepare
    const inputs = ['', '97476067', '9747606730', '97476067a', '974-760-673', 'NO974760673MVA'];

    // Act
    const results = inputs.map(isValidOrganisationNumber);

    // Assess
    expect(results).toEqual(inputs.map(() => false));
  });

  it('accepts check digit 0 when the remainder is 0', () => {
    // Prepare: find an eight-digit prefix with remainder 0
    let prefix = 10000000;
    while (remainderOf(String(prefix)) !== 0) prefix++;

    // Act
    const valid = isValidOrganisationNumber(`${prefix}0`);

    // Assess
    expect(valid).toBe(true);
  });

  it('refuses every check digit when the remainder is 1 (no valid number exists)', () => {
    // Prepare: find an eight-digit prefix with remainder 1
    let prefix = 10000000;
    while (remainderOf(String(prefix)) !== 1) prefix++;

    // Act
    const results = [...'0123456789'].map((check) => isValidOrganisationNumber(`${prefix}${check}`));

    // Assess
    expect(results.every((valid) => !valid)).toBe(true);
  });
});

describe('partner types', () => {
  it('have a label in every language', () => {
    // Prepare
    const types = PARTNER_TYPES;

    // Act
    const labels = types.map((type) => partnerTypeLabels[type]);

    // Assess
    for (const label of labels) {
      expect(label.nb).not.toBe('');
      expect(label.nn).not.toBe('');
      expect(label.en).not.toBe('');
    }
  });
});
