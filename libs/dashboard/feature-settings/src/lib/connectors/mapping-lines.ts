import type { ZendeskNamedId } from '@rapport/contracts';

/**
 * A mapping as the form shows it: one `key = value` a line (a Zendesk group and the vendor it belongs to). A key
 * whose help-desk name is known (`names`, read by the last sync) is shown by that name; the mapping keeps the id.
 */
export function toMappingLines(
  mapping: Readonly<Record<string, string>>,
  names: readonly ZendeskNamedId[] = [],
): string {
  const byId = uniqueNames(names);
  return Object.entries(mapping)
    .map(([key, value]) => `${byId.get(key) ?? key} = ${value}`)
    .join('\n');
}

/**
 * Reads `key = value` lines back; blank lines are skipped, a line without `=` is named in `problems`. With `names`, a
 * key may be a group's or brand's name instead of its id (matched without regard to case); a name that is none of
 * them is a problem, named with the line.
 */
export function fromMappingLines(
  text: string,
  names: readonly ZendeskNamedId[] = [],
): { mapping: Record<string, string>; problems: string[] } {
  const idOfName = new Map(names.map((item) => [item.name.trim().toLowerCase(), item.id]));
  const shared = new Set(
    names.map((item) => item.name.trim().toLowerCase()).filter((name, i, all) => all.indexOf(name) !== i),
  );
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
      problems.push(`line ${index + 1}: write it as "${names.length > 0 ? 'name or id' : 'id'} = vendor"`);
      return;
    }
    if (!/^\d+$/.test(key) && shared.has(key.toLowerCase())) {
      problems.push(`line ${index + 1}: several Zendesk items are named "${key}"; write the id instead`);
      return;
    }
    const id = /^\d+$/.test(key) || names.length === 0 ? key : idOfName.get(key.toLowerCase());
    if (id === undefined) {
      problems.push(`line ${index + 1}: Zendesk has no "${key}" (known: ${names.map((item) => item.name).join(', ')})`);
      return;
    }
    mapping[id] = value;
  });
  return { mapping, problems };
}

/** Names shown in place of ids: only names no other item shares, so that reading the lines back finds the same id. */
function uniqueNames(names: readonly ZendeskNamedId[]): Map<string, string> {
  const count = new Map<string, number>();
  names.forEach((item) => count.set(item.name.toLowerCase(), (count.get(item.name.toLowerCase()) ?? 0) + 1));
  return new Map(
    names
      .filter((item) => count.get(item.name.toLowerCase()) === 1 && !/^\d+$/.test(item.name))
      .map((item) => [item.id, item.name]),
  );
}
