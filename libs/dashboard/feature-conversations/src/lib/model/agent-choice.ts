import type { AgentOptionDto } from '@rapport/contracts';

/** What the agent filter shows for an agent: the name people know, else the id the helpdesk gave it. */
export function agentOptionLabel(option: AgentOptionDto): string {
  return option.displayName ?? option.externalId;
}

function matching(text: string, options: readonly AgentOptionDto[]): AgentOptionDto[] {
  const lower = text.toLowerCase();
  return options.filter((option) => option.id === text || option.externalId === text || agentOptionLabel(option).toLowerCase() === lower);
}

/**
 * The `agent` URL parameter for what the user typed or picked: the agent's external id when the text names one
 * (by name or id), so the URL keeps ids; the text itself otherwise (the API also matches display names), which
 * also covers a name two agents with different ids share. Empty text clears the filter.
 */
export function agentParam(text: string, options: readonly AgentOptionDto[]): string | null {
  const trimmed = text.trim();
  if (trimmed === '') {
    return null;
  }
  const externalIds = new Set(matching(trimmed, options).map((option) => option.externalId));
  return externalIds.size === 1 ? [...externalIds][0] ?? trimmed : trimmed;
}

/** The text the filter shows for the URL's agent (an id, external id or name): the agent's name when known. */
export function agentText(value: string, options: readonly AgentOptionDto[]): string {
  const [found] = matching(value, options);
  return found ? agentOptionLabel(found) : value;
}

/** Whether the text is exactly one of the offered entries, as when picked from the list. */
export function isOfferedAgent(text: string, options: readonly AgentOptionDto[]): boolean {
  return options.some((option) => agentOptionLabel(option) === text);
}
