import { fromMappingLines, toMappingLines } from './mapping-lines';

describe('mapping lines', () => {
  it('reads id = vendor lines, skipping blank ones', () => {
    expect(fromMappingLines(' 360010 = acme\n\n9100= globex ')).toEqual({
      mapping: { '360010': 'acme', '9100': 'globex' },
      problems: [],
    });
  });

  it('names the line that is not a mapping', () => {
    expect(fromMappingLines('360010 acme\n= x').problems).toEqual([
      'line 1: write it as "id = vendor"',
      'line 2: write it as "id = vendor"',
    ]);
  });

  it('writes a mapping as lines', () => {
    expect(toMappingLines({ '360010': 'acme', email: 'chat' })).toBe('360010 = acme\nemail = chat');
  });

  const GROUPS = [
    { id: '360011', name: 'Cairo Team' },
    { id: '360010', name: 'Manila Team' },
  ];

  it('shows a group by its Zendesk name and reads the name back as its id', () => {
    const lines = toMappingLines({ '360010': 'acme', '999': 'globex' }, GROUPS);
    // Integer-like keys keep their numeric order in an object.
    expect(lines).toBe('999 = globex\nManila Team = acme');
    expect(fromMappingLines(lines, GROUPS)).toEqual({ mapping: { '360010': 'acme', '999': 'globex' }, problems: [] });
    expect(fromMappingLines('cairo team = tele-eg', GROUPS).mapping).toEqual({ '360011': 'tele-eg' });
  });

  it('names the line whose group name Zendesk does not know, with the names it does', () => {
    expect(fromMappingLines('Lisbon Team = acme', GROUPS).problems).toEqual([
      'line 1: Zendesk has no "Lisbon Team" (known: Cairo Team, Manila Team)',
    ]);
  });

  it('keeps ids where two groups share a name, so the line reads back to the same group', () => {
    const twins = [...GROUPS, { id: '360012', name: 'Manila Team' }];
    expect(toMappingLines({ '360010': 'acme', '360011': 'tele-eg' }, twins)).toBe(
      '360010 = acme\nCairo Team = tele-eg',
    );
    expect(fromMappingLines('Manila Team = acme', twins).problems).toEqual([
      'line 1: several Zendesk items are named "Manila Team"; write the id instead',
    ]);
  });
});
