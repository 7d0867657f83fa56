import { clockStates } from '@childfirst/domain/referrals';
import { render, screen } from '@testing-library/react';
import { ClockTag, clockStateTags } from './ClockTag';

describe('ClockTag', () => {
  it.each([
    ['on-time', 'On time', 'govuk-tag'],
    ['at-risk', 'At risk', 'govuk-tag govuk-tag--yellow'],
    ['overdue', 'Overdue', 'govuk-tag govuk-tag--red'],
    ['met', 'Decided on time', 'govuk-tag govuk-tag--green'],
    ['met-late', 'Decided late', 'govuk-tag govuk-tag--orange'],
    ['paused', 'Paused', 'govuk-tag govuk-tag--grey'],
  ] as const)('shows %s as "%s" (%s)', (clockState, text, className) => {
    render(<ClockTag clockState={clockState} />);
    const tag = screen.getByText(text);
    expect(tag.tagName).toBe('STRONG');
    expect(tag.className).toBe(className);
  });

  it('has distinct words for every clock state the API can send', () => {
    const words = clockStates.map((state) => clockStateTags[state].text);
    expect(new Set(words).size).toBe(clockStates.length);
  });
});
