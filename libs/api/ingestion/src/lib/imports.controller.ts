import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Ip,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  StreamableFile,
  UploadedFiles,
  UseInterceptors,
} from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Readable } from 'node:stream';
import { z } from 'zod';
import {
  ColumnMappingDto,
  ColumnMappingInput,
  columnMappingSchema,
  IMPORT_FORMATS,
  ImportErrorDto,
  ImportJobDto,
  UserRole,
} from '@rapport/contracts';
import { Access, CurrentPrincipal, Principal, ZodValidationPipe } from '@rapport/api-core';
import { ColumnMappingsService } from './column-mappings.service';
import { ImportFormatDescription, describeImportFormats } from './import-format-descriptions';
import { ImportsService } from './imports.service';
import { MAX_IMPORT_FILES } from './import-parts';
import { UploadAdmissionInterceptor } from './upload-admission.interceptor';

const READERS: readonly UserRole[] = ['admin', 'qa-reviewer', 'qa-lead', 'vendor-manager'];
const pageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
type Page = z.infer<typeof pageSchema>;

/** The part of multer's file description a disk upload has. */
interface DiskFile {
  path: string;
  originalname: string;
  size: number;
}

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly mappings: ColumnMappingsService,
  ) {}

  @Post()
  @Access({ roles: ['admin'], apiKey: true })
  @HttpCode(202)
  // Admission first: size, free disk and the stated length are checked before multer writes a byte.
  @UseInterceptors(UploadAdmissionInterceptor, FilesInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    description:
      'The file (or several `file` parts, or a zip of files), streamed to disk, and how to read it. Several files are read in the order sent and count as one import; Zendesk tickets, comments and satisfaction ratings join by ticket id in any order. The import runs in the background: follow it at GET /api/imports/{id}.',
    schema: {
      type: 'object',
      required: ['file', 'format'],
      properties: {
        file: {
          type: 'array',
          items: { type: 'string', format: 'binary' },
          description: `One or more files (at most ${MAX_IMPORT_FILES}, zip entries included); a zip is read entry by entry`,
        },
        format: { type: 'string', enum: [...IMPORT_FORMATS] },
        source: {
          type: 'string',
          description: 'Source system stored with each record (conversations and surveys match on source + id)',
        },
        vendor: { type: 'string', description: 'Vendor slug for records that do not name one' },
        redactPii: { type: 'boolean', description: 'Replace e-mail addresses, phone and card numbers before storing' },
        mappingId: { type: 'string', format: 'uuid', description: 'Saved column mapping (CSV formats)' },
        options: {
          type: 'string',
          description:
            'JSON object: columnMapping, defaults, delimiter, defaultScale, vendorByBrand, vendorByGroup, channelByVia',
        },
      },
    },
  })
  upload(
    @UploadedFiles() files: DiskFile[] | undefined,
    @Body() fields: unknown,
    @CurrentPrincipal() principal: Principal,
    @Ip() ip: string,
  ): Promise<ImportJobDto> {
    const uploads = (files ?? []).map((file) => ({ path: file.path, originalName: file.originalname, size: file.size }));
    return this.imports.createFromUpload(uploads, fields, principal, new Date().toISOString(), ip);
  }

  @Get()
  @Access({ roles: READERS })
  @ApiOkResponse({ description: 'Import history, newest first.' })
  list(@Query(new ZodValidationPipe(pageSchema)) page: Page): Promise<{ items: ImportJobDto[]; total: number }> {
    return this.imports.list(page.limit, page.offset);
  }

  @Get('formats')
  @Access({ roles: READERS })
  @ApiOkResponse({ description: 'Accepted formats with their CSV fields, for the upload and column-mapping forms.' })
  formats(): ImportFormatDescription[] {
    return describeImportFormats();
  }

  @Get('mappings')
  @Access({ roles: READERS })
  listMappings(): Promise<ColumnMappingDto[]> {
    return this.mappings.list();
  }

  @Post('mappings')
  @Access({ roles: ['admin'] })
  createMapping(
    @Body(new ZodValidationPipe(columnMappingSchema)) input: ColumnMappingInput,
  ): Promise<ColumnMappingDto> {
    return this.mappings.create(input, new Date().toISOString());
  }

  @Delete('mappings/:id')
  @Access({ roles: ['admin'] })
  @HttpCode(204)
  removeMapping(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.mappings.remove(id);
  }

  @Get(':id')
  @Access({ roles: READERS })
  @ApiOkResponse({ description: 'Status, byte and line progress, counts and error count of one import.' })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ImportJobDto> {
    return this.imports.get(id);
  }

  @Get(':id/errors')
  @Access({ roles: READERS })
  errors(
    @Param('id', ParseUUIDPipe) id: string,
    @Query(new ZodValidationPipe(pageSchema)) page: Page,
  ): Promise<{ items: ImportErrorDto[]; total: number }> {
    return this.imports.errors(id, page.limit, page.offset);
  }

  @Get(':id/errors.csv')
  @Access({ roles: READERS })
  @ApiOkResponse({
    description:
      'Every rejected row (line, item, field, reason) as CSV; cells that a spreadsheet would run as formulas are neutralised. The download is audited.',
  })
  async errorsCsv(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentPrincipal() principal: Principal,
    @Ip() ip: string,
  ): Promise<StreamableFile> {
    const lines = await this.imports.errorsCsv(id, principal, ip);
    return new StreamableFile(Readable.from(lines), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="import-${id}-errors.csv"`,
    });
  }
}
