import { Body, Controller, Get, Ip, Param, Post, Put } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Access, CLIENT_ROLES, CurrentPrincipal, Principal, ZodValidationPipe } from '@rapport/api-core';
import { VendorProfileDto, VendorProfileInput, VendorProfileSavedDto, vendorProfileSchema } from '@rapport/contracts';
import { VendorProfilesService } from './vendor-profiles.service';

const profileBody = z.toJSONSchema(vendorProfileSchema, { io: 'input' }) as object;

/** Registered before VendorsController so `profiles` is not read as a vendor id. */
@ApiTags('vendors')
@Controller('vendors')
export class VendorProfilesController {
  constructor(private readonly profiles: VendorProfilesService) {}

  @Get('profiles')
  @Access({ roles: CLIENT_ROLES })
  @ApiOkResponse({ description: 'Every vendor with business hours per weekday and expected formality per language, for the settings page.' })
  list(): Promise<VendorProfileDto[]> {
    return this.profiles.list();
  }

  @Post()
  @Access({ roles: ['admin'] })
  @ApiBody({ schema: profileBody })
  @ApiOkResponse({ description: 'The new vendor; 409 when the slug is taken.' })
  create(@Body(new ZodValidationPipe(vendorProfileSchema)) body: VendorProfileInput, @CurrentPrincipal() actor: Principal, @Ip() ip: string): Promise<VendorProfileDto> {
    return this.profiles.create(body, actor, ip);
  }

  @Put(':vendorId')
  @Access({ roles: ['admin'] })
  @ApiBody({ schema: profileBody })
  @ApiOkResponse({
    description:
      'Replaces the vendor profile; 404 for an unknown vendor, 409 when the slug is taken. When hours, time zone or formality change, its conversations are scored again in the background: `rescore` says whether that started and for how many.',
  })
  update(
    @Param('vendorId') vendorId: string,
    @Body(new ZodValidationPipe(vendorProfileSchema)) body: VendorProfileInput,
    @CurrentPrincipal() actor: Principal,
    @Ip() ip: string,
  ): Promise<VendorProfileSavedDto> {
    return this.profiles.update(vendorId, body, actor, ip);
  }
}
