import { ingestFormats } from './ingest-formats';

describe('ingestFormats', () => {
  it('should work', () => {
    expect(ingestFormats()).toEqual('ingest-formats');
  });
});
