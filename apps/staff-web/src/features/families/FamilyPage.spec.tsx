import { screen, within } from '@testing-library/react';
import { keyWorker, renderStaffApp } from '../../testing/renderStaffApp';
import { adamsFamily, ids } from '../../testing/recordFixtures';

describe('Family page', () => {
  it('lists the household and draws its genogram from the API’s genogram data', async () => {
    renderStaffApp(`/families/${adamsFamily.id}`, { getStaffProfile: async () => keyWorker, getFamily: async () => adamsFamily });

    expect(await screen.findByRole('heading', { level: 1, name: 'Adams family' })).toBeTruthy();
    const members = screen.getByRole('table', { name: 'Members of the household (4)' });
    const [, jo] = within(members).getAllByRole('row');
    if (!jo) throw new Error('expected a member row');
    expect(within(jo).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Jo Adams', 'Parent', '1 May 1990', '35']);
    expect(within(members).getAllByRole('cell').map((cell) => cell.textContent)).toContain('Not known');

    const genogram = screen.getByRole('img', { name: /^Genogram of the Adams family: 4 people in 2 generations/ });
    expect(genogram.querySelectorAll('[data-shape="circle"]')).toHaveLength(1);
    expect(genogram.querySelectorAll('[data-shape="square"]')).toHaveLength(2);
    expect(genogram.querySelectorAll('[data-shape="diamond"]')).toHaveLength(1);
    expect(screen.getByText('Sam Adams, male, aged 10. Child of Jo Adams and Lee Adams.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the case workspace of the Adams family' }).getAttribute('href')).toBe(`/cases/${ids.case}`);
    expect(document.title).toBe('Family – Childfirst');
  });
});
