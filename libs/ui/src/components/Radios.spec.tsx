import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Radios } from './Radios';

function ContactQuestion() {
  const [value, setValue] = useState<'phone' | 'email' | ''>('');
  return (
    <Radios<'phone' | 'email'>
      name="contact"
      fieldset={{ legend: { text: 'How should we contact you?' } }}
      value={value}
      onChange={setValue}
      items={[
        { value: 'phone', text: 'Phone', conditional: { html: <label htmlFor="phoneNumber">Phone number<input id="phoneNumber" /></label> } },
        { value: 'email', text: 'Email', hint: { text: 'The address you sign in with' } },
      ]}
    />
  );
}

describe('Radios', () => {
  it('gives the first radio the bare id and numbers the rest, as GOV.UK does', () => {
    render(<ContactQuestion />);
    expect(screen.getByLabelText('Phone').id).toBe('contact');
    expect(screen.getByLabelText('Email').id).toBe('contact-2');
    expect(screen.getByLabelText('Email').getAttribute('aria-describedby')).toBe('contact-2-item-hint');
  });

  it('reveals the conditional question only while its option is selected', async () => {
    const user = userEvent.setup();
    render(<ContactQuestion />);
    const conditional = document.getElementById('conditional-contact');
    expect(conditional?.className).toContain('govuk-radios__conditional--hidden');
    expect(screen.getByLabelText('Phone').getAttribute('aria-controls')).toBe('conditional-contact');

    await user.click(screen.getByLabelText('Phone'));
    expect(conditional?.className).not.toContain('govuk-radios__conditional--hidden');
    expect(screen.getByLabelText('Phone').hasAttribute('aria-expanded')).toBe(false);

    await user.click(screen.getByLabelText('Email'));
    expect(conditional?.className).toContain('govuk-radios__conditional--hidden');
  });
});
