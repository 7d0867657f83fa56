import { render, screen } from '@testing-library/react';
import { act, useState } from 'react';
import { PageHeading } from './PageHeading';
import { useRouteFocus } from './useRouteFocus';

function App() {
  const [page, setPage] = useState<'one' | 'two-loading' | 'two'>('one');
  useRouteFocus(page === 'one' ? 'one' : 'two');
  return (
    <>
      <button onClick={() => setPage('two-loading')}>Go</button>
      <button onClick={() => setPage('two')}>Loaded</button>
      <main>{page === 'one' ? <PageHeading>Page one</PageHeading> : page === 'two' ? <PageHeading>Page two</PageHeading> : <p>Loading</p>}</main>
    </>
  );
}

describe('focus after navigation', () => {
  it('leaves focus alone on the first page load', () => {
    render(<App />);
    expect(document.activeElement).toBe(document.body);
  });

  it('moves focus to the new page’s h1, even if the h1 appears only once its data has loaded', () => {
    render(<App />);
    act(() => screen.getByRole('button', { name: 'Go' }).click());
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    act(() => screen.getByRole('button', { name: 'Loaded' }).click());
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Page two' }));
  });
});
