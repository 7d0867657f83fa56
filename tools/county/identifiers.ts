// National identifiers for synthetic people: NHS numbers (ten digits, modulus 11 check digit) and
// Unique Pupil Numbers (check letter, LA code, establishment, year, serial), valid by the domain's
// own rules and unique within the county.
import { nhsNumberCheckDigit, upnCheckLetter } from '@childfirst/domain/people';
import { hashString } from './random';

/** Hertfordshire's DfE local authority number: the first three digits of its pupils' UPNs. */
export const LA_CODE = '919';

/**
 * Issues distinct NHS numbers from England's range 400 000 000–499 999 999 by walking the range
 * in a seed-dependent order (an affine bijection modulo 10^8), skipping the tenth of numbers whose
 * check digit would be 10 and which the NHS therefore never issues.
 */
export class NhsNumberAllocator {
  private static readonly RANGE = 100_000_000;
  // Odd and not a multiple of 5, so coprime with 10^8: i → (i·STEP + offset) mod 10^8 is a bijection.
  private static readonly STEP = 73_939_133;
  private next = 0;
  private readonly offset: number;

  constructor(seed: number) {
    this.offset = hashString(`nhs:${seed}`) % NhsNumberAllocator.RANGE;
  }

  allocate(): string {
    for (;;) {
      if (this.next >= NhsNumberAllocator.RANGE) throw new RangeError('NHS number range exhausted');
      // next·STEP < 10^8 · 7.4·10^7 < 2^53: exact in a double.
      const n = (((this.next * NhsNumberAllocator.STEP) % NhsNumberAllocator.RANGE) + this.offset) % NhsNumberAllocator.RANGE;
      this.next++;
      const first9 = String(400_000_000 + n);
      const check = nhsNumberCheckDigit(first9);
      if (check !== null) return first9 + String(check);
    }
  }
}

/**
 * Issues UPNs as a school would on a child's first admission: the LA code, the school's DfE
 * establishment number, the year of allocation and a serial within that school and year.
 */
export class UpnAllocator {
  private readonly serials = new Map<string, number>();

  allocate(establishmentNumber: string, allocationYear: number, temporary = false): string {
    const year = String(allocationYear % 100).padStart(2, '0');
    const key = `${establishmentNumber}:${year}:${temporary ? 't' : 'p'}`;
    const serial = (this.serials.get(key) ?? 0) + 1;
    this.serials.set(key, serial);
    // A temporary UPN ends in a letter instead of the last serial digit.
    const rest = temporary
      ? `${LA_CODE}${establishmentNumber}${year}${String(serial % 100).padStart(2, '0')}${'ABCDEFGHJKLMNPQRTUVWXYZ'.charAt(Math.floor(serial / 100) % 23)}`
      : `${LA_CODE}${establishmentNumber}${year}${String(serial).padStart(3, '0')}`;
    if (!temporary && serial > 999) throw new RangeError(`more than 999 UPNs for establishment ${establishmentNumber} in 20${year}`);
    return upnCheckLetter(rest) + rest;
  }
}
