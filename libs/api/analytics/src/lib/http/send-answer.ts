import type { Response } from 'express';
import type { SerialisedAnswer } from '../cache/response-cache';

/**
 * Sends an answer serialised once (see AnalyticsResponseCache) as it is: no JSON encoding and no hashing per request;
 * with its entity tag set, Express answers 304 itself when the caller already holds this version.
 */
export function sendAnswer(response: Response, answer: SerialisedAnswer): void {
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('ETag', answer.etag);
  response.send(answer.body);
}
