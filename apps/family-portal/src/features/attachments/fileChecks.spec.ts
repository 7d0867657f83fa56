import { MAX_FILE_BYTES, allowedFileTypes } from '@childfirst/domain/portal';
import { FILE_SIZE_MESSAGE, FILE_TYPE_MESSAGE, acceptedFiles, allowedTypeOf, fileProblem } from './fileChecks';

describe('checking a file before it is uploaded, by the API’s rules', () => {
  it('accepts PDF, JPEG, PNG and Word documents up to 10 MB', () => {
    for (const type of Object.keys(allowedFileTypes)) expect(fileProblem({ name: 'file', type, size: MAX_FILE_BYTES })).toBeUndefined();
  });

  it('refuses other types, and files over 10 MB, with the API’s messages', () => {
    expect(fileProblem({ name: 'holiday.gif', type: 'image/gif', size: 100 })).toBe(FILE_TYPE_MESSAGE);
    expect(fileProblem({ name: 'setup.exe', type: 'application/x-msdownload', size: 100 })).toBe('The file must be a PDF, JPEG, PNG or Word document');
    expect(fileProblem({ name: 'scan.pdf', type: 'application/pdf', size: MAX_FILE_BYTES + 1 })).toBe(FILE_SIZE_MESSAGE);
    expect(FILE_SIZE_MESSAGE).toBe('The file must be 10 MB or smaller');
    expect(fileProblem({ name: 'empty.pdf', type: 'application/pdf', size: 0 })).toBe('The file is empty. Choose another file');
  });

  it('refuses a file whose name has a character the database cannot store, with the API’s message', () => {
    expect(fileProblem({ name: 'letter\u0000.pdf', type: 'application/pdf', size: 100 })).toBe('Rename the file without the invisible or broken character in its name, then choose it again');
    expect(fileProblem({ name: 'lett\u001fer.pdf', type: 'application/pdf', size: 100 })).toBe('Rename the file without the invisible or broken character in its name, then choose it again');
    expect(fileProblem({ name: 'llythyr – Mehefin 😀.pdf', type: 'application/pdf', size: 100 })).toBeUndefined();
  });

  it('goes by the extension when the browser gives no type (some systems do not know .docx)', () => {
    expect(allowedTypeOf({ name: 'Letter.DOCX', type: '' })).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(allowedTypeOf({ name: 'photo.jpeg', type: '' })).toBe('image/jpeg');
    expect(allowedTypeOf({ name: 'notes.txt', type: '' })).toBeUndefined();
    // A type the browser does give is believed over the name (the API checks the content anyway).
    expect(allowedTypeOf({ name: 'photo.jpg', type: 'image/gif' })).toBeUndefined();
  });

  it('offers the same types in the file picker', () => {
    expect(acceptedFiles.split(',')).toEqual(expect.arrayContaining(['application/pdf', '.pdf', '.jpg', '.jpeg', '.png', '.docx']));
  });
});
