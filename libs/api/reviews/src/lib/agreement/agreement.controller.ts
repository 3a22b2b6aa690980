import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, CLIENT_ROLES, CurrentPrincipal, Principal, ZodValidationPipe } from '@rapport/api-core';
import { AgreementDto, AgreementQuery, agreementQuerySchema, CalibrationReportDto } from '@rapport/contracts';
import { LEADS, REVIEWERS } from '../review-roles';
import { CalibrationReportService } from '../calibration/calibration-report.service';
import { AgreementService } from './agreement.service';

@ApiTags('reviews')
@Controller('reviews')
export class AgreementController {
  constructor(
    private readonly agreement: AgreementService,
    private readonly calibration: CalibrationReportService,
  ) {}

  @Get('agreement')
  @Access({ roles: CLIENT_ROLES })
  @ApiOkResponse({
    description:
      'Automatic score vs submitted reviews per dimension × language (all vendors, and per vendor): Spearman with interval, quadratic weighted kappa on five bands, mean difference (bias), n; "insufficient" below minReviews; weak languages flagged.',
  })
  get(@Query(new ZodValidationPipe(agreementQuerySchema)) query: AgreementQuery): Promise<AgreementDto> {
    return this.agreement.agreement(query);
  }

  @Get('calibrations/:queueId/report')
  @Access({ roles: [...new Set([...LEADS, ...REVIEWERS])] })
  @ApiOkResponse({
    description:
      'A calibration session’s agreement: Krippendorff’s alpha per criterion and language with a bootstrap interval, reviewer deviations, most disputed conversations.',
  })
  report(@Param('queueId') queueId: string, @CurrentPrincipal() principal: Principal): Promise<CalibrationReportDto> {
    return this.calibration.report(queueId, principal);
  }
}
