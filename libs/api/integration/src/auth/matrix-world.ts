import type { User } from '@rapport/api-auth';
import type { Vendor } from '@rapport/api-vendors';
import { createApiKey, createUser, loginAs, seedVendor, TestApi } from '@rapport/api-testing';
import { ingestPlanted } from '../analytics/analytics-setup';
import { PlantedCell, plantedData } from '../analytics/planted-data';
import { uploadFile, waitForImport } from '../ingestion/import-helpers';
import { ReviewSide, ReviewStaff, seedReviewSide, seedReviewStaff } from './matrix-world-reviews';

export const MATRIX_MONTH = '2026-03';
/** The source every API key of the matrix writes, so a key's writes fail only for the vendor, never the source. */
export const MATRIX_SOURCE = 'planted';

/** One vendor's real objects: what requests name when they ask for "this vendor's" data. */
export interface VendorSide {
  vendor: Vendor;
  conversationIds: string[];
  agentIds: string[];
  /** A completed import with one rejected line, sent by this vendor's API key. */
  importId: string;
  apiKeyId: string;
  keyHeaders: Record<string, string>;
  partner: User;
  partnerPassword: string;
  /** Review objects of this vendor's conversations: queue, submitted review, dispute, coaching note, calibration. */
  reviews: ReviewSide;
}

export interface MatrixWorld {
  api: TestApi;
  admin: Record<string, string>;
  own: VendorSide;
  other: VendorSide;
  reviewStaff: ReviewStaff;
  /** A user whose password the login route is called with. */
  login: { email: string; password: string };
}

function cells(slug: string, conversations: number): PlantedCell[] {
  return (['de', 'en'] as const).map((language) => ({
    vendor: slug,
    language,
    conversations,
    englishReplies: language === 'de' ? 0.3 : 0,
  }));
}

/**
 * Two vendors with conversations (messages, agents, CSAT answers), an import each (sent by its own vendor-bound key,
 * with an error row), a partner user each, and review objects of each vendor's conversations: so that every route can be called with the other vendor's real ids.
 */
export async function seedMatrixWorld(api: TestApi, conversationsPerLanguage = 8): Promise<MatrixWorld> {
  const admin = (await loginAs(api, 'admin')).headers;
  const sides: Array<Omit<VendorSide, 'reviews'>> = [];
  for (const [index, [slug, name]] of [
    ['lisbon-own', 'Lisbon Own Partner'],
    ['manila-other', 'Manila Other Partner'],
  ].entries()) {
    const vendor = await seedVendor(api, { slug, name });
    await ingestPlanted(api, admin, plantedData(7100 + index, MATRIX_MONTH, cells(slug, conversationsPerLanguage)));
    const key = await createApiKey(api, {
      source: MATRIX_SOURCE,
      vendorId: vendor.id,
      name: `${name} key`,
    });
    const upload = await uploadFile(
      api,
      key.headers,
      { name: `${slug}.jsonl`, content: importLines(slug) },
      { format: 'jsonl' },
    );
    if (upload.status !== 202) {
      throw new Error(`import for ${slug} refused: ${upload.status} ${JSON.stringify(upload.body)}`);
    }
    const job = await waitForImport(api, admin, upload.body.id as string);
    if (job.status !== 'completed' || job.counts.failed !== 1) {
      throw new Error(`import for ${slug} ended ${job.status} with ${JSON.stringify(job.counts)}`);
    }
    const conversations: Array<{ id: string }> = await api.dataSource.query(
      `SELECT id FROM conversations WHERE vendor_id = '${vendor.id}' ORDER BY external_id`,
    );
    const agents: Array<{ id: string }> = await api.dataSource.query(
      `SELECT id FROM agents WHERE vendor_id = '${vendor.id}' ORDER BY external_id`,
    );
    const { user: partner, password: partnerPassword } = await createUser(api, 'partner', {
      vendorId: vendor.id,
      email: `partner@${slug}.example`,
    });
    sides.push({
      vendor,
      conversationIds: conversations.map((row) => row.id),
      agentIds: agents.map((row) => row.id),
      importId: job.id,
      apiKeyId: key.id,
      keyHeaders: key.headers,
      partner,
      partnerPassword,
    });
  }
  const reviewStaff = await seedReviewStaff(api, admin);
  const withReviews: VendorSide[] = [];
  for (const side of sides) {
    withReviews.push({
      ...side,
      reviews: await seedReviewSide(
        api,
        admin,
        reviewStaff,
        side.vendor,
        side.conversationIds,
        side.agentIds[0] as string,
        side.partner,
      ),
    });
  }
  const [own, other] = withReviews as [VendorSide, VendorSide];
  if (own.conversationIds.length === 0 || other.agentIds.length === 0) {
    throw new Error('the matrix needs conversations and agents of both vendors');
  }
  const { user, password } = await createUser(api, 'qa-reviewer', {
    email: 'signs-in@matrix.example',
  });
  return { api, admin, own, other, reviewStaff, login: { email: user.email, password } };
}

function importLines(slug: string): string {
  const conversation = {
    source: MATRIX_SOURCE,
    // Not the slug itself: the takeover case copies this id into the own vendor's data, where a slug would read as a leak.
    externalId: `imported-${Buffer.from(slug).toString('hex')}`,
    vendor: slug,
    channel: 'email',
    createdAt: `${MATRIX_MONTH}-20T10:00:00.000Z`,
    messages: [
      {
        role: 'customer',
        at: `${MATRIX_MONTH}-20T10:00:00.000Z`,
        text: 'Hello, where is my parcel?',
      },
      {
        role: 'agent',
        at: `${MATRIX_MONTH}-20T10:05:00.000Z`,
        text: 'Hello, thank you for writing. It arrives tomorrow.',
        agentId: `${slug}-agent-1`,
      },
    ],
  };
  return `${JSON.stringify(conversation)}\n{"externalId": "${slug}-broken",\n`;
}

/** What must never reach a caller scoped to the other vendor: its id, slug, name and the ids of its objects. */
export function secretsOf(side: VendorSide): string[] {
  return [
    side.vendor.id,
    side.vendor.slug,
    side.vendor.name,
    side.importId,
    side.apiKeyId,
    side.partner.id,
    ...side.conversationIds,
    ...side.agentIds,
    side.reviews.queueId,
    ...side.reviews.assignmentIds,
    side.reviews.reviewId,
    side.reviews.disputeId,
    side.reviews.coachingNoteId,
    side.reviews.calibrationId,
  ];
}
