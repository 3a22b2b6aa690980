/**
 * What every help-desk connector does: read one page of changed records from a cursor. Records are in a shape one
 * of our import formats reads (Zendesk tickets with their comments embedded for Zendesk), so a sync lands exactly as
 * a file import of the same data would. Freshdesk and Intercom connectors implement the same interface.
 */
export interface HelpDeskPage {
  /** Records in the connector's import format, one JSON object each. */
  records: object[];
  /** Where the next page starts; stored after the page is kept, so a stopped sync resumes here. */
  nextCursor: string;
  /** No more changes for now; the next sync starts from `nextCursor`. */
  endOfStream: boolean;
}

export interface HelpDeskConnector {
  /** Import format of the records (`zendesk`). */
  readonly format: 'zendesk';
  /** One page of changes after `cursor`; null starts from the beginning of the help desk's history. */
  fetchPage(cursor: string | null, signal?: AbortSignal): Promise<HelpDeskPage>;
}

/** The help desk refused our credentials: retrying cannot help until an administrator changes them. */
export class ConnectorAuthError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConnectorAuthError';
  }
}

/** The help desk answered something we cannot use (a 4xx other than a rate limit, a body of another shape). */
export class ConnectorResponseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConnectorResponseError';
  }
}
