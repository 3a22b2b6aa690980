import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Zendesk user ids as `ticket_transcripts` holds them while a ticket's comments wait for it. Only "is this comment's
 * author the requester?" must be answered, so requester and authors are kept as keyed hashes (HMAC-SHA-256, hex) and
 * compared as such; an author's id is also kept sealed (AES-256-GCM) until the ticket tells it is an agent, because
 * the agent's own id credits the agent's replies. Neither a hash nor a seal can be undone without the key, which is
 * never stored with the data: the customer pseudonym key (CUSTOMER_ID_KEY) when set, else one derived from the
 * connectors' key (CONNECTOR_SECRET_KEY, which `npm start` makes per installation). Without either nothing is kept
 * that would tell an author, so comments cannot wait for their ticket (a plain hash of a numeric id is undone by
 * trying them all).
 */
export class TranscriptIdentities {
  private readonly hashKey: Buffer | undefined;
  private readonly sealKey: Buffer | undefined;
  /** Whether the hashes are customer keys (the pseudonym key is set): a joined ticket's requester hash then is one. */
  readonly customerKeys: boolean;

  constructor(customerIdKey: string | undefined, connectorSecretKey: string | undefined) {
    this.customerKeys = customerIdKey !== undefined;
    const secret = customerIdKey ?? (connectorSecretKey ? derive(Buffer.from(connectorSecretKey, 'hex'), 'ticket-transcripts') : undefined);
    this.hashKey = secret === undefined ? undefined : Buffer.from(secret);
    this.sealKey = this.hashKey === undefined ? undefined : derive(this.hashKey, 'ticket-transcripts-seal');
  }

  get enabled(): boolean {
    return this.hashKey !== undefined;
  }

  /** The keyed hash of a Zendesk user id; null without a key. Under CUSTOMER_ID_KEY it equals the customer key. */
  keyOf(userId: string): string | null {
    return this.hashKey === undefined ? null : createHmac('sha256', this.hashKey).update(userId.trim(), 'utf8').digest('hex');
  }

  seal(userId: string): string | null {
    if (this.sealKey === undefined) {
      return null;
    }
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.sealKey, iv);
    const sealed = Buffer.concat([cipher.update(userId, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64')).join(':');
  }

  /** The sealed id, or undefined when it cannot be opened (another key): the reply is then credited to nobody. */
  open(sealed: string): string | undefined {
    const [iv, tag, data] = sealed.split(':');
    if (this.sealKey === undefined || !iv || !tag || data === undefined) {
      return undefined;
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.sealKey, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
    } catch {
      return undefined;
    }
  }
}

function derive(key: Buffer, purpose: string): Buffer {
  return createHmac('sha256', key).update(purpose, 'utf8').digest();
}
