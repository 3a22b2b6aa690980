import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { MonthlyVolumeDto, VendorDto } from '@rapport/contracts';
import { Access, ALL_ROLES, CurrentPrincipal, DomainError, Principal } from '@rapport/api-core';
import { VendorsService } from './vendors.service';

@ApiTags('vendors')
@Controller('vendors')
export class VendorsController {
  constructor(private readonly vendors: VendorsService) {}

  @Get()
  @Access({ roles: ALL_ROLES, readKey: true })
  @ApiOkResponse({ description: 'The vendors (outsourced partners) the caller may see, with country, time zone and sites.' })
  list(@CurrentPrincipal() principal: Principal): Promise<VendorDto[]> {
    return this.vendors.list(principal);
  }

  @Get('monthly-volume')
  @Access({ roles: ALL_ROLES, readKey: true })
  @ApiOkResponse({ description: 'Conversations per vendor per month (YYYY-MM), for the vendors the caller may see.' })
  monthlyVolume(@CurrentPrincipal() principal: Principal): Promise<MonthlyVolumeDto[]> {
    return this.vendors.monthlyVolume(principal);
  }

  @Get(':vendorId')
  @Access({ roles: ALL_ROLES, readKey: true })
  @ApiOkResponse({ description: 'One vendor; 404 when it does not exist or belongs to another partner.' })
  async get(@CurrentPrincipal() principal: Principal, @Param('vendorId') vendorId: string): Promise<VendorDto> {
    const vendor = await this.vendors.get(principal, vendorId);
    if (!vendor) {
      throw DomainError.notFound('Vendor');
    }
    return vendor;
  }
}
