import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/** The key a service reads from `variable`, 32 bytes base64, and the development key it falls back to outside production. */
export interface SecretBoxKey {
  /** The environment variable it comes from, named in errors. */
  variable: string;
  keyBase64: string | undefined;
  /** A label from which the development key is derived (changing it makes secrets sealed in development unreadable). */
  developmentLabel: string;
}

/**
 * Encrypts secrets at rest with AES-256-GCM (webhook signing secrets, stored responses that carry an
 * API key): a database dump alone is then not enough to use them. Sealed text has the form
 * `v1:<iv>:<tag>:<data>`, which no JSON text can start with.
 */
export class SecretBox {
  private readonly key: Buffer;

  /** `keyBase64`: 32 bytes; undefined falls back to a fixed development key (see {@link secretBoxFor} for the production rule). */
  constructor(keyBase64: string | undefined, developmentLabel = 'did-platform development webhook key') {
    this.key = keyBase64 ? Buffer.from(keyBase64, 'base64') : createHash('sha256').update(developmentLabel).digest();
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), sealed.toString('base64')].join(
      ':',
    );
  }

  open(box: string): string {
    const [version, iv, tag, sealed] = box.split(':');
    if (version !== VERSION) throw new Error(`unknown secret box version ${version}`);
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64')), decipher.final()]).toString('utf8');
  }

  /** Whether `text` is a sealed box (rather than plain text stored before sealing applied). */
  static isSealed(text: string): boolean {
    return text.startsWith(`${VERSION}:`);
  }
}

/**
 * The service's box: with its key, or, outside production only, the development key (with a warning
 * through `warn`). In production (NODE_ENV=production, as the image sets) a missing key stops the
 * service at boot: a deployment must never run on a key that is public in this repository.
 */
export function secretBoxFor(
  key: SecretBoxKey,
  warn: (message: string) => void,
  env: Record<string, string | undefined> = process.env,
): SecretBox {
  if (!key.keyBase64) {
    if (env.NODE_ENV === 'production') {
      throw new Error(
        `${key.variable} is required in production: 32 random bytes, base64-encoded (e.g. \`openssl rand -base64 32\`)`,
      );
    }
    warn(`${key.variable} is not set: secrets are encrypted with the development key (never do this in production)`);
  }
  return new SecretBox(key.keyBase64, key.developmentLabel);
}

/** Injection token of the service's {@link SecretBox}. */
export const SECRET_BOX = Symbol('SECRET_BOX');
