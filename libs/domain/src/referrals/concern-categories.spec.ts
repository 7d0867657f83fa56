import {
  cinFactorCodes,
  cinFactorsOf,
  concernCategories,
  concernCategoriesInGroup,
  concernCategoryCodes,
  concernCategorySchema,
  concernGroupCodes,
} from './concern-categories';

describe('concern categories', () => {
  it('uses the CIN census assessment factor codes, in census order, then the local codes and Other', () => {
    expect(concernCategoryCodes).toEqual([
      '1A', '1B', '1C', '2A', '2B', '2C', '3A', '3B', '3C', '4A', '4B', '4C', '5A', '5B', '5C',
      '6A', '6B', '6C', '7A', '8B', '8C', '8D', '8E', '8F', '9A', '10A', '11A', '12A', '13A', '14A',
      '15A', '16A', '17A', '18B', '18C', '19B', '19C', '22A', '23A', '24A',
      'local-radicalisation', 'local-housing', 'local-attendance', 'local-missing-education', 'local-new-birth',
      '20',
    ]);
  });

  it('labels the named concerns', () => {
    expect(concernCategories['11A'].label).toBe('Child sexual exploitation');
    expect(concernCategories['24A'].label).toBe('Child criminal exploitation');
    expect(concernCategories['10A'].label).toBe('Going or being missing');
    expect(concernCategories['22A'].label).toBe('Female genital mutilation (FGM)');
    expect(concernCategories['16A'].label).toBe('Neglect');
    expect(concernCategories['1B'].label).toBe('Alcohol misuse: a parent or carer');
  });

  it('returns each census concern as its own factor and each local one as Other (20), never 21', () => {
    for (const code of concernCategoryCodes) {
      const { cinFactor } = concernCategories[code];
      expect([code, cinFactorCodes.includes(cinFactor)]).toEqual([code, true]);
      expect(cinFactor).not.toBe('21');
      if (code.startsWith('local-')) expect(cinFactor).toBe('20');
      else expect(cinFactor).toBe(code);
    }
  });

  it('puts every concern in a known group and every group has a concern', () => {
    for (const group of concernGroupCodes) expect([group, concernCategoriesInGroup(group).length > 0]).toEqual([group, true]);
    expect(concernCategoriesInGroup('exploitation')).toEqual(['10A', '11A', '12A', '13A', '24A', 'local-radicalisation']);
    expect(concernCategoriesInGroup('education')).toEqual(['local-attendance', 'local-missing-education']);
    expect(concernCategoriesInGroup('housing')).toEqual(['local-housing']);
    expect(concernCategoriesInGroup('other')).toEqual(['20']);
  });

  it('maps a referral’s concerns to census factors once each, in census order', () => {
    expect(cinFactorsOf(['24A', 'local-attendance', '1B', 'local-housing', '1B'])).toEqual(['1B', '20', '24A']);
    expect(cinFactorsOf([])).toEqual([]);
  });

  it('refuses a code it does not know, including 21 (no factors identified)', () => {
    expect(concernCategorySchema.safeParse('3A').success).toBe(true);
    expect(concernCategorySchema.safeParse('21').error?.issues[0]?.message).toBe('Select a concern from the list');
    expect(concernCategorySchema.safeParse('18A').error?.issues[0]?.message).toBe('Select a concern from the list');
  });
});
