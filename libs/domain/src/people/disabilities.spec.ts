import { disabilitiesSchema, disabilities, disabilityCodes } from './disabilities';

describe('disabilities', () => {
  it('holds the CIN census disability codes', () => {
    expect(disabilityCodes).toEqual(['NONE', 'MOB', 'HAND', 'PC', 'INC', 'COMM', 'LD', 'HEAR', 'VIS', 'BEH', 'CON', 'AUT', 'DDA']);
    expect(disabilities.AUT.label).toBe('Autism or Asperger syndrome');
  });

  it('accepts none recorded, no disability, or several impairments', () => {
    expect(disabilitiesSchema.parse([])).toEqual([]);
    expect(disabilitiesSchema.parse(['NONE'])).toEqual(['NONE']);
    expect(disabilitiesSchema.parse(['AUT', 'COMM'])).toEqual(['AUT', 'COMM']);
  });

  it('refuses "no disability" alongside an impairment', () => {
    expect(disabilitiesSchema.safeParse(['NONE', 'HEAR']).error?.issues.map((i) => i.message)).toEqual([
      'Select “no disability” or the disabilities the person has, not both',
    ]);
  });

  it('refuses the same disability twice and unknown codes', () => {
    expect(disabilitiesSchema.safeParse(['VIS', 'VIS']).error?.issues.map((i) => i.message)).toEqual([
      'Select each disability only once',
    ]);
    expect(disabilitiesSchema.safeParse(['ADHD']).error?.issues[0]?.message).toBe('Select a disability from the list');
  });
});
