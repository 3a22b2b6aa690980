import { Body, Controller, Delete, Get, Ip, Param, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Access, CurrentPrincipal, Principal, ZodValidationPipe } from '@rapport/api-core';
import { ApiKeyDto, CreateApiKeyRequest, createApiKeySchema, CreatedApiKeyDto } from '@rapport/contracts';
import { ApiKeysService } from './api-keys.service';

@ApiTags('api-keys')
@Controller('api-keys')
@Access({ roles: ['admin'] })
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Get()
  @ApiOkResponse({ description: 'Every ingestion key: name, prefix, source, vendor, created, last used, revoked. Never the key itself.' })
  list(): Promise<ApiKeyDto[]> {
    return this.keys.list();
  }

  @Post()
  @ApiBody({ schema: z.toJSONSchema(createApiKeySchema, { io: 'input' }) as object })
  @ApiOkResponse({ description: 'The new key, shown this once: send it as `Authorization: Bearer rk_…`.' })
  create(@Body(new ZodValidationPipe(createApiKeySchema)) body: CreateApiKeyRequest, @CurrentPrincipal() actor: Principal, @Ip() ip: string): Promise<CreatedApiKeyDto> {
    return this.keys.create(body, actor, ip);
  }

  @Delete(':id')
  @ApiOkResponse({ description: 'Revokes the key at once; it stays listed, with its revocation time.' })
  revoke(@Param('id') id: string, @CurrentPrincipal() actor: Principal, @Ip() ip: string): Promise<ApiKeyDto> {
    return this.keys.revoke(id, actor, ip);
  }
}
