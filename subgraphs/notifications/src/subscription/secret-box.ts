import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** A new subscriber secret in the Standard Webhooks form: whsec_ + base64 of 32 random bytes. */
export function newSubscriberSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

function keyOf(secretKey: string): Buffer {
  return createHash('sha256').update(secretKey).digest();
}

/** Seals a subscriber secret for storage (AES-256-GCM): iv.tag.ciphertext, base64url. */
export function sealSecret(secret: string, secretKey: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secretKey), iv);
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url')).join('.');
}

export function openSecret(sealed: string, secretKey: string): string {
  const [iv, tag, ciphertext] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', keyOf(secretKey), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
}
