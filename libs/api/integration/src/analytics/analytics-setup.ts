import { ScoringWorker } from '@rapport/api-scoring';
import { getJson, postJson, TestApi } from '@rapport/api-testing';
import { PlantedData } from './planted-data';

/** Stores planted data through the real batch endpoints and waits until every conversation is scored. */
export async function ingestPlanted(api: TestApi, headers: Record<string, string>, data: PlantedData): Promise<void> {
  const conversations = await postJson(api, '/api/conversations/batch', data.conversations, headers);
  if (conversations.status !== 200 || conversations.body.counts.failed > 0) {
    throw new Error(`conversation batch failed: ${JSON.stringify(conversations.body).slice(0, 500)}`);
  }
  const surveys = await postJson(api, '/api/surveys/batch', data.surveys, headers);
  if (surveys.status !== 200 || surveys.body.counts.failed > 0) {
    throw new Error(`survey batch failed: ${JSON.stringify(surveys.body).slice(0, 500)}`);
  }
  await scored(api);
}

export async function scored(api: TestApi): Promise<void> {
  const worker = api.app.get(ScoringWorker);
  worker.kick();
  await worker.idle();
}

/** GET with the session headers; fails the test with the body when the status is not the expected one. */
export async function getOk(api: TestApi, path: string, headers: Record<string, string>, status = 200): Promise<any> {
  const response = await getJson(api, path, headers);
  if (response.status !== status) {
    throw new Error(`GET ${path} answered ${response.status}: ${JSON.stringify(response.body).slice(0, 500)}`);
  }
  return response.body;
}
