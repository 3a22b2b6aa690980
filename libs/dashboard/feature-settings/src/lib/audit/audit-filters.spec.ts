import type { AuditEntryDto } from '@rapport/contracts';
import { auditCsvUrl } from '@rapport/dashboard-data-access';
import { AUDIT_PAGE_SIZE, auditActionOptions, auditQuery, parseAuditFilters, toAuditRow } from './audit-filters';

describe('audit log filters', () => {
  it('reads the URL, dropping what the API would refuse', () => {
    expect(
      parseAuditFilters({ action: 'user.', actorId: ' u-1 ', from: '2026-12-01', to: '2026-02-30', before: '41' }),
    ).toEqual({
      action: 'user.',
      actorId: 'u-1',
      from: '2026-12-01',
      to: '',
      before: '41',
    });
    expect(parseAuditFilters({ action: 'DROP TABLE', before: '-3' })).toEqual({
      action: '',
      actorId: '',
      from: '',
      to: '',
      before: '',
    });
  });

  it('asks the API for whole UTC days, a page at a time, and downloads every match without paging', () => {
    const query = auditQuery({ action: 'auth.login', actorId: '', from: '2026-12-01', to: '2026-12-07', before: '90' });
    expect(query).toEqual({
      action: 'auth.login',
      actorId: null,
      from: '2026-12-01T00:00:00.000Z',
      to: '2026-12-07T23:59:59.999Z',
      before: '90',
      limit: AUDIT_PAGE_SIZE,
    });
    expect(auditCsvUrl(query)).toBe(
      '/api/audit/export?action=auth.login&from=2026-12-01T00:00:00.000Z&to=2026-12-07T23:59:59.999Z',
    );
  });

  it('offers each area as a whole before the single actions', () => {
    const options = auditActionOptions();
    expect(options[0]).toEqual({ value: '', label: 'Any action' });
    expect(options).toContainEqual({ value: 'api_key.', label: 'Every api key action' });
    expect(options).toContainEqual({ value: 'export.download', label: 'export.download' });
  });

  it('writes an entry in words', () => {
    const entry: AuditEntryDto = {
      id: 7,
      at: '2026-12-07T09:05:33.000Z',
      actorKind: 'anonymous',
      actorId: null,
      actorLabel: null,
      action: 'auth.login_failed',
      outcome: 'failure',
      targetType: null,
      targetId: null,
      vendorId: null,
      ip: '10.0.0.1',
      details: null,
    };
    expect(toAuditRow(entry)).toEqual({
      id: 7,
      when: '2026-12-07 09:05 UTC',
      who: 'Not signed in',
      action: 'auth.login_failed',
      outcome: 'Failed',
      target: '—',
      ip: '10.0.0.1',
    });
  });
});
