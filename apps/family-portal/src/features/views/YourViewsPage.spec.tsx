import { viewTopics, type ViewSubmission } from '@childfirst/domain/portal';
import { screen, waitFor, within } from '@testing-library/react';
import type { FamilyView, FamilyViewList } from '../../api/familyApi';
import { fakeFamilyApi } from '../../testing/fakes';
import { linkedParent } from '../../testing/portalData';
import { renderPage, uuid } from '../../testing/renderPage';
import { YourViewsPage } from './YourViewsPage';

const given: FamilyView = {
  id: uuid(80),
  speaker: 'child',
  aboutName: 'Jamie Adams',
  topic: 'plan',
  topicLabel: 'A plan (for example an EHC plan or child in need plan)',
  text: 'I want to stay in my class with my friends.',
  recordedAt: '2025-05-02T15:30:00Z',
  recordedBy: 'Amy Adams',
};
const list: FamilyViewList = { items: [given], children: [{ personId: uuid(90), name: 'Jamie Adams' }, { personId: uuid(91), name: 'Lily Adams' }] };

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
}

function renderViews(overrides: Parameters<typeof fakeFamilyApi>[0] = {}, me = linkedParent) {
  const addView = jest.fn<Promise<FamilyView>, [ViewSubmission]>(async (view) => ({ ...given, id: uuid(81), speaker: view.speaker, text: view.text }));
  const api = fakeFamilyApi({ getMe: async () => me, listViews: async () => list, addView, ...overrides });
  return { addView, ...renderPage(<YourViewsPage />, api) };
}

describe('Your views', () => {
  it('lists the views given', async () => {
    renderViews();
    const card = (await screen.findByRole('heading', { level: 3, name: given.topicLabel })).closest('.govuk-summary-card') as HTMLElement;
    expect(card.textContent).toContain('A child or young person: Jamie Adams');
    expect(card.textContent).toContain('I want to stay in my class with my friends.');
    expect(card.textContent).toContain('2 May 2025 at 4:30pm by Amy Adams');
  });

  it('asks whose views, which child (from the family’s children), what about, and the views, with a character count', async () => {
    renderViews();
    await screen.findByRole('heading', { level: 1, name: 'Your views' });
    expect(screen.getByRole('group', { name: 'Whose views are these?' })).toBeTruthy();
    const child = screen.getByRole('group', { name: 'Which child are these views about? (optional)' });
    expect(within(child).getAllByRole('radio').map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent)).toEqual(['Jamie Adams', 'Lily Adams', 'The whole family']);
    const topics = screen.getByRole('group', { name: 'What are the views about?' });
    expect(within(topics).getAllByRole('radio').map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent)).toEqual(Object.values(viewTopics).map((topic) => topic.label));
    expect(document.getElementById('text-info')?.textContent).toBe('You can enter up to 5,000 characters');
  });

  it('checks the answers with the shared schema’s messages', async () => {
    const { addView, user } = renderViews();
    await user.click(await screen.findByRole('button', { name: 'Send your views' }));
    expect(summaryLinks()).toEqual([
      ['Say whose views these are', '#speaker'],
      ['Select what your views are about', '#topic'],
      ['Tell us your views in at least 10 characters', '#text'],
    ]);
    expect(addView).not.toHaveBeenCalled();
  });

  it('sends the views about the child chosen and adds them to the list', async () => {
    const sent: FamilyView = { ...given, id: uuid(81), aboutName: 'Lily Adams', text: 'Lily would like the meeting after school.' };
    const listViews = jest.fn<Promise<FamilyViewList>, []>().mockResolvedValueOnce(list).mockResolvedValue({ ...list, items: [sent, given] });
    const { addView, user } = renderViews({ listViews });
    await user.click(await screen.findByLabelText('A child’s or young person’s'));
    await user.click(screen.getByLabelText('Lily Adams'));
    await user.click(screen.getByLabelText('A review or meeting'));
    await user.type(screen.getByLabelText('Your views'), 'Lily would like the meeting after school.');
    await user.click(screen.getByRole('button', { name: 'Send your views' }));
    expect(await screen.findByText('Your views have been sent to your key worker')).toBeTruthy();
    expect(addView).toHaveBeenCalledWith({ speaker: 'child', aboutPersonId: uuid(91), topic: 'review', text: 'Lily would like the meeting after school.' });
    await waitFor(() => expect(screen.getAllByText('Lily would like the meeting after school.')).toHaveLength(1));
  });

  it('leaves the child out for views about the whole family', async () => {
    const { addView, user } = renderViews();
    await user.click(await screen.findByLabelText('Mine, as a parent or carer'));
    await user.click(screen.getByLabelText('The whole family'));
    await user.click(screen.getByLabelText('Anything else'));
    await user.type(screen.getByLabelText('Your views'), 'The support has helped us a lot.');
    await user.click(screen.getByRole('button', { name: 'Send your views' }));
    await screen.findByText('Your views have been sent to your key worker');
    expect(addView).toHaveBeenCalledWith({ speaker: 'parent', topic: 'general', text: 'The support has helped us a lot.' });
  });

  it('asks a young person only for their own views', async () => {
    const { addView, user } = renderViews({}, { ...linkedParent, accountKind: 'young-person' });
    await screen.findByRole('heading', { level: 1, name: 'Your views' });
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Whose views are these?' })).toBeNull());
    expect(screen.queryByRole('group', { name: /Which child/ })).toBeNull();
    await user.click(screen.getByLabelText('An assessment'));
    await user.type(screen.getByLabelText('What do you think?'), 'I would like to be asked before meetings.');
    await user.click(screen.getByRole('button', { name: 'Send your views' }));
    await screen.findByText('Your views have been sent to your key worker');
    expect(addView).toHaveBeenCalledWith({ speaker: 'child', topic: 'assessment', text: 'I would like to be asked before meetings.' });
  });
});
