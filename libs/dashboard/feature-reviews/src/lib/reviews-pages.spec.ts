import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ReviewDto, ReviewWorkspaceDto } from '@rapport/contracts';
import { SessionStore } from '@rapport/dashboard-data-access';
import { REVIEWS_ROUTES } from './reviews.routes';

const vendor = { id: 'v1', slug: 'lisboa-contact', name: 'Lisboa Contact' };
const WORKSPACE: ReviewWorkspaceDto = {
  assignment: {
    id: 'a1',
    queueId: 'q1',
    queueName: 'March sample',
    kind: 'sampling',
    conversationId: 'c1',
    vendor,
    language: 'pt',
    channel: 'chat',
    reason: 'stratum',
    reviewerId: 'u1',
    reviewStatus: null,
  },
  rubric: {
    id: 'r1',
    name: 'Quality',
    description: '',
    versionId: 'rv1',
    version: 1,
    createdAt: '2026-03-01T00:00:00.000Z',
    criteria: [
      {
        key: 'courtesy',
        label: 'Polite',
        group: 'courtesy',
        weight: 1,
        scale: '1-5',
        allowNa: false,
        critical: false,
        description: '',
      },
      {
        key: 'accurate',
        label: 'Accurate',
        group: 'accuracy',
        weight: 1,
        scale: 'yes-no',
        allowNa: false,
        critical: true,
        description: '',
      },
    ],
  },
  transcript: {
    id: 'c1',
    vendor,
    channel: 'chat',
    language: 'pt',
    createdAt: '2026-03-03T10:00:00.000Z',
    closedAt: null,
    messages: [
      {
        position: 0,
        role: 'customer',
        at: '2026-03-03T10:00:00.000Z',
        text: 'Olá, a encomenda?',
        language: 'pt',
        internal: false,
        agent: null,
      },
    ],
    surveys: [],
  },
  review: null,
  blind: true,
  automatic: null,
};

const REVIEW = {
  id: 'rev1',
  status: 'submitted',
  ratings: [
    { criterion: 'courtesy', value: 4 },
    { criterion: 'accurate', value: 1 },
  ],
  comments: [],
  total: 87.5,
  criticalFailed: false,
} as unknown as ReviewDto;

describe('review form page', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'reviews', children: REVIEWS_ROUTES }], withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('shows no automatic scores before submission, submits the chosen ratings, then shows them', async () => {
    const harness = await RouterTestingHarness.create('/reviews/assignments/a1');
    const root = () => harness.routeNativeElement as HTMLElement;
    const find = (testId: string) => root().querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    const settle = async () => {
      await harness.fixture.whenStable();
      harness.detectChanges();
    };
    http.expectOne('/api/reviews/assignments/a1').flush(WORKSPACE);
    await settle();
    expect(find('blind-note')).not.toBeNull();
    expect(find('automatic-scores')?.textContent).not.toContain('Overall');
    expect(root().textContent).toContain('Olá, a encomenda?');

    for (const [key, value] of [
      ['courtesy', '4'],
      ['accurate', '1'],
    ]) {
      const select = find(`rating-${key}`) as HTMLSelectElement;
      select.value = value;
      select.dispatchEvent(new Event('change'));
    }
    find('submit-review')?.click();
    await settle();
    const submit = http.expectOne('/api/reviews/assignments/a1/submit');
    expect(submit.request.body).toEqual({
      ratings: [
        { criterion: 'courtesy', value: 4 },
        { criterion: 'accurate', value: 1 },
      ],
      comments: [],
    });
    submit.flush(REVIEW);
    http.expectOne('/api/reviews/assignments/a1').flush({
      ...WORKSPACE,
      review: REVIEW,
      blind: false,
      automatic: {
        scores: { overall: 72.5, responsiveness: 80, courtesy: 70, comprehension: 66 },
        scorerVersion: '1',
        signals: null,
        evidence: [],
      },
    });
    await settle();
    expect(find('blind-note')).toBeNull();
    expect(find('automatic-scores')?.textContent).toContain('72.5');
    expect(find('automatic-scores')?.textContent).toContain('Your total: 87.5');
  });
  it('loads a draft’s comments back, adds one anchored to a message and a general one, and saves them with the ratings', async () => {
    const harness = await RouterTestingHarness.create('/reviews/assignments/a1');
    const root = () => harness.routeNativeElement as HTMLElement;
    const settle = async () => {
      await harness.fixture.whenStable();
      harness.detectChanges();
    };
    const draft = { ...REVIEW, status: 'draft', ratings: [], comments: [{ messagePosition: null, text: 'Saved earlier' }] };
    http.expectOne('/api/reviews/assignments/a1').flush({ ...WORKSPACE, review: draft });
    await settle();
    const boxes = () => Array.from(root().querySelectorAll<HTMLTextAreaElement>('[data-testid="comment-text"]'));
    expect(boxes().map((box) => box.value)).toEqual(['Saved earlier']);
    expect(root().querySelector('[data-testid="comments-general"]')?.textContent).toContain('General comment');

    const add = root().querySelector<HTMLButtonElement>('[data-testid="add-comment-0"]');
    expect(add?.getAttribute('aria-label')).toBe('Add comment on Message 1 · Customer');
    add?.click();
    await settle();
    // Written under the message's bubble, inside the transcript's item for that message.
    const anchored = root().querySelector<HTMLTextAreaElement>('[data-testid="transcript"] [data-testid="message-0"] [data-testid="comments-message-0"] textarea');
    expect(anchored).not.toBeNull();
    expect(document.activeElement).toBe(anchored);
    expect(root().querySelector(`label[for="${anchored?.id}"]`)?.textContent).toBe('Comment on Message 1 · Customer');
    (anchored as HTMLTextAreaElement).value = ' Asks without a greeting ';
    anchored?.dispatchEvent(new Event('input'));
    root().querySelector<HTMLButtonElement>('[data-testid="add-general-comment"]')?.click();
    await settle();
    expect(boxes()).toHaveLength(3);

    Array.from(root().querySelectorAll<HTMLButtonElement>('button')).find((button) => button.textContent?.includes('Save draft'))?.click();
    await settle();
    const save = http.expectOne('/api/reviews/assignments/a1/review');
    expect(save.request.method).toBe('PUT');
    expect(save.request.body).toEqual({
      ratings: [],
      comments: [
        { messagePosition: null, text: 'Saved earlier' },
        { messagePosition: 0, text: 'Asks without a greeting' },
      ],
    });
    save.flush(draft);
    http.expectOne('/api/reviews/assignments/a1').flush({ ...WORKSPACE, review: draft });
  });
});

describe('reviews page', () => {
  let http: HttpTestingController;

  async function open(role: 'qa-lead' | 'partner') {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'reviews', children: REVIEWS_ROUTES }], withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    jest.spyOn(TestBed.inject(SessionStore), 'role').mockReturnValue(role);
    const harness = await RouterTestingHarness.create('/reviews');
    const settle = async () => {
      await harness.fixture.whenStable();
      harness.detectChanges();
    };
    return { root: () => harness.routeNativeElement as HTMLElement, settle };
  }
  afterEach(() => http.verify());

  it('flags the languages where the automatic scores are weakly confirmed, for a lead', async () => {
    const { root, settle } = await open('qa-lead');
    http.expectOne('/api/reviews/assignments/mine').flush([]);
    http.expectOne('/api/reviews').flush([]);
    http.expectOne('/api/reviews/disputes').flush([]);
    http.expectOne('/api/reviews/coaching').flush([]);
    const cell = {
      dimension: 'overall',
      vendor: null,
      status: 'ok',
      n: 40,
      kappa: { kappa: 0.1, low: 0, high: 0.2 },
      bias: { mean: -12, low: -15, high: -9 },
    };
    http.expectOne('/api/reviews/agreement').flush({
      minReviews: 20,
      weakLanguages: ['sl'],
      cells: [
        { ...cell, language: 'sl', weak: true, spearman: { rho: 0.05, low: -0.2, high: 0.3 } },
        {
          ...cell,
          language: 'en',
          weak: false,
          spearman: { rho: 0.8, low: 0.7, high: 0.9 },
          kappa: { kappa: 0.7, low: 0.6, high: 0.8 },
        },
      ],
    });
    await settle();
    const rows = Array.from(root().querySelectorAll('[data-testid="agreement"] tbody tr'), (row) =>
      Array.from(row.children, (cell) => cell.textContent?.trim()).join('|'),
    );
    expect(rows).toEqual([
      'Slovenian|40|0.05|0.10|-12.0|automatic scores weakly confirmed in this language',
      'English|40|0.80|0.70|-12.0|',
    ]);
  });

  it('lets a partner acknowledge a coaching note and dispute a review with a reason, and asks nothing of reviewers or agreement', async () => {
    const { root, settle } = await open('partner');
    http.expectOne('/api/reviews').flush([{ ...REVIEW, vendor, language: 'pt' }]);
    http.expectOne('/api/reviews/disputes').flush([]);
    http.expectOne('/api/reviews/coaching').flush([
      { id: 'n1', reviewId: 'rev1', vendor, agentId: null, text: 'Greet first', createdAt: '2026-03-02T00:00:00Z', acknowledgedAt: null },
    ]);
    await settle();
    root().querySelector<HTMLButtonElement>('[data-testid="acknowledge-note"]')?.click();
    http.expectOne('/api/reviews/coaching/n1/acknowledge').flush({});
    http.expectOne('/api/reviews/coaching').flush([]);
    const input = root().querySelector<HTMLInputElement>('[data-testid="reviews-list"] input');
    expect(input).not.toBeNull();
    (input as HTMLInputElement).value = 'The agent did apologise';
    input?.dispatchEvent(new Event('input'));
    root().querySelector<HTMLButtonElement>('[data-testid="reviews-list"] button')?.click();
    await settle();
    const dispute = http.expectOne('/api/reviews/rev1/disputes');
    expect(dispute.request.body).toEqual({ reason: 'The agent did apologise' });
    dispute.flush({});
    http.expectOne('/api/reviews/disputes').flush([]);
    expect(root().querySelector('[data-testid="agreement"]')).toBeNull();
  });
});

describe('review detail page', () => {
  it('shows a partner the comments under the bubble of the message they anchor to, and the general ones apart', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'reviews', children: REVIEWS_ROUTES }], withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    jest.spyOn(TestBed.inject(SessionStore), 'role').mockReturnValue('partner');
    const harness = await RouterTestingHarness.create('/reviews/rev1');
    const root = () => harness.routeNativeElement as HTMLElement;
    http.expectOne('/api/reviews/rev1').flush({
      ...REVIEW,
      conversationId: 'c1',
      vendor,
      language: 'pt',
      channel: 'chat',
      rubricVersion: 1,
      version: 1,
      reviewer: null,
      comments: [
        { messagePosition: null, text: 'Friendly throughout' },
        { messagePosition: 0, text: 'The customer had to ask twice' },
      ],
      criteria: WORKSPACE.rubric.criteria,
      history: [],
      disputes: [],
      coaching: [],
    });
    await harness.fixture.whenStable();
    http.expectOne('/api/conversations/c1').flush({ ...WORKSPACE.transcript, messages: WORKSPACE.transcript.messages });
    await harness.fixture.whenStable();
    harness.detectChanges();
    const bubble = root().querySelector('[data-testid="review-transcript"] [data-testid="message-0"]');
    expect(bubble?.querySelector('[data-testid="message-text"]')?.textContent).toContain('Olá, a encomenda?');
    const anchored = bubble?.querySelector('[data-testid="comments-message-0"]');
    expect(anchored?.textContent).toContain('Comments on message 1');
    expect(anchored?.textContent).toContain('The customer had to ask twice');
    expect(root().querySelector('[data-testid="review-comments"]')?.textContent).not.toContain('The customer had to ask twice');
    expect(root().querySelector('[data-testid="review-comments"] [data-testid="comments-general"]')?.textContent).toContain(
      'Friendly throughout',
    );
    http.verify();
  });
});
