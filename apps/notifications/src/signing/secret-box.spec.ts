import { randomBytes } from 'node:crypto';
import { SecretBox } from './secret-box';

describe('SecretBox', () => {
  it('seals so the stored text does not contain the secret, and opens it again', () => {
    const box = new SecretBox(randomBytes(32).toString('base64'));
    const sealed = box.seal('whsec_abc');
    expect(sealed).not.toContain('abc');
    expect(box.open(sealed)).toBe('whsec_abc');
  });

  it('cannot be opened with another key', () => {
    const sealed = new SecretBox(randomBytes(32).toString('base64')).seal('whsec_abc');
    expect(() => new SecretBox(randomBytes(32).toString('base64')).open(sealed)).toThrow();
  });
});
