import { fromMappingLines, toMappingLines } from './mapping-lines';

describe('mapping lines', () => {
  it('reads id = vendor lines, skipping blank ones', () => {
    expect(fromMappingLines(' 360010 = acme\n\n9100= globex ')).toEqual({ mapping: { '360010': 'acme', '9100': 'globex' }, problems: [] });
  });

  it('names the line that is not a mapping', () => {
    expect(fromMappingLines('360010 acme\n= x').problems).toEqual(['line 1: write it as "id = vendor"', 'line 2: write it as "id = vendor"']);
  });

  it('writes a mapping as lines', () => {
    expect(toMappingLines({ '360010': 'acme', email: 'chat' })).toBe('360010 = acme\nemail = chat');
  });
});
