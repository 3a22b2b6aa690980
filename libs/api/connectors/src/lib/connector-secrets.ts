import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError } from '@rapport/api-core';
import { SecretBox } from './core/secret-box';

/** Seals and opens help-desk tokens with the key from `CONNECTOR_SECRET_KEY` (validated once at boot). */
@Injectable()
export class ConnectorSecrets {
  private readonly box: SecretBox | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.box = config.connectors.secretKey ? new SecretBox(config.connectors.secretKey) : undefined;
  }

  seal(token: string): string {
    if (!this.box) {
      throw new DomainError(409, 'connector_secret_key_missing', 'set CONNECTOR_SECRET_KEY (64 hex characters) to store a help-desk API token; npm start makes one');
    }
    return this.box.seal(token);
  }

  open(sealed: string): string {
    if (!this.box) {
      throw new Error('CONNECTOR_SECRET_KEY is not set: the stored API token cannot be read');
    }
    try {
      return this.box.open(sealed);
    } catch {
      throw new Error('the stored API token cannot be read with this CONNECTOR_SECRET_KEY (was the key changed?); save the token again in Settings');
    }
  }
}
