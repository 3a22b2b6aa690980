import { createHmac } from 'node:crypto';

/**
 * Turns a customer id into the key stored with its conversations: HMAC-SHA-256 under the configured secret, as hex.
 * The same customer gets the same key for every vendor and import, so recontacts can be found, while the stored key
 * tells nothing about who the customer is without the secret (a plain hash of an e-mail address or a Twitter id could
 * be reversed by trying them). Without a configured key no customer id is kept.
 */
export class CustomerPseudonyms {
  constructor(private readonly key: string | undefined) {}

  /** Whether customer ids are kept (a key is configured). */
  get enabled(): boolean {
    return this.key !== undefined;
  }

  keyOf(customerId: string | undefined): string | null {
    const id = customerId?.trim();
    if (this.key === undefined || !id) {
      return null;
    }
    return createHmac('sha256', this.key).update(id, 'utf8').digest('hex');
  }
}
