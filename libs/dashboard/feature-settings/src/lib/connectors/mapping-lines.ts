/** A mapping as the form shows it: one `key = value` a line (a Zendesk group id and the vendor it belongs to). */
export function toMappingLines(mapping: Readonly<Record<string, string>>): string {
  return Object.entries(mapping)
    .map(([key, value]) => `${key} = ${value}`)
    .join('\n');
}

/** Reads `key = value` lines back; blank lines are skipped, a line without `=` is named in `problems`. */
export function fromMappingLines(text: string): { mapping: Record<string, string>; problems: string[] } {
  const mapping: Record<string, string> = {};
  const problems: string[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') {
      return;
    }
    const at = line.indexOf('=');
    const key = at < 0 ? '' : line.slice(0, at).trim();
    const value = at < 0 ? '' : line.slice(at + 1).trim();
    if (key === '' || value === '') {
      problems.push(`line ${index + 1}: write it as "id = vendor"`);
      return;
    }
    mapping[key] = value;
  });
  return { mapping, problems };
}
