import { createApiKey, postJson } from '@rapport/api-testing';
import { answer, KEY_REFUSAL, takeoverWorld, ticket, withoutIds } from './takeover-world';

jest.setTimeout(300_000);

describe('ingestion keys conversations by vendor: one vendor’s writes never reveal or change another vendor’s data: REST batches', () => {
  const w = takeoverWorld();

  it('answers a vendor-bound key’s record on another vendor’s id exactly as a free id: its own conversation', async () => {
    const onTaken = await postJson(
      w.api,
      '/api/conversations/batch',
      [ticket('x-1', 'alpha', 'Alpha’s own x-1')],
      w.alphaKey,
    );
    const onFree = await postJson(
      w.api,
      '/api/conversations/batch',
      [ticket('x-free', 'alpha', 'Alpha’s own x-1')],
      w.alphaKey,
    );
    expect(onTaken.status).toBe(200);
    expect(onTaken.body).toMatchObject({
      counts: { received: 1, created: 1, updated: 0, unchanged: 0, failed: 0 },
      items: [{ line: 0, externalId: 'x-1', status: 'created' }],
    });
    expect(withoutIds(onFree.body)).toBe(withoutIds(onTaken.body));
    expect(onTaken.body.items[0].id).not.toBe(w.betaConversation('x-1'));
    // A later export of it updates alpha's conversation, as for any id of alpha's.
    const again = await postJson(
      w.api,
      '/api/conversations/batch',
      [ticket('x-1', 'alpha', 'A later export')],
      w.alphaKey,
    );
    const againFree = await postJson(
      w.api,
      '/api/conversations/batch',
      [ticket('x-free', 'alpha', 'A later export')],
      w.alphaKey,
    );
    expect(again.body.items).toMatchObject([{ status: 'updated', id: onTaken.body.items[0].id }]);
    expect(withoutIds(againFree.body)).toBe(withoutIds(again.body));

    expect(await w.rowsOf(w.betaId)).toEqual(w.betaBefore);
    const alpha = await w.rowsOf(w.alphaId);
    expect(alpha['conversations']).toMatchObject([
      { external_id: 'x-1', vendor_id: w.alphaId },
      { external_id: 'x-free', vendor_id: w.alphaId },
    ]);
    expect(alpha['messages']).toContainEqual(expect.objectContaining({ text: 'A later export' }));
  });

  it('refuses a record naming another vendor with one sentence, whether the id is stored, free, or the vendor exists', async () => {
    const refusal = {
      counts: { received: 1, created: 0, updated: 0, unchanged: 0, failed: 1 },
      items: [{ line: 0, status: 'failed', error: { line: 0, field: 'vendor', reason: KEY_REFUSAL } }],
    };
    for (const record of [
      ticket('x-1', 'beta', 'Replaced by alpha'),
      ticket('x-new', 'beta'),
      ticket('x-new', 'no-such-vendor'),
    ]) {
      const other = await postJson(w.api, '/api/conversations/batch', [record], w.alphaKey);
      expect(other.status).toBe(200);
      expect(withoutIds(other.body)).toBe(JSON.stringify(refusal));
    }
    expect(await w.rowsOf(w.betaId)).toEqual(w.betaBefore);
  });

  it('files a vendor-bound key’s survey answers under its own vendor, answered as for a free id; the victim’s stay', async () => {
    // No conversation of alpha's yet: each answer waits for alpha's own, stored or free id alike.
    const onTaken = await postJson(w.api, '/api/surveys/batch', [answer('x-1', 1), answer('x-later', 1)], w.alphaKey);
    const onFree = await postJson(w.api, '/api/surveys/batch', [answer('free-1', 1), answer('free-2', 1)], w.alphaKey);
    expect(onTaken.body).toMatchObject({
      counts: { received: 2, created: 2, updated: 0, unchanged: 0, failed: 0 },
      waiting: 2,
    });
    expect(withoutIds(onFree.body)).toBe(withoutIds(onTaken.body));
    // Alpha stores its own x-1: its answer links to it, never to beta's conversation.
    await postJson(w.api, '/api/conversations/batch', [ticket('x-1', 'alpha')], w.alphaKey);
    const alpha = await w.rowsOf(w.alphaId);
    const alphaX1 = (alpha['conversations'] as Array<{ id: string }>)[0]?.id;
    expect(alpha['surveys']).toContainEqual(
      expect.objectContaining({
        conversation_external_id: 'x-1',
        conversation_id: alphaX1,
        score: expect.anything(),
      }),
    );
    // Answering again now that the conversation is stored: an update of alpha's own answer, as for a free id.
    const update = await postJson(w.api, '/api/surveys/batch', [answer('x-1', 2)], w.alphaKey);
    expect(update.body.items).toMatchObject([{ status: 'updated' }]);
    expect(await w.rowsOf(w.betaId)).toEqual(w.betaBefore);
  });

  it('refuses a survey answer naming another (or an unknown) vendor with the same sentence', async () => {
    for (const vendor of ['beta', 'no-such-vendor']) {
      const named = await postJson(w.api, '/api/surveys/batch', [{ ...answer('x-1', 1), vendor }], w.alphaKey);
      expect(named.body).toEqual({
        counts: { received: 1, created: 0, updated: 0, unchanged: 0, failed: 1 },
        waiting: 0,
        items: [
          {
            line: 0,
            conversationExternalId: 'x-1',
            questionKey: 'csat',
            status: 'failed',
            error: { line: 0, field: 'vendor', reason: KEY_REFUSAL },
          },
        ],
      });
    }
    expect(await w.rowsOf(w.betaId)).toEqual(w.betaBefore);
  });

  it('never files an id another vendor holds under a second vendor for a client-wide writer, and says where it is', async () => {
    const clientKey = (await createApiKey(w.api, { source: 'crm' })).headers;
    const refusal =
      'conversation "x-1" of source "crm" belongs to vendor "beta"; ingestion never moves a conversation to another vendor';
    for (const headers of [clientKey, w.admin]) {
      const moved = await postJson(w.api, '/api/conversations/batch', [ticket('x-1', 'alpha', 'Moved')], headers);
      expect(moved.status).toBe(200);
      expect(moved.body).toEqual({
        counts: { received: 1, created: 0, updated: 0, unchanged: 0, failed: 1 },
        items: [{ line: 0, externalId: 'x-1', status: 'failed', error: { line: 0, field: 'vendor', reason: refusal } }],
      });
    }
    expect(await w.rowsOf(w.betaId)).toEqual(w.betaBefore);
    expect((await w.rowsOf(w.alphaId))['conversations']).toEqual([]);
    // The conversation's own vendor still updates it, in place.
    const updated = await postJson(
      w.api,
      '/api/conversations/batch',
      [ticket('x-1', 'beta', 'A later export')],
      clientKey,
    );
    expect(updated.body.items).toMatchObject([{ status: 'updated', id: w.betaConversation('x-1') }]);
  });

  it('asks a client-wide survey answer for its vendor when several vendors hold the id, and never picks one', async () => {
    const clientKey = (await createApiKey(w.api, { source: 'crm' })).headers;
    await postJson(w.api, '/api/conversations/batch', [ticket('x-1', 'alpha')], w.alphaKey);
    const alphaX1 = ((await w.rowsOf(w.alphaId))['conversations'] as Array<{ id: string }>)[0]?.id;
    const ambiguous = await postJson(
      w.api,
      '/api/surveys/batch',
      [{ ...answer('x-1', 3), questionKey: 'nps' }],
      clientKey,
    );
    expect(ambiguous.body.items).toEqual([
      {
        line: 0,
        conversationExternalId: 'x-1',
        questionKey: 'nps',
        status: 'failed',
        error: {
          line: 0,
          field: 'vendor',
          reason: expect.stringMatching(
            /^conversation "x-1" of source "crm" is stored for several vendors \("(alpha|beta)", "(alpha|beta)"\); name the vendor of this answer$/,
          ),
        },
      },
    ]);
    expect(ambiguous.body.items[0].error.reason).toContain('"alpha"');
    expect(ambiguous.body.items[0].error.reason).toContain('"beta"');
    const named = await postJson(
      w.api,
      '/api/surveys/batch',
      [{ ...answer('x-1', 3), questionKey: 'nps', vendor: 'alpha' }],
      clientKey,
    );
    expect(named.body.items).toMatchObject([{ status: 'created', linked: true }]);
    expect((await w.rowsOf(w.alphaId))['surveys']).toEqual([
      expect.objectContaining({ question_key: 'nps', conversation_id: alphaX1, conversation_vendor_id: w.alphaId }),
    ]);
    // An id only beta holds needs no vendor: the answer rates beta's conversation.
    const single = await postJson(
      w.api,
      '/api/surveys/batch',
      [{ ...answer('501', 3), questionKey: 'nps' }],
      clientKey,
    );
    expect(single.body.items).toMatchObject([{ status: 'created', linked: true }]);
    expect((await w.rowsOf(w.betaId))['surveys']).toContainEqual(
      expect.objectContaining({ question_key: 'nps', conversation_id: w.betaConversation('501') }),
    );
    // Alpha's copy of x-1 left beta's conversation and answers as they were.
    const beta = await w.rowsOf(w.betaId);
    expect(beta['conversations']).toEqual(w.betaBefore['conversations']);
    expect(beta['messages']).toEqual(w.betaBefore['messages']);
  });

  it('links a client-wide answer waiting without a vendor to the first conversation stored under its id', async () => {
    const clientKey = (await createApiKey(w.api, { source: 'crm' })).headers;
    const waiting = await postJson(w.api, '/api/surveys/batch', [answer('x-shared', 2)], clientKey);
    expect(waiting.body).toMatchObject({ counts: { created: 1 }, waiting: 1 });
    await postJson(w.api, '/api/conversations/batch', [ticket('x-shared', 'alpha')], w.alphaKey);
    await postJson(w.api, '/api/conversations/batch', [ticket('x-shared', 'beta')], w.betaKey);
    const alpha = await w.rowsOf(w.alphaId);
    expect(alpha['surveys']).toEqual([
      expect.objectContaining({
        conversation_external_id: 'x-shared',
        conversation_vendor_id: w.alphaId,
        conversation_id: (alpha['conversations'] as Array<{ id: string }>)[0]?.id,
        writer_vendor_id: null,
      }),
    ]);
    expect((await w.rowsOf(w.betaId))['surveys']).toEqual(w.betaBefore['surveys']);
  });
});
