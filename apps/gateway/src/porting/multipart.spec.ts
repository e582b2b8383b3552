import { parseMultipart } from './multipart';

describe('parseMultipart', () => {
  const body = Buffer.concat([
    Buffer.from('--xyz\r\nContent-Disposition: form-data; name="document_type"\r\n\r\nloa\r\n'),
    Buffer.from('--xyz\r\nContent-Disposition: form-data; name="file"; filename="loa.pdf"\r\nContent-Type: text/plain\r\n\r\n'),
    Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x0d, 0x0a, 0x00]),
    Buffer.from('\r\n--xyz--\r\n'),
  ]);

  it('reads fields and files with their bytes intact', () => {
    const parts = parseMultipart(body, 'multipart/form-data; boundary=xyz');
    expect(parts.map((p) => [p.name, p.filename])).toEqual([['document_type', null], ['file', 'loa.pdf']]);
    expect(parts[0].data.toString()).toBe('loa');
    expect([...parts[1].data]).toEqual([0x25, 0x50, 0x44, 0x46, 0x2d, 0x0d, 0x0a, 0x00]);
  });

  it('refuses a body without its boundary', () => {
    expect(() => parseMultipart(body, 'multipart/form-data')).toThrow(/boundary/);
  });
});
