import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorSummary } from './ErrorSummary';
import { Radios } from './Radios';
import { Textarea } from './Textarea';

function Form() {
  return (
    <>
      <ErrorSummary
        errorList={[
          { text: 'Enter the reason', href: '#reason' },
          { text: 'Select an outcome', href: '#outcome' },
          { text: 'Something without a field' },
        ]}
      />
      <Radios
        name="outcome"
        fieldset={{ legend: { text: 'Outcome' } }}
        errorMessage={{ text: 'Select an outcome' }}
        items={[
          { value: 'a', text: 'First' },
          { value: 'b', text: 'Second' },
        ]}
      />
      <Textarea name="reason" label={{ text: 'Reason' }} errorMessage={{ text: 'Enter the reason' }} />
    </>
  );
}

describe('ErrorSummary', () => {
  it('takes focus when it appears and is announced as an alert', () => {
    render(<Form />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('There is a problem');
    expect(document.activeElement).toBe(alert.parentElement);
    expect(alert.parentElement?.getAttribute('tabindex')).toBe('-1');
  });

  it('does not take focus when auto focus is disabled', () => {
    render(<ErrorSummary disableAutoFocus errorList={[{ text: 'x', href: '#x' }]} />);
    expect(document.activeElement).toBe(document.body);
  });

  it('links to the field (the first radio for a question with options) and focuses it', async () => {
    const user = userEvent.setup();
    render(<Form />);
    await user.click(screen.getByRole('link', { name: 'Select an outcome' }));
    expect(document.activeElement?.id).toBe('outcome');
    await user.click(screen.getByRole('link', { name: 'Enter the reason' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Reason'));
  });

  it('lists errors that have no field as text, not links', () => {
    render(<Form />);
    expect(screen.queryByRole('link', { name: 'Something without a field' })).toBeNull();
    expect(screen.getByText('Something without a field')).toBeTruthy();
  });

  it('puts the radios error in the fieldset description, after the hint', () => {
    render(<Radios name="contact" hint={{ text: 'Choose one' }} errorMessage={{ text: 'Select one' }} fieldset={{ legend: { text: 'Contact' } }} items={[{ value: 'x', text: 'X' }]} />);
    expect(screen.getByRole('group', { name: 'Contact' }).getAttribute('aria-describedby')).toBe('contact-hint contact-error');
  });
});
