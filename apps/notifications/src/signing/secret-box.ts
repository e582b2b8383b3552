import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/**
 * Encrypts signing secrets at rest with AES-256-GCM. Signing needs the secret itself, so it cannot
 * be hashed like an API key; encrypting it keeps a database dump from being enough to forge webhooks.
 */
export class SecretBox {
  private readonly key: Buffer;

  /** `keyBase64`: 32 bytes; undefined falls back to a fixed development key (the service warns at boot). */
  constructor(keyBase64: string | undefined) {
    this.key = keyBase64 ? Buffer.from(keyBase64, 'base64') : createHash('sha256').update('did-platform development webhook key').digest();
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), sealed.toString('base64')].join(':');
  }

  open(box: string): string {
    const [version, iv, tag, sealed] = box.split(':');
    if (version !== VERSION) throw new Error(`unknown secret box version ${version}`);
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64')), decipher.final()]).toString('utf8');
  }
}

/** Injection token of the service's {@link SecretBox}. */
export const SECRET_BOX = Symbol('SECRET_BOX');
