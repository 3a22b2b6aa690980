import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The customer of a conversation, pseudonymised: an HMAC-SHA-256 of the customer id under the configured key (hex), so
 * the 72-hour recontact signal can find the same customer's earlier contact with the same vendor without storing who
 * the customer is. Indexed by vendor, key and start time: the recontact look-ups read exactly that.
 * Plain SQL on both engines (see ConversationOpening1764000001052 for why not addColumn).
 */
export class CustomerKey1765000005000 implements MigrationInterface {
  name = 'CustomerKey1765000005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE conversations ADD COLUMN customer_key varchar(64) NULL');
    await queryRunner.query(
      'CREATE INDEX ix_conversations_vendor_customer ON conversations (vendor_id, customer_key, created_at)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX ix_conversations_vendor_customer');
    await queryRunner.query('ALTER TABLE conversations DROP COLUMN customer_key');
  }
}
