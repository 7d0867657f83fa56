import { ApiError } from '@childfirst/ui';
import { screen, within } from '@testing-library/react';
import type { AttachmentView, DocumentUpload, FamilyDocument } from '../../api/familyApi';
import { fakeFamilyApi } from '../../testing/fakes';
import { fileOf, renderPage, uuid } from '../../testing/renderPage';
import { DocumentsPage } from './DocumentsPage';

const report: FamilyDocument = {
  id: uuid(70),
  attachmentId: uuid(71),
  title: 'School report',
  fileName: 'report.pdf',
  contentType: 'application/pdf',
  size: 1_572_864,
  uploadedAt: '2025-05-01T10:00:00Z',
  uploadedBy: 'Amy Adams',
};

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
}

describe('Documents', () => {
  it('lists the documents shared', async () => {
    renderPage(<DocumentsPage />, fakeFamilyApi({ listDocuments: async () => [report] }));
    const card = (await screen.findByRole('heading', { level: 3, name: 'School report' })).closest('.govuk-summary-card') as HTMLElement;
    expect(card.textContent).toContain('report.pdf (PDF, 1.5 MB)');
    expect(card.textContent).toContain('1 May 2025 at 11am by Amy Adams');
  });

  it('says when there are none', async () => {
    renderPage(<DocumentsPage />, fakeFamilyApi({ listDocuments: async () => [] }));
    expect(await screen.findByText('You have not uploaded any documents yet.')).toBeTruthy();
  });

  it('asks for a title and a file, with the shared schema’s messages', async () => {
    const { user } = renderPage(<DocumentsPage />, fakeFamilyApi({ listDocuments: async () => [] }));
    await user.click(screen.getByRole('button', { name: 'Upload document' }));
    expect(summaryLinks()).toEqual([
      ['Enter what the document is', '#title'],
      ['Choose a file to upload', '#document-file'],
    ]);
    expect(document.getElementById('document-file-error')?.textContent).toBe('Error: Choose a file to upload');
  });

  it('refuses a file that is too big before uploading anything', async () => {
    const uploadAttachment = jest.fn();
    const { user } = renderPage(<DocumentsPage />, fakeFamilyApi({ listDocuments: async () => [], uploadAttachment }));
    await user.upload(screen.getByLabelText('Choose the file'), fileOf('video.pdf', 'application/pdf', 20 * 1024 * 1024));
    expect(document.getElementById('document-file-error')?.textContent).toBe('Error: video.pdf: The file must be 10 MB or smaller');
    expect(uploadAttachment).not.toHaveBeenCalled();
  });

  it('uploads the file, then adds the document with its id, and shows it in the list', async () => {
    const uploadAttachment = jest.fn<Promise<AttachmentView>, [File]>(async () => ({ id: uuid(71), fileName: 'letter.pdf', contentType: 'application/pdf', size: 2048 }));
    const added: FamilyDocument = { ...report, id: uuid(72), title: 'Letter from the school', fileName: 'letter.pdf', size: 2048 };
    const addDocument = jest
      .fn<Promise<FamilyDocument>, [DocumentUpload]>()
      .mockRejectedValueOnce(new ApiError({ status: 503, title: 'Sorry, there is a problem with the service. Try again later' }))
      .mockResolvedValueOnce(added);
    const listDocuments = jest.fn<Promise<FamilyDocument[]>, []>().mockResolvedValueOnce([report]).mockResolvedValue([added, report]);
    const { user } = renderPage(<DocumentsPage />, fakeFamilyApi({ listDocuments, uploadAttachment, addDocument }));

    await user.type(screen.getByLabelText('What is the document?'), 'Letter from the school');
    await user.upload(screen.getByLabelText('Choose the file'), fileOf('letter.pdf', 'application/pdf'));
    await user.click(screen.getByRole('button', { name: 'Upload document' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Sorry, there is a problem with the service');

    await user.click(screen.getByRole('button', { name: 'Upload document' }));
    expect(await screen.findByText('‘Letter from the school’ has been uploaded')).toBeTruthy();
    expect(uploadAttachment).toHaveBeenCalledTimes(1);
    expect(addDocument).toHaveBeenLastCalledWith({ title: 'Letter from the school', attachmentId: uuid(71) });
    expect(await screen.findByRole('heading', { level: 3, name: 'Letter from the school' })).toBeTruthy();
    // The form is new and empty again.
    expect((screen.getByLabelText('What is the document?') as HTMLInputElement).value).toBe('');
  });
});
