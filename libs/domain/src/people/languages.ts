import { z } from 'zod';

/**
 * First language, as DfE language codes (the Common Basic Data Set list used by the school census:
 * three letters for a language, a fourth for a variety). This is the small set a county most often
 * needs; extend it by adding rows with their DfE codes, and every return still carries our value
 * unchanged. OTH, NOT and REF are the DfE's own "other", "not obtained" and "refused" codes.
 */
export const languages = {
  ENG: { label: 'English' },
  BSL: { label: 'British Sign Language' },
  POL: { label: 'Polish' },
  URD: { label: 'Urdu' },
  BNG: { label: 'Bengali' },
  PNJ: { label: 'Panjabi' },
  ARA: { label: 'Arabic' },
  SOM: { label: 'Somali' },
  RMN: { label: 'Romanian' },
  RME: { label: 'Romany (English Romanes)' },
  TUR: { label: 'Turkish' },
  FRN: { label: 'French' },
  POR: { label: 'Portuguese' },
  SPA: { label: 'Spanish' },
  GUJ: { label: 'Gujarati' },
  TAM: { label: 'Tamil' },
  CHI: { label: 'Chinese' },
  OTH: { label: 'Another language (not in this list)' },
  NOT: { label: 'Not known (information not obtained)' },
  REF: { label: 'Refused (the person chose not to say)' },
} as const satisfies Record<string, { label: string }>;
export type Language = keyof typeof languages;
export const languageCodes = Object.keys(languages) as [Language, ...Language[]];

export const languageSchema = z.enum(languageCodes, { error: 'Select a first language from the list, or “another language”' });
