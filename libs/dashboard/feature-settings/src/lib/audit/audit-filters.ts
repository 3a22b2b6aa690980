import { AUDIT_ACTIONS, type AuditEntryDto, isCalendarDate } from '@rapport/contracts';
import type { ApiQuery } from '@rapport/dashboard-data-access';

/** Entries per page of the audit log. */
export const AUDIT_PAGE_SIZE = 50;

/** The audit page's filters as the URL carries them: dates are whole UTC days. */
export interface AuditFilters {
  action: string;
  actorId: string;
  from: string;
  to: string;
  /** The page: entries older than this id; empty for the newest. */
  before: string;
}

const ACTION = /^[a-z_]+(\.[a-z_]*)?$/;

/** Reads the URL's filters, dropping what the API would refuse, so a hand-edited address still shows a page. */
export function parseAuditFilters(params: Readonly<Record<string, string | undefined>>): AuditFilters {
  const text = (name: string) => params[name]?.trim() ?? '';
  const date = (name: string) => (isCalendarDate(text(name)) ? text(name) : '');
  return {
    action: ACTION.test(text('action')) ? text('action') : '',
    actorId: text('actorId').slice(0, 100),
    from: date('from'),
    to: date('to'),
    before: /^[1-9]\d{0,15}$/.test(text('before')) ? text('before') : '',
  };
}

/** The API query of the filters: a date range covers the first day's start to the last day's end, in UTC. */
export function auditQuery(filters: AuditFilters): ApiQuery {
  return {
    action: filters.action || null,
    actorId: filters.actorId || null,
    from: filters.from ? `${filters.from}T00:00:00.000Z` : null,
    to: filters.to ? `${filters.to}T23:59:59.999Z` : null,
    before: filters.before || null,
    limit: AUDIT_PAGE_SIZE,
  };
}

/** The action filter's choices: every action, and each area as a whole ("Every user action"). */
export function auditActionOptions(): { value: string; label: string }[] {
  const areas = [...new Set(AUDIT_ACTIONS.map((action) => action.split('.')[0] ?? action))];
  return [
    { value: '', label: 'Any action' },
    ...areas.map((area) => ({ value: `${area}.`, label: `Every ${area.replace(/_/g, ' ')} action` })),
    ...AUDIT_ACTIONS.map((action) => ({ value: action, label: action })),
  ];
}

export interface AuditRow {
  id: number;
  when: string;
  who: string;
  action: string;
  outcome: string;
  target: string;
  ip: string;
}

/** An entry in words: the time in UTC, who did it (as named then), and what it touched. */
export function toAuditRow(entry: AuditEntryDto): AuditRow {
  const who =
    entry.actorLabel ??
    (entry.actorKind === 'system'
      ? 'System'
      : entry.actorKind === 'anonymous'
        ? 'Not signed in'
        : (entry.actorId ?? 'Unknown'));
  return {
    id: entry.id,
    when: `${entry.at.slice(0, 10)} ${entry.at.slice(11, 16)} UTC`,
    who,
    action: entry.action,
    outcome: entry.outcome === 'success' ? 'Succeeded' : 'Failed',
    target: [entry.targetType, entry.targetId].filter(Boolean).join(' ') || '—',
    ip: entry.ip ?? '—',
  };
}
