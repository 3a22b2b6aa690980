import type { INestApplication } from '@nestjs/common';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { ACCESS_POLICY, AccessPolicy } from '@rapport/api-core';
import { isRateLimited, SELF_SERVICE } from '@rapport/api-auth';

export interface LiveRoute {
  method: string;
  /** Full Express path, e.g. `/api/vendors/:vendorId`. */
  path: string;
  controller: string;
  handler: string;
  controllerClass: new (...args: never[]) => unknown;
  policy: AccessPolicy | undefined;
  selfService: boolean;
  /** Whether a rate limit applies, so that the route may answer 429. */
  rateLimited: boolean;
}

const GLOBAL_PREFIX = '/api';

/** Every controller route of a running app, with the access policy the guard will apply to it. */
export function liveRoutes(app: INestApplication): LiveRoute[] {
  const reflector = new Reflector();
  const scanner = new MetadataScanner();
  const routes: LiveRoute[] = [];
  const seen = new Set<unknown>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller || seen.has(controller)) {
        continue;
      }
      seen.add(controller);
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as () => unknown;
        const paths = asList(Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined);
        if (paths.length === 0) {
          continue;
        }
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const targets = [handler, controller];
        const policy = reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, targets);
        for (const base of asList(Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined)) {
          for (const path of paths) {
            routes.push({
              method,
              path: joinPath(GLOBAL_PREFIX, base, path),
              controller: controller.name,
              handler: name,
              controllerClass: controller,
              policy,
              selfService: reflector.getAllAndOverride<boolean | undefined>(SELF_SERVICE, targets) === true,
              rateLimited: isRateLimited(handler, policy),
            });
          }
        }
      }
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

function asList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function joinPath(...parts: string[]): string {
  const joined = parts
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');
  return `/${joined}`;
}
