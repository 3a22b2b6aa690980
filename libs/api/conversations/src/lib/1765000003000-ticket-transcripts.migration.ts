import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Help-desk tickets and their comments arrive apart (Zendesk embeds no comments in tickets): each ticket's latest
 * copy and the comments read so far are kept here by (source, ticket id), so whichever comes second, in any import,
 * completes the conversation. Plain SQL that both engines read alike.
 */
export class TicketTranscripts1765000003000 implements MigrationInterface {
  name = 'TicketTranscripts1765000003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE ticket_transcripts (
         source varchar(100) NOT NULL,
         external_id varchar(200) NOT NULL,
         requester_id varchar(200),
         ticket_updated_at varchar(30),
         ticket text,
         comments text NOT NULL,
         deleted boolean NOT NULL DEFAULT false,
         updated_at varchar(30) NOT NULL,
         PRIMARY KEY (source, external_id)
       )`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE ticket_transcripts');
  }
}
