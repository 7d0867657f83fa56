import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Checkboxes } from './Checkboxes';
import { DateInput } from './DateInput';
import { SummaryList } from './SummaryList';

describe('DateInput', () => {
  it('names each part, groups them under the legend with hint and error, and highlights only the parts in error', () => {
    render(
      <DateInput
        id="dateOfBirth"
        fieldset={{ legend: { text: 'Date of birth' } }}
        hint={{ text: 'For example, 27 3 2012' }}
        errorMessage={{ text: 'Date of birth must include a month' }}
        items={[{ name: 'day', value: '4' }, { name: 'month', value: '', error: true }, { name: 'year', value: '2015' }]}
      />,
    );
    const group = screen.getByRole('group', { name: 'Date of birth' });
    expect(group.getAttribute('aria-describedby')).toBe('dateOfBirth-hint dateOfBirth-error');
    expect(screen.getByLabelText('Month').id).toBe('dateOfBirth-month');
    expect(screen.getByLabelText('Month').className).toContain('govuk-input--error');
    expect(screen.getByLabelText('Day').className).not.toContain('govuk-input--error');
    expect(screen.getByLabelText('Year').className).toContain('govuk-input--width-4');
    expect(screen.getByLabelText('Day').getAttribute('inputmode')).toBe('numeric');
  });

  it('highlights every part when the error is about the whole date', () => {
    render(<DateInput id="d" errorMessage={{ text: 'Enter the date' }} values={{ day: '', month: '', year: '' }} />);
    for (const label of ['Day', 'Month', 'Year']) expect(screen.getByLabelText(label).className).toContain('govuk-input--error');
  });
});

describe('Checkboxes', () => {
  function Agencies() {
    const [values, setValues] = useState<string[]>(['health']);
    return (
      <Checkboxes
        name="agency"
        fieldset={{ legend: { text: 'Agency' } }}
        values={values}
        onChange={setValues}
        items={[
          { value: 'education', text: 'Education' },
          { value: 'health', text: 'Health' },
        ]}
      />
    );
  }

  it('reports every checked value in the order of the items', async () => {
    const user = userEvent.setup();
    render(<Agencies />);
    expect((screen.getByLabelText('Health') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByLabelText('Education').id).toBe('agency');
    expect(screen.getByLabelText('Health').id).toBe('agency-2');
    await user.click(screen.getByLabelText('Education'));
    expect((screen.getByLabelText('Education') as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByLabelText('Health'));
    expect((screen.getByLabelText('Health') as HTMLInputElement).checked).toBe(false);
  });
});

describe('SummaryList as a card', () => {
  it('titles the card and names which card an action is for', () => {
    render(<SummaryList card={{ title: { text: 'Key worker' }, actions: { items: [{ href: '/change', text: 'Change' }] } }} rows={[{ key: { text: 'Name' }, value: { text: 'Kim Okafor' } }]} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Key worker' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Change (Key worker)' }).getAttribute('href')).toBe('/change');
  });
});
