import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Zendesk user ids as `ticket_transcripts` holds them while a ticket's comments wait for it. Only "is this comment's
 * author the requester?" must be answered, so requester and authors are kept as keyed hashes (HMAC-SHA-256, hex) and
 * compared as such; an author's id is also kept sealed (AES-256-GCM) until the ticket tells it is an agent, because
 * the agent's own id credits the agent's replies. Neither a hash nor a seal can be undone without the key, which is
 * never stored with the data: the customer pseudonym key (CUSTOMER_ID_KEY) when set, else one derived from the
 * connectors' key (CONNECTOR_SECRET_KEY, which `npm start` makes per installation). Without either, a key made for
 * the process joins what one import carries, and nothing that tells an author is kept: a plain hash of a numeric id is
 * undone by trying them all, and a key kept beside the data would protect nothing.
 */
export class TranscriptIdentities {
  private readonly hashKey: Buffer;
  private readonly sealKey: Buffer;
  /** Whether the hashes are customer keys (the pseudonym key is set): a joined ticket's requester hash then is one. */
  readonly customerKeys: boolean;
  /** Whether the key outlives the process, so hashes and seals may be kept for later imports. */
  readonly persistent: boolean;

  constructor(customerIdKey: string | undefined, connectorSecretKey: string | undefined) {
    this.customerKeys = customerIdKey !== undefined;
    const secret = customerIdKey ?? (connectorSecretKey ? derive(Buffer.from(connectorSecretKey, 'hex'), 'ticket-transcripts') : undefined);
    this.persistent = secret !== undefined;
    this.hashKey = secret === undefined ? randomBytes(32) : Buffer.from(secret);
    this.sealKey = derive(this.hashKey, 'ticket-transcripts-seal');
  }

  /** The keyed hash of a Zendesk user id. Under CUSTOMER_ID_KEY it equals the customer key. */
  keyOf(userId: string): string {
    return createHmac('sha256', this.hashKey).update(userId.trim(), 'utf8').digest('hex');
  }

  seal(userId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.sealKey, iv);
    const sealed = Buffer.concat([cipher.update(userId, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64')).join(':');
  }

  /** The sealed id, or undefined when it cannot be opened (another key): the reply is then credited to nobody. */
  open(sealed: string): string | undefined {
    const [iv, tag, data] = sealed.split(':');
    if (!iv || !tag || data === undefined) {
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
