import { render, screen } from '@testing-library/react';
import { NotificationBanner } from './NotificationBanner';

describe('NotificationBanner', () => {
  it('announces and focuses a success banner', () => {
    render(<NotificationBanner type="success" text="Decision recorded" />);
    const banner = screen.getByRole('alert', { name: 'Success' });
    expect(banner.className).toContain('govuk-notification-banner--success');
    expect(document.activeElement).toBe(banner);
  });

  it('makes an ordinary banner a labelled region that does not steal focus', () => {
    render(<NotificationBanner titleText="Important" text="The service will be down tonight" />);
    const region = screen.getByRole('region', { name: 'Important' });
    expect(document.activeElement).not.toBe(region);
  });
});
