import type { Page } from '@playwright/test';

/** One native conversation (JSON Lines format) between a customer and an agent of a demo vendor. */
export interface ConversationLine {
  externalId: string;
  vendor: string;
  createdAt: string;
  customer: string;
  agent: string;
  agentId?: string;
  language?: string;
}

export function toJsonl(conversations: readonly ConversationLine[], extraLines: readonly string[] = []): string {
  const lines = conversations.map((conversation) => {
    const start = Date.parse(conversation.createdAt);
    return JSON.stringify({
      source: 'e2e',
      externalId: conversation.externalId,
      vendor: conversation.vendor,
      channel: 'chat',
      language: conversation.language,
      createdAt: conversation.createdAt,
      messages: [
        { role: 'customer', at: new Date(start).toISOString(), text: conversation.customer },
        { role: 'agent', at: new Date(start + 95_000).toISOString(), text: conversation.agent, agentId: conversation.agentId ?? 'e2e-agent-1', agentName: 'E2E Agent' },
      ],
    });
  });
  return [...lines, ...extraLines].join('\n') + '\n';
}

/** Drops a file on the import page's drop zone, as a user dragging it from their desktop would. */
export async function dropFile(page: Page, name: string, content: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ fileName, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], fileName, { type: 'application/x-ndjson' }));
      return transfer;
    },
    { fileName: name, text: content },
  );
  await page.getByTestId('file-drop-zone').dispatchEvent('drop', { dataTransfer });
}
