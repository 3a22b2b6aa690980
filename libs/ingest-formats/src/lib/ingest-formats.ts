export function ingestFormats(): string {
  return 'ingest-formats';
}
