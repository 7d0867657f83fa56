import { normaliseName, searchNameOf } from './search-name';

describe('search names', () => {
  it('folds case, accents and punctuation', () => {
    expect(normaliseName("  Zoë  O'Brien-Smith ")).toBe('zoe o brien smith');
  });
  it('keeps letters that have no accent to strip (Kozłowski, Søren, Strauß)', () => {
    expect(normaliseName('Kozłowski')).toBe('kozlowski');
    expect(normaliseName('Søren Strauß')).toBe('soren strauss');
  });
  it('includes middle names and aliases', () => {
    expect(searchNameOf({ givenName: 'Amelia', middleNames: 'Rose', familyName: 'Khan' }, [{ familyName: 'Jones' }])).toBe('amelia rose khan amelia jones');
  });
});
