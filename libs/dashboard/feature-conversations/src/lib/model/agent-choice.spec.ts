import type { AgentOptionDto } from '@rapport/contracts';
import { agentOptionLabel, agentParam, agentText, isOfferedAgent } from './agent-choice';

const north = { id: 'v1', slug: 'north', name: 'North' };
const south = { id: 'v2', slug: 'south', name: 'South' };
const JONAS: AgentOptionDto = { id: 'a1', externalId: 'ag-7', displayName: 'Jonas Weber', vendor: north };
const SOUTH_SEVEN: AgentOptionDto = { id: 'a2', externalId: 'ag-7', displayName: null, vendor: south };
const MARIA: AgentOptionDto = { id: 'a3', externalId: 'ag-9', displayName: 'Maria Lopes', vendor: south };
const OTHER_MARIA: AgentOptionDto = { id: 'a4', externalId: 'ag-12', displayName: 'Maria Lopes', vendor: north };

describe('choosing an agent', () => {
  it('labels an agent by name, else by its external id', () => {
    expect([JONAS, SOUTH_SEVEN].map(agentOptionLabel)).toEqual(['Jonas Weber', 'ag-7']);
  });

  it('puts the external id in the URL for a picked or typed name, ignoring case', () => {
    expect(agentParam('Jonas Weber', [JONAS, MARIA])).toBe('ag-7');
    expect(agentParam('  maria lopes ', [JONAS, MARIA])).toBe('ag-9');
    expect(agentParam('ag-7', [JONAS, SOUTH_SEVEN])).toBe('ag-7');
    expect(agentParam('a3', [MARIA])).toBe('ag-9');
  });

  it('keeps the text when no offered agent, or agents with different ids, answer to it', () => {
    expect(agentParam('Nobody Known', [JONAS])).toBe('Nobody Known');
    expect(agentParam('Maria Lopes', [MARIA, OTHER_MARIA])).toBe('Maria Lopes');
  });

  it('clears the filter for empty text', () => {
    expect(agentParam('   ', [JONAS])).toBeNull();
  });

  it('shows the name of the URL’s agent, whether the URL holds its id, external id or name', () => {
    expect(agentText('ag-7', [JONAS])).toBe('Jonas Weber');
    expect(agentText('a3', [MARIA])).toBe('Maria Lopes');
    expect(agentText('jonas weber', [JONAS])).toBe('Jonas Weber');
    expect(agentText('ag-404', [JONAS])).toBe('ag-404');
  });

  it('recognises text that is exactly one of the offered entries', () => {
    expect(isOfferedAgent('Jonas Weber', [JONAS])).toBe(true);
    expect(isOfferedAgent('Jonas', [JONAS])).toBe(false);
  });
});
