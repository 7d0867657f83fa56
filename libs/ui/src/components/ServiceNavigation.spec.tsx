import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ServiceNavigation } from './ServiceNavigation';

function mockViewport(wide: boolean) {
  window.matchMedia = ((query: string) => ({
    matches: wide,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  })) as unknown as typeof window.matchMedia;
}

const navigation = [
  { href: '#requests', text: 'Your requests', current: true },
  { href: '#ask', text: 'Ask for help' },
];

describe('ServiceNavigation', () => {
  it('marks the current page and names the service area as a landmark', () => {
    mockViewport(true);
    render(<ServiceNavigation serviceName="Childfirst" serviceUrl="/" navigation={navigation} />);
    expect(screen.getByRole('region', { name: 'Service information' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Your requests' }).getAttribute('aria-current')).toBe('page');
    expect(screen.queryByRole('button', { name: 'Menu' })).toBeNull();
  });

  it('collapses behind a Menu button on narrow screens, and closes again when a link is followed', async () => {
    mockViewport(false);
    const user = userEvent.setup();
    render(<ServiceNavigation serviceName="Childfirst" navigation={navigation} />);
    const menu = screen.getByRole('button', { name: 'Menu' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('link', { name: 'Ask for help' })).toBeNull();

    await user.click(menu);
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    await user.click(screen.getByRole('link', { name: 'Ask for help' }));
    expect(menu.getAttribute('aria-expanded')).toBe('false');
  });
});
