import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { Clock, DomainError, Principal } from '@rapport/api-core';
import { ALL_VENDORS } from '@rapport/api-database';
import { AuditService } from '@rapport/api-audit';
import { VendorsService } from '@rapport/api-vendors';
import { ApiKeyDto, CreateApiKeyRequest, CreatedApiKeyDto } from '@rapport/contracts';
import { ApiKey } from './api-key.entity';
import { randomSecret, sha256 } from './secrets';

export const API_KEY_PREFIX = 'rk_';
/** `rk_` and the first 8 secret characters: enough to recognise a key, far too little to guess it. */
const SHOWN_PREFIX_LENGTH = API_KEY_PREFIX.length + 8;
/** Last-used times are refreshed at most this often, so a busy ingestion key does not write on every call. */
const LAST_USED_PRECISION_MS = 60_000;

/** Credentials for systems (ingestion writers, reporting readers): shown once, stored as SHA-256, revocable. */
@Injectable()
export class ApiKeysService {
  constructor(
    @InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>,
    private readonly vendors: VendorsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<ApiKeyDto[]> {
    return (await this.keys.find({ order: { createdAt: 'DESC' } })).map(toApiKeyDto);
  }

  async create(request: CreateApiKeyRequest, actor: Principal, ip: string | null): Promise<CreatedApiKeyDto> {
    if (request.vendorId && !(await this.vendors.get(ALL_VENDORS, request.vendorId))) {
      throw DomainError.invalid('vendorId: unknown vendor', [{ line: 0, field: 'vendorId', reason: 'unknown vendor' }]);
    }
    const secret = API_KEY_PREFIX + randomSecret();
    const key = this.keys.create({
      id: randomUUID(),
      name: request.name,
      prefix: secret.slice(0, SHOWN_PREFIX_LENGTH),
      keyHash: sha256(secret),
      scope: request.scope,
      source: request.source ?? '',
      vendorId: request.vendorId,
      createdBy: actor.kind === 'user' ? actor.id : null,
      createdAt: this.clock.now().toISOString(),
      lastUsedAt: null,
      revokedAt: null,
    });
    await this.keys.insert(key);
    await this.audit.record({
      actor,
      action: 'api_key.create',
      target: { type: 'api_key', id: key.id },
      vendorId: key.vendorId,
      ip,
      details: { name: key.name, prefix: key.prefix, scope: key.scope, ...(key.scope === 'ingest' ? { source: key.source } : {}) },
    });
    return { apiKey: toApiKeyDto(key), key: secret };
  }

  async revoke(id: string, actor: Principal, ip: string | null): Promise<ApiKeyDto> {
    const key = await this.keys.findOneBy({ id });
    if (!key) {
      throw DomainError.notFound('API key');
    }
    if (!key.revokedAt) {
      key.revokedAt = this.clock.now().toISOString();
      await this.keys.update({ id }, { revokedAt: key.revokedAt });
      await this.audit.record({ actor, action: 'api_key.revoke', target: { type: 'api_key', id }, vendorId: key.vendorId, ip, details: { prefix: key.prefix } });
    }
    return toApiKeyDto(key);
  }

  /** The live key for a presented secret, or null; records when it was last used. */
  async resolve(secret: string): Promise<ApiKey | null> {
    if (!secret.startsWith(API_KEY_PREFIX)) {
      return null;
    }
    const key = await this.keys.findOneBy({ keyHash: sha256(secret) });
    if (!key || key.revokedAt) {
      return null;
    }
    const now = this.clock.now();
    if (!key.lastUsedAt || now.getTime() - new Date(key.lastUsedAt).getTime() >= LAST_USED_PRECISION_MS) {
      key.lastUsedAt = now.toISOString();
      await this.keys.update({ id: key.id }, { lastUsedAt: key.lastUsedAt });
    }
    return key;
  }
}

export function toApiKeyDto(key: ApiKey): ApiKeyDto {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    scope: key.scope,
    source: key.scope === 'read' ? null : key.source,
    vendorId: key.vendorId,
    createdAt: key.createdAt,
    lastUsedAt: key.lastUsedAt,
    revokedAt: key.revokedAt,
  };
}
