import { Controller, Get, Header, Ip, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Principal, ZodValidationPipe } from '@rapport/api-core';
import { AuditPageDto, AuditQuery, auditQuerySchema } from '@rapport/contracts';
import { AuditService } from './audit.service';

@ApiTags('audit')
@Controller('audit')
@Access({ roles: ['admin'] })
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOkResponse({ description: 'Audit entries, newest first, filtered by actor, action (or `area.` prefix), outcome, target, vendor and time.' })
  list(@Query(new ZodValidationPipe(auditQuerySchema)) query: AuditQuery): Promise<AuditPageDto> {
    return this.audit.list(query);
  }

  @Get('export')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="audit-log.csv"')
  @ApiOkResponse({ description: 'The filtered audit log as CSV (spreadsheet formulas neutralised). The export itself is audited.' })
  async export(
    @Query(new ZodValidationPipe(auditQuerySchema)) query: AuditQuery,
    @CurrentPrincipal() principal: Principal,
    @Ip() ip: string,
  ): Promise<string> {
    const { csv, rows } = await this.audit.exportCsv(query);
    await this.audit.record({ actor: principal, action: 'export.download', target: { type: 'audit_log', id: null }, ip, details: { rows, filters: query } });
    return csv;
  }
}
