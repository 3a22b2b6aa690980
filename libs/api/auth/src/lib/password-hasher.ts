import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/**
 * argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): memory-hard against GPU guessing while
 * keeping a sign-in around 30–60 ms on a small server. Parameters are stored in each hash, so raising them later
 * applies to new and reset passwords without invalidating existing ones.
 */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      // A malformed stored hash must never let anyone in, nor take the sign-in route down.
      return false;
    }
  }

  /**
   * Spends the same work as a real check, for unknown emails and locked accounts, so response times do not
   * tell an attacker which emails have accounts.
   */
  async verifyNothing(password: string): Promise<false> {
    this.dummyHash ??= this.hash('rapport-timing-equaliser');
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
