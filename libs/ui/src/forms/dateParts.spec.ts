import { datePartsOf, parseDateParts } from './dateParts';

const dateOfBirth = { label: 'Date of birth', notAfter: '2025-06-04', strictlyPast: true };

describe('parseDateParts', () => {
  it('reads a real date, with or without leading zeros', () => {
    expect(parseDateParts({ day: '4', month: '3', year: '2015' }, dateOfBirth)).toEqual({ date: '2015-03-04' });
    expect(parseDateParts({ day: ' 04', month: '03 ', year: '2015' }, dateOfBirth)).toEqual({ date: '2015-03-04' });
  });

  it('treats an empty optional date as no date, and an empty required one as an error', () => {
    expect(parseDateParts({ day: '', month: '', year: '' }, dateOfBirth)).toEqual({ date: null });
    expect(parseDateParts({ day: '', month: '', year: '' }, { ...dateOfBirth, required: true })).toEqual({
      error: 'Enter date of birth',
      parts: ['day', 'month', 'year'],
    });
  });

  it('says which parts are missing', () => {
    expect(parseDateParts({ day: '4', month: '', year: '2015' }, dateOfBirth)).toEqual({ error: 'Date of birth must include a month', parts: ['month'] });
    expect(parseDateParts({ day: '', month: '', year: '2015' }, dateOfBirth)).toEqual({ error: 'Date of birth must include a day and month', parts: ['day', 'month'] });
  });

  it('refuses dates that do not exist, and highlights the wrong part', () => {
    expect(parseDateParts({ day: '30', month: '2', year: '2015' }, dateOfBirth)).toEqual({ error: 'Date of birth must be a real date', parts: ['day'] });
    expect(parseDateParts({ day: '3', month: '13', year: '2015' }, dateOfBirth)).toEqual({ error: 'Date of birth must be a real date', parts: ['month'] });
    expect(parseDateParts({ day: 'x', month: '3', year: '2015' }, dateOfBirth)).toEqual({ error: 'Date of birth must be a real date', parts: ['day'] });
    expect(parseDateParts({ day: '3', month: '3', year: '15' }, dateOfBirth)).toEqual({ error: 'Year must include 4 numbers', parts: ['year'] });
  });

  it('refuses future dates: a birth must be in the past, an event today or before', () => {
    expect(parseDateParts({ day: '4', month: '6', year: '2025' }, dateOfBirth).error).toBe('Date of birth must be in the past');
    const happened = { label: 'The date it happened', notAfter: '2025-06-04' };
    expect(parseDateParts({ day: '4', month: '6', year: '2025' }, happened)).toEqual({ date: '2025-06-04' });
    expect(parseDateParts({ day: '5', month: '6', year: '2025' }, happened).error).toBe('The date it happened must be today or in the past');
  });

  it('fills a date input from a date', () => {
    expect(datePartsOf('2015-03-04')).toEqual({ day: '4', month: '3', year: '2015' });
  });
});
