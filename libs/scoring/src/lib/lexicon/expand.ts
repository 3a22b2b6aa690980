/**
 * Expands the small phrase pattern language of the lexicons ("speak to (a|the) manager", "[please] wait")
 * into plain phrase variants. Runs once per language at module load, never per message.
 */
export function expandPhrase(pattern: string): string[] {
  const group = /\(([^()]*)\)|\[([^[\]]*)\]/.exec(pattern);
  if (!group) {
    return [pattern.replace(/\s+/g, ' ').trim()];
  }
  const before = pattern.slice(0, group.index);
  const after = pattern.slice(group.index + group[0].length);
  const options =
    group[1] !== undefined
      ? group[1].split('|')
      : [...(group[2] as string).split('|'), ''];
  return options.flatMap((option) => expandPhrase(before + option + after));
}
