import { foreignTableUses, tableOwners } from './table-owners';

/**
 * Issue #18: a library reads and writes only the tables its own migrations create; other libraries' tables it reaches
 * through their exported queries. The exceptions, each with its reason, are joins kept in one statement for speed.
 */
const ALLOWED: ReadonlyArray<{ file: string; tables: readonly string[]; reason: string }> = [
  {
    file: 'analytics/src/lib/explorer/conversation-page.query.ts',
    tables: ['agents', 'conversations', 'messages', 'vendors'],
    reason: 'filters, sorts and pages the facts with the conversation columns and text search in one statement',
  },
  {
    file: 'analytics/src/lib/explorer/conversation-export.query.ts',
    tables: ['agents', 'conversations', 'vendors'],
    reason: 'streams the export from one statement over the facts joined with the conversation columns',
  },
  {
    file: 'analytics/src/lib/explorer/conversation-detail.query.ts',
    tables: ['conversation_scores', 'conversations', 'vendors'],
    reason: 'the detail header shares the list summary columns (conversation, vendor and facts) in one statement',
  },
  {
    file: 'analytics/src/lib/queries/agent-ranking.query.ts',
    tables: ['agents'],
    reason: 'an aggregation over the facts that names each agent in the same statement',
  },
  {
    file: 'analytics/src/lib/rollups/rollup-maintainer.ts',
    tables: ['conversations'],
    reason: 'the start-up backfill finds conversations without facts with one anti-join per chunk',
  },
  {
    file: 'conversations/src/lib/fact-sources.query.ts',
    tables: ['vendors'],
    reason: "the facts' local hours need each conversation's vendor time zone, joined in the same statement",
  },
  {
    file: 'conversations/src/lib/stored-conversation.ts',
    tables: ['agents'],
    reason: "messages to score carry their agent's external id, joined in the same statement",
  },
  {
    file: 'conversations/src/lib/transcript.query.ts',
    tables: ['agents'],
    reason: "the detail's messages and answers carry their agent's ids and name, joined in the same statement",
  },
];

/** The API's integration tests check what the API stored by reading its tables; they are tests, not a library. */
const TESTS = 'integration/';

describe('table owners', () => {
  it('knows the owner of the tables the features live on', () => {
    const owners = tableOwners();
    expect(
      Object.fromEntries(
        ['conversations', 'messages', 'conversation_facts', 'analytics_agent_monthly_rollups', 'vendors', 'agents', 'settings'].map((table) => [
          table,
          owners.get(table),
        ]),
      ),
    ).toEqual({
      conversations: 'conversations',
      messages: 'conversations',
      conversation_facts: 'analytics',
      analytics_agent_monthly_rollups: 'analytics',
      vendors: 'vendors',
      agents: 'vendors',
      settings: 'scoring',
    });
  });

  it("no library names another library's table outside the documented exceptions", () => {
    const allowed = (file: string, table: string) =>
      ALLOWED.some((entry) => entry.file === file && entry.tables.includes(table));
    const uses = foreignTableUses().filter((use) => !use.file.startsWith(TESTS) && !allowed(use.file, use.table));
    expect(uses.map((use) => `${use.file} reads ${use.table}`)).toEqual([]);
  });

  it('every exception is still needed', () => {
    const uses = new Set(foreignTableUses().map((use) => `${use.file} ${use.table}`));
    const stale = ALLOWED.flatMap((entry) =>
      entry.tables.filter((table) => !uses.has(`${entry.file} ${table}`)).map((table) => `${entry.file} ${table}`),
    );
    expect(stale).toEqual([]);
  });
});
