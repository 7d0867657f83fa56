import { isValidPostcode, normalisePostcode, postcodeOutward, postcodeProblem, postcodeSchema, postcodeSector } from './postcode';

describe('postcode', () => {
  it('normalises to upper case with one space before the inward code', () => {
    expect(normalisePostcode('sg1 1aa')).toBe('SG1 1AA');
    expect(normalisePostcode(' sg11aa ')).toBe('SG1 1AA');
    expect(normalisePostcode('SW1A   1AA')).toBe('SW1A 1AA');
    expect(normalisePostcode('m11ae')).toBe('M1 1AE');
  });

  it('accepts every outward form and GIR 0AA', () => {
    for (const postcode of ['M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'W1A 0AX', 'EC1A 1BB', 'SG1 1AA', 'AL10 9AB', 'GIR 0AA', 'gir0aa']) {
      expect([postcode, postcodeProblem(postcode)]).toEqual([postcode, null]);
    }
  });

  it('refuses letters the Royal Mail never uses in that position', () => {
    expect(isValidPostcode('QA1 1AA')).toBe(false); // Q never first
    expect(isValidPostcode('SI1 1AA')).toBe(false); // I never second
    expect(isValidPostcode('W1L 1AA')).toBe(false); // L never third in A9A
    expect(isValidPostcode('EC1C 1AA')).toBe(false); // C never fourth in AA9A
    expect(isValidPostcode('SG1 1CA')).toBe(false); // C never in the inward code
    expect(isValidPostcode('SG1 1AV')).toBe(false); // nor V
  });

  it('refuses partial and foreign codes', () => {
    for (const input of ['SG1', 'SG1 1A', '1SG 1AA', 'BFPO 801', '90210', 'SG1 1AA X', '']) {
      expect([input, postcodeProblem(input)]).toEqual([input, 'not-a-postcode']);
    }
  });

  it('gives the outward code and sector for matching', () => {
    expect(postcodeOutward('sg1 1aa')).toBe('SG1');
    expect(postcodeSector('sg1 1aa')).toBe('SG1 1');
    expect(postcodeOutward('SW1A1AA')).toBe('SW1A');
    expect(postcodeSector('SW1A1AA')).toBe('SW1A 1');
    expect(postcodeSector('DN55 1PT')).toBe('DN55 1');
    expect(postcodeOutward('not a postcode')).toBeNull();
    expect(postcodeSector('SG1')).toBeNull();
  });

  describe('postcodeSchema', () => {
    it('outputs the normalised postcode', () => {
      expect(postcodeSchema.parse(' sg11aa ')).toBe('SG1 1AA');
    });
    it('explains what a postcode looks like', () => {
      expect(postcodeSchema.safeParse('SG1').error?.issues[0]?.message).toBe('Enter a full UK postcode, like SG1 1AA');
    });
  });
});
