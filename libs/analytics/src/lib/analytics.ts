export function analytics(): string {
  return 'analytics';
}
