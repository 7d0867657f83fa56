import { ApiError } from '@childfirst/ui';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseWorkspace } from '../../api/casesTypes';
import type { StaffReading } from '../../api/familySubmissionsTypes';
import { adamsDocuments, adamsViews, schoolThreadSummary, submissionIds } from '../../testing/portalFixtures';
import { adamsCase, adamsChronology, noPermissions } from '../../testing/recordFixtures';
import { keyWorker, renderStaffApp } from '../../testing/renderStaffApp';

const casePath = `/cases/${adamsCase.id}`;
const readOnlyCase: CaseWorkspace = { ...adamsCase, permissions: noPermissions };
const kimReads: StaffReading = { readAt: '2025-06-04T08:00:00Z', readBy: 'Kim Okafor' };

function renderCase(overrides: Parameters<typeof renderStaffApp>[1] = {}, workspace: CaseWorkspace = adamsCase) {
  const view = renderStaffApp(casePath, {
    getStaffProfile: async () => keyWorker,
    getCase: async () => workspace,
    getChronology: async () => adamsChronology,
    listCaseNotes: async () => [],
    listFamilyDocuments: async () => adamsDocuments,
    listFamilyViews: async () => adamsViews,
    ...overrides,
  });
  return { ...view, user: userEvent.setup() };
}

async function section() {
  return (await screen.findByRole('heading', { level: 2, name: 'From the family' })).closest('section') as HTMLElement;
}

function cells(row: HTMLElement) {
  return within(row).getAllByRole('cell').map((cell) => cell.textContent);
}

describe('From the family, on the case', () => {
  it('lists the documents newest first: what, the file, who sent it and when, and who read it; new ones tagged', async () => {
    renderCase();
    const table = await within(await section()).findByRole('table', { name: 'Documents (2)' });
    const [, newest, older] = within(table).getAllByRole('row') as HTMLElement[];
    expect(cells(newest as HTMLElement)).toEqual([
      'Letter from the GP NewDownload gp-letter.pngPNG image, 860 bytes',
      'Jo Adams, parent or carer, 3 June 2025 at 3pm',
      'Not read yet',
    ]);
    expect(within(newest as HTMLElement).getByText('New').className).toContain('govuk-tag--blue');
    expect(cells(older as HTMLElement)).toEqual(['School reportDownload report.pdfPDF, 51 KB', 'Jo Adams, parent or carer, 1 June 2025 at 11am', 'Read by Kim Okafor on 2 June 2025 at 9:30am']);
    expect(within(older as HTMLElement).queryByText('New')).toBeNull();
  });

  it('shows the views newest first, with whose they are, about whom, on what and who sent them; the words behind “Show what they said”', async () => {
    renderCase();
    const here = await section();
    expect(await within(here).findByRole('heading', { level: 3, name: 'Views (2)' })).toBeTruthy();
    const titles = within(here).getAllByRole('heading', { level: 4 });
    expect(titles.map((title) => title.textContent)).toEqual(['Views of a child or young person New', 'Views of a parent or carer']);
    const newest = titles[0]?.closest('.govuk-summary-card') as HTMLElement;
    expect(newest.textContent).toContain('AboutSam Adams');
    expect(newest.textContent).toContain('TopicA plan (for example an EHC plan or child in need plan)');
    expect(newest.textContent).toContain('Sent byJo Adams (Joanne Adams), parent or carer, 3 June 2025 at 4:30pm');
    expect(newest.textContent).toContain('ReadNot read yet');
    expect(within(newest).getByText(/Show what they said/).closest('details')?.open).toBe(false);
    const older = titles[1]?.closest('.govuk-summary-card') as HTMLElement;
    expect(older.textContent).toContain('AboutNo child named');
    expect(older.textContent).toContain('ReadRead by Hana Visser on 29 May 2025 at 10am');
  });

  it('counts what nobody has read, in the section and at the top of the case with links to where it is', async () => {
    renderCase({ listCaseThreads: async () => [schoolThreadSummary] });
    const here = await section();
    expect(await within(here).findByText('1 new document and 1 new view.')).toBeTruthy();
    const notice = (await screen.findByRole('heading', { level: 2, name: 'New from the family' })).parentElement as HTMLElement;
    expect(notice.className).toContain('govuk-inset-text');
    expect(within(notice).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['2 new messages', '#messages-heading'],
      ['1 new document and 1 new view', '#from-the-family-heading'],
    ]);
  });

  it('says when the family has shared nothing yet, with no notice at the top', async () => {
    renderCase({ listFamilyDocuments: async () => ({ items: [], unread: 0 }), listFamilyViews: async () => ({ items: [], unread: 0 }) });
    expect(await within(await section()).findByText('The family has not shared any documents or views yet.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'New from the family' })).toBeNull();
    expect(screen.queryByRole('table', { name: /Documents/ })).toBeNull();
  });

  it('says when they could not be loaded, and tries again', async () => {
    const listFamilyDocuments = jest.fn().mockRejectedValueOnce(new ApiError({ status: 503, title: 'Sorry, there is a problem with the service. Try again later' })).mockResolvedValueOnce(adamsDocuments);
    const { user } = renderCase({ listFamilyDocuments });
    const here = await section();
    await user.click(await within(here).findByRole('button', { name: 'Try again' }));
    expect(await within(here).findByRole('table', { name: 'Documents (2)' })).toBeTruthy();
  });

  describe('opening one marks it read', () => {
    let clicked: string[];
    beforeEach(() => {
      Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:http://staff.test/file'), revokeObjectURL: jest.fn() });
      clicked = [];
      jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        clicked.push(this.download);
      });
    });
    afterEach(() => jest.restoreAllMocks());

    it('downloading a new document marks it read, and shows who read it', async () => {
      const downloadAttachment = jest.fn(async () => ({ blob: new Blob(['png']), fileName: null }));
      const markFamilyDocumentRead = jest.fn(async () => kimReads);
      const listCaseload = jest.fn(async () => []);
      const { user } = renderCase({ downloadAttachment, markFamilyDocumentRead, listCaseload });
      const table = await within(await section()).findByRole('table', { name: 'Documents (2)' });
      await user.click(within(table).getByRole('button', { name: 'Download gp-letter.png' }));
      await waitFor(() => expect(clicked).toEqual(['gp-letter.png']));
      expect(downloadAttachment).toHaveBeenCalledWith(adamsCase.id, submissionIds.gpLetterFile);
      expect(markFamilyDocumentRead).toHaveBeenCalledWith(adamsCase.id, submissionIds.gpLetter);
      expect(await within(table).findByText('Read by Kim Okafor on 4 June 2025 at 9am')).toBeTruthy();
      expect(within(table).queryByText('New')).toBeNull();
      expect(await within(await section()).findByText('1 new view.')).toBeTruthy();

      // One already read is downloaded without marking it again.
      await user.click(within(table).getByRole('button', { name: 'Download report.pdf' }));
      await waitFor(() => expect(clicked).toEqual(['gp-letter.png', 'report.pdf']));
      expect(markFamilyDocumentRead).toHaveBeenCalledTimes(1);
    });

    it('opening a new view’s words marks it read', async () => {
      const markFamilyViewRead = jest.fn(async () => kimReads);
      const { user } = renderCase({ markFamilyViewRead });
      const here = await section();
      const card = (await within(here).findByRole('heading', { level: 4, name: 'Views of a child or young person New' })).closest('.govuk-summary-card') as HTMLElement;
      await user.click(within(card).getByText(/Show what they said/));
      expect(within(card).getByText(/Sam wants to keep going to football club/).textContent).toBe('Sam wants to keep going to football club.\nHe does not want to change school.');
      await waitFor(() => expect(markFamilyViewRead).toHaveBeenCalledWith(adamsCase.id, submissionIds.samView));
      expect(await within(card).findByText('Read by Kim Okafor on 4 June 2025 at 9am')).toBeTruthy();
      expect(within(card).getByText(/Show what they said/).closest('details')?.open).toBe(true);
      expect(markFamilyViewRead).toHaveBeenCalledTimes(1);
    });

    it('lets a read-only viewer open them without marking them read', async () => {
      const markFamilyViewRead = jest.fn(async () => kimReads);
      const markFamilyDocumentRead = jest.fn(async () => kimReads);
      const downloadAttachment = jest.fn(async () => ({ blob: new Blob(['png']), fileName: null }));
      const { user } = renderCase({ markFamilyViewRead, markFamilyDocumentRead, downloadAttachment }, readOnlyCase);
      const here = await section();
      expect(here.textContent).not.toContain('Opening one marks it read');
      await user.click(await within(here).findByRole('button', { name: 'Download gp-letter.png' }));
      await waitFor(() => expect(clicked).toEqual(['gp-letter.png']));
      await user.click(within(here).getAllByText(/Show what they said/)[0] as HTMLElement);
      expect(within(here).getByText(/Sam wants to keep going/)).toBeTruthy();
      expect(markFamilyDocumentRead).not.toHaveBeenCalled();
      expect(markFamilyViewRead).not.toHaveBeenCalled();
    });
  });
});
