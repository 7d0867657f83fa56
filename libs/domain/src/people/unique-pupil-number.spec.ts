import { isTemporaryUpn, isValidUpn, normaliseUpn, upnAlphabet, upnCheckLetter, upnProblem, upnSchema } from './unique-pupil-number';

/*
 * Hand-computed examples. Characters 2–13 are multiplied by weights 2..13; letters count as their
 * place in ABCDEFGHJKLMNPQRTUVWXYZ (A=0 … M=11 … Z=22); the sum mod 23 picks the check letter.
 *
 * 801200005001 (python-stdnum's documented example, B801200005001):
 *   8×2 + 0×3 + 1×4 + 2×5 + 0×6 + 0×7 + 0×8 + 0×9 + 5×10 + 0×11 + 0×12 + 1×13 = 16+4+10+50+13 = 93
 *   93 mod 23 = 1 → B
 * 919123421001 (Hertfordshire, LA 919):
 *   9×2 + 1×3 + 9×4 + 1×5 + 2×6 + 3×7 + 4×8 + 2×9 + 1×10 + 0×11 + 0×12 = 155 for the first eleven
 *   155 + 1×13 = 168; 168 mod 23 = 7 → H
 * 919123421004: 155 + 4×13 = 207 = 9×23, remainder 0 → A
 * 91912342100Z (temporary): 155 + 22×13 = 441; 441 mod 23 = 4 → E
 * 91912342100M (temporary): 155 + 11×13 = 298; 298 mod 23 = 22 → Z
 * 80120000500A (temporary): 16+4+10+50 + 0×13 = 80; 80 mod 23 = 11 → M
 */
describe('unique pupil number', () => {
  it('computes check letters across the whole alphabet range', () => {
    expect(upnCheckLetter('801200005001')).toBe('B');
    expect(upnCheckLetter('919123421001')).toBe('H');
    expect(upnCheckLetter('919123421004')).toBe('A');
    expect(upnCheckLetter('91912342100Z')).toBe('E');
    expect(upnCheckLetter('91912342100M')).toBe('Z');
    expect(upnCheckLetter('80120000500A')).toBe('M');
  });

  it('uses an alphabet of 23 letters without I, O or S', () => {
    expect(upnAlphabet).toHaveLength(23);
    expect(upnAlphabet).not.toMatch(/[IOS]/);
  });

  it('accepts valid permanent and temporary numbers', () => {
    for (const upn of ['B801200005001', 'H919123421001', 'A919123421004', 'E91912342100Z', 'Z91912342100M', 'M80120000500A']) {
      expect(upnProblem(upn)).toBeNull();
    }
  });

  it('refuses a number whose check letter does not match', () => {
    expect(upnProblem('A801200005001')).toBe('wrong-check-letter');
    expect(upnProblem('H919123421002')).toBe('wrong-check-letter');
    // Adjacent digits swapped.
    expect(upnProblem('H919123412001')).toBe('wrong-check-letter');
  });

  it('refuses numbers of the wrong shape', () => {
    expect(upnProblem('H91912342100')).toBe('wrong-length');
    expect(upnProblem('H9191234210011')).toBe('wrong-length');
    expect(upnProblem('H9191234210A1')).toBe('wrong-format');
    expect(upnProblem('H91912342100I')).toBe('wrong-format');
    expect(upnProblem('5919123421001')).toBe('wrong-format');
    expect(upnProblem('I919123421001')).toBe('wrong-format');
  });

  it('accepts lower case and spaces as typed', () => {
    expect(normaliseUpn(' h919 1234 2100 1 ')).toBe('H919123421001');
    expect(isValidUpn('h919 1234 2100 1')).toBe(true);
  });

  it('tells temporary numbers from permanent ones', () => {
    expect(isTemporaryUpn('E91912342100Z')).toBe(true);
    expect(isTemporaryUpn('H919123421001')).toBe(false);
  });

  it('refuses to compute a check letter for malformed input', () => {
    expect(() => upnCheckLetter('91912342100')).toThrow(RangeError);
    expect(() => upnCheckLetter('91912342100S')).toThrow(RangeError);
    expect(() => upnCheckLetter('A19123421001')).toThrow(RangeError);
  });

  it('makes valid numbers for synthetic data', () => {
    const rest = '919250123045';
    expect(upnProblem(`${upnCheckLetter(rest)}${rest}`)).toBeNull();
  });

  describe('upnSchema', () => {
    it('outputs the normalised number', () => {
      expect(upnSchema.parse('h919 1234 2100 1')).toBe('H919123421001');
    });
    it('explains a mismatched check letter', () => {
      expect(upnSchema.safeParse('A801200005001').error?.issues[0]?.message).toBe(
        'Check the unique pupil number – the first letter does not match the rest of the number',
      );
    });
  });
});
