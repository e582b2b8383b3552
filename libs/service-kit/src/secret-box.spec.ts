import { randomBytes } from 'node:crypto';
import { SecretBox, secretBoxFor } from './secret-box';

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

describe('secretBoxFor', () => {
  const key = { variable: 'TEST_SECRETS_KEY', keyBase64: undefined, developmentLabel: 'test label' };

  it('refuses to run without a key in production', () => {
    expect(() => secretBoxFor(key, () => undefined, { NODE_ENV: 'production' })).toThrow(
      /TEST_SECRETS_KEY is required in production/,
    );
  });

  it('falls back to the development key elsewhere, and says so', () => {
    const warnings: string[] = [];
    const box = secretBoxFor(key, (m) => warnings.push(m), {});
    expect(warnings).toEqual([expect.stringContaining('TEST_SECRETS_KEY is not set')]);
    expect(new SecretBox(undefined, 'test label').open(box.seal('x'))).toBe('x');
  });

  it('uses the key when it is set, in production too', () => {
    const keyBase64 = randomBytes(32).toString('base64');
    const box = secretBoxFor({ ...key, keyBase64 }, () => undefined, { NODE_ENV: 'production' });
    expect(new SecretBox(keyBase64).open(box.seal('y'))).toBe('y');
    expect(SecretBox.isSealed(box.seal('y'))).toBe(true);
    expect(SecretBox.isSealed('{"id":"k"}')).toBe(false);
  });
});
