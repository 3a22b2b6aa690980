import { MigrationInterface, QueryRunner } from 'typeorm';
import { TranscriptIdentities } from './transcript-identities';

interface OldRow {
  source: string;
  external_id: string;
  requester_id: string | null;
  ticket: string | null;
  comments: string;
}

interface OldComment {
  id?: string;
  authorId?: string;
  public: boolean;
  text: string;
  at: string;
}

/**
 * `ticket_transcripts` kept Zendesk user ids as they came (the requester, every comment's author, the ticket's
 * customer id): they become keyed hashes and sealed ids (see TranscriptIdentities), under the keys of the process that
 * migrates (CUSTOMER_ID_KEY, else CONNECTOR_SECRET_KEY, from its environment: a migration is given no configuration).
 * Without either key the ids are dropped all the same: comments of a ticket already known keep the role the ticket
 * gives them, those still waiting for their ticket lose their author and will read as the agents' side.
 */
export class TranscriptIdentities1765000020000 implements MigrationInterface {
  name = 'TranscriptIdentities1765000020000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const identities = new TranscriptIdentities(process.env['CUSTOMER_ID_KEY'] || undefined, process.env['CONNECTOR_SECRET_KEY'] || undefined);
    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    const param = (n: number): string => (postgres ? `$${n}` : '?');
    await queryRunner.query('ALTER TABLE ticket_transcripts ADD COLUMN requester_key varchar(64)');
    const rows = (await queryRunner.query('SELECT source, external_id, requester_id, ticket, comments FROM ticket_transcripts')) as OldRow[];
    for (const row of rows) {
      const requester = row.requester_id;
      const keyed = identities.persistent;
      const requesterKey = requester === null || !keyed ? null : identities.keyOf(requester);
      const comments = (JSON.parse(row.comments) as OldComment[]).map(({ authorId, ...comment }) => {
        if (authorId === undefined) {
          return comment;
        }
        if (keyed) {
          const author = identities.keyOf(authorId);
          const known = authorId === requester || authorId === '-1';
          return known ? { ...comment, author } : { ...comment, author, sealedAuthor: identities.seal(authorId) };
        }
        return requester === null ? comment : { ...comment, role: authorId === '-1' ? 'system' : authorId === requester ? 'customer' : 'agent' };
      });
      let ticket = row.ticket;
      if (ticket !== null) {
        const { customerId: _customer, ...kept } = JSON.parse(ticket) as Record<string, unknown>;
        ticket = JSON.stringify(kept);
      }
      await queryRunner.query(
        `UPDATE ticket_transcripts SET requester_key = ${param(1)}, ticket = ${param(2)}, comments = ${param(3)}
          WHERE source = ${param(4)} AND external_id = ${param(5)}`,
        [requesterKey, ticket, JSON.stringify(comments), row.source, row.external_id],
      );
    }
    await queryRunner.query('ALTER TABLE ticket_transcripts DROP COLUMN requester_id');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The raw ids are gone for good: the column comes back empty.
    await queryRunner.query('ALTER TABLE ticket_transcripts ADD COLUMN requester_id varchar(200)');
    await queryRunner.query('ALTER TABLE ticket_transcripts DROP COLUMN requester_key');
  }
}
