import { ethnicities, ethnicityCodes, ethnicitySchema } from './ethnicities';
import { genderIdentitySchema } from './gender-identities';
import { languageCodes, languageSchema, languages } from './languages';
import { religionSchema } from './religions';
import { sexCodes, sexSchema, sexes } from './sexes';

describe('person code lists', () => {
  it('holds the CIN census sex codes', () => {
    expect(sexCodes).toEqual(['M', 'F', 'U']);
    expect(sexes.U.label).toBe('Not known or indeterminate');
    expect(sexSchema.safeParse('X').error?.issues[0]?.message).toBe('Select the person’s sex, or “not known”');
  });

  it('holds the 20 DfE ethnicity codes, each in a major group', () => {
    expect(ethnicityCodes).toEqual([
      'WBRI', 'WIRI', 'WIRT', 'WOTH', 'WROM', 'MWBC', 'MWBA', 'MWAS', 'MOTH', 'AIND',
      'APKN', 'ABAN', 'AOTH', 'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT',
    ]);
    expect(ethnicities.WROM.group).toBe('white');
    expect(ethnicities.MWBC.group).toBe('mixed');
    expect(ethnicities.NOBT.label).toBe('Information not yet obtained');
  });

  it('refuses an ethnicity that is not a DfE code', () => {
    expect(ethnicitySchema.safeParse('WHITE').error?.issues[0]?.message).toBe(
      'Select an ethnicity from the list, or “information not yet obtained”',
    );
    expect(ethnicitySchema.safeParse('wbri').success).toBe(false);
  });

  it('holds DfE first-language codes, including not known and refused', () => {
    expect(languageSchema.parse('PNJ')).toBe('PNJ');
    expect(languages.BSL.label).toBe('British Sign Language');
    expect(languages.NOT.label).toBe('Not known (information not obtained)');
    expect(languageCodes).toContain('RMN');
    // ROM is not a DfE code (Romanian is RMN, Romany RME).
    expect(languageSchema.safeParse('ROM').success).toBe(false);
  });

  it('offers gender identity and religion options with readable messages', () => {
    expect(genderIdentitySchema.parse('prefer-not-to-say')).toBe('prefer-not-to-say');
    expect(genderIdentitySchema.safeParse('M').error?.issues[0]?.message).toBe('Select an option for gender identity');
    expect(religionSchema.parse('no-religion')).toBe('no-religion');
    expect(religionSchema.safeParse('Christian').success).toBe(false);
  });
});
