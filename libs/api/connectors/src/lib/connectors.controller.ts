import { Body, Controller, Get, HttpCode, Ip, Post, Put } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, Principal, ZodValidationPipe } from '@rapport/api-core';
import { ConnectorSyncAnswer, zendeskConnectorInputSchema, ZendeskConnectorDto } from '@rapport/contracts';
import { ConnectorSettingsService } from './connector-settings.service';

type ZendeskInput = ReturnType<typeof zendeskConnectorInputSchema.parse>;

/** Help-desk connectors (Settings): administrators only, since a connector holds a help desk's API token. */
@ApiTags('connectors')
@Controller('connectors')
export class ConnectorsController {
  constructor(private readonly connectors: ConnectorSettingsService) {}

  @Get('zendesk')
  @Access({ roles: ['admin'] })
  @ApiOkResponse({ description: 'The Zendesk connector: settings without the token (only whether one is stored) and its sync status.' })
  get(): Promise<ZendeskConnectorDto> {
    return this.connectors.get();
  }

  @Put('zendesk')
  @Access({ roles: ['admin'] })
  @ApiOkResponse({ description: 'Saved; the token is sealed at rest and never returned. Audited as connector.change.' })
  save(
    @Body(new ZodValidationPipe(zendeskConnectorInputSchema)) input: ZendeskInput,
    @CurrentPrincipal() principal: Principal,
    @Ip() ip: string,
  ): Promise<ZendeskConnectorDto> {
    return this.connectors.save(input, principal, ip);
  }

  @Post('zendesk/sync')
  @HttpCode(202)
  @Access({ roles: ['admin'] })
  @ApiAcceptedResponse({ description: 'A sync is queued (once, whatever the number of requests); it shows on the Imports page as an import of source zendesk-connector. 409 when the connector is not saved yet.' })
  async sync(@CurrentPrincipal() principal: Principal, @Ip() ip: string): Promise<ConnectorSyncAnswer> {
    await this.connectors.syncNow(principal, ip);
    return { queued: true };
  }
}
