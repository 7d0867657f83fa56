import { sniffFileType } from './portal.service';

describe('sniffFileType', () => {
  it('knows a file by its content, not its name', () => {
    expect(sniffFileType(Buffer.from('%PDF-1.7\n…'))).toBe('application/pdf');
    expect(sniffFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(sniffFileType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....[Content_Types].xml....word/document.xml')]);
    expect(sniffFileType(docx)).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('refuses everything else, including a bare ZIP, an HTML page and a PDF look-alike', () => {
    expect(sniffFileType(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('xl/workbook.xml')]))).toBeNull();
    expect(sniffFileType(Buffer.from('<html><script>alert(1)</script></html>'))).toBeNull();
    expect(sniffFileType(Buffer.from(' %PDF-1.7'))).toBeNull();
    expect(sniffFileType(Buffer.alloc(0))).toBeNull();
  });
});
