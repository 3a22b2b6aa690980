import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { MonthlyVolumeDto, VendorDto } from '@rapport/contracts';
import { Access, ALL_ROLES } from '@rapport/api-core';
import { VendorsService } from './vendors.service';

@ApiTags('vendors')
@Controller('vendors')
export class VendorsController {
  constructor(private readonly vendors: VendorsService) {}

  @Get()
  @Access({ roles: ALL_ROLES })
  @ApiOkResponse({ description: 'Every vendor (outsourced partner) with country, time zone and sites.' })
  list(): Promise<VendorDto[]> {
    return this.vendors.list();
  }

  @Get('monthly-volume')
  @Access({ roles: ALL_ROLES })
  @ApiOkResponse({ description: 'Conversations per vendor per month (YYYY-MM).' })
  monthlyVolume(): Promise<MonthlyVolumeDto[]> {
    return this.vendors.monthlyVolume();
  }
}
