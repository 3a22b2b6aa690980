import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Conversations are keyed by (source, vendor, external id), no longer by (source, external id): two vendors on one
 * source may each hold a conversation under the same ticket id, so a vendor-bound writer's record on an id another
 * vendor holds is simply its own conversation, and the answer tells it nothing about the other vendor.
 *
 * Survey answers follow: `conversation_vendor_id` is the vendor of the conversation an answer rates ('' while a
 * client-wide answer waits for a conversation whose vendor is not known yet), and answers are unique per
 * (source, that vendor, conversation id, question). Existing answers take their partner writer's vendor, else their
 * linked conversation's. Non-unique (source, external id) indexes keep look-ups across vendors (a client-wide writer's
 * checks, survey linking) on an index.
 */
export class VendorQualifiedKeys1764000001001 implements MigrationInterface {
  name = 'VendorQualifiedKeys1764000001001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX uq_conversations_source_external`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_conversations_source_vendor_external ON conversations (source, vendor_id, external_id)`,
    );
    await queryRunner.query(`CREATE INDEX ix_conversations_source_external ON conversations (source, external_id)`);

    await queryRunner.query(
      `ALTER TABLE csat_surveys ADD COLUMN conversation_vendor_id varchar(36) NOT NULL DEFAULT ''`,
    );
    await queryRunner.query(
      `UPDATE csat_surveys SET conversation_vendor_id = COALESCE(writer_vendor_id,
         (SELECT c.vendor_id FROM conversations c WHERE c.id = csat_surveys.conversation_id), '')`,
    );
    await queryRunner.query(`DROP INDEX uq_csat_surveys_question`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_csat_surveys_vendor_question
         ON csat_surveys (source, conversation_vendor_id, conversation_external_id, question_key)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_csat_surveys_source_conversation ON csat_surveys (source, conversation_external_id)`,
    );
  }

  /** Fails when two vendors hold the same (source, id), as it must: the old key cannot hold both. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_csat_surveys_source_conversation`);
    await queryRunner.query(`DROP INDEX uq_csat_surveys_vendor_question`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_csat_surveys_question ON csat_surveys (source, conversation_external_id, question_key)`,
    );
    await queryRunner.query(`ALTER TABLE csat_surveys DROP COLUMN conversation_vendor_id`);
    await queryRunner.query(`DROP INDEX ix_conversations_source_external`);
    await queryRunner.query(`DROP INDEX uq_conversations_source_vendor_external`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_conversations_source_external ON conversations (source, external_id)`,
    );
  }
}
