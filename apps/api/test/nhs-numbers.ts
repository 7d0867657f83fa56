import { randomInt } from 'node:crypto';
import { nhsNumberCheckDigit } from '@childfirst/domain/people';

/** A valid NHS number (mod 11 check digit), random so each run's records are its own. */
export function freshNhsNumber(): string {
  for (;;) {
    const first9 = String(randomInt(100_000_000, 999_999_999));
    const check = nhsNumberCheckDigit(first9);
    if (check !== null) return `${first9}${check}`;
  }
}
