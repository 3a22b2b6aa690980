import { HttpClient, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Mutation } from './mutation';

describe('Mutation', () => {
  let http: HttpTestingController;
  let mutation: Mutation<{ name: string }, { id: string }>;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const client = TestBed.inject(HttpClient);
    mutation = new Mutation((body) => client.post<{ id: string }>('/api/things', body));
  });

  afterEach(() => http.verify());

  it('goes from idle to pending to done with the answer, then calls back', () => {
    const answers: string[] = [];
    expect(mutation.state()).toEqual({ status: 'idle' });
    expect(mutation.run({ name: 'a' }, (result) => answers.push(result.id))).toBe(true);
    expect(mutation.state()).toEqual({ status: 'pending' });
    const request = http.expectOne({ method: 'POST', url: '/api/things' });
    expect(request.request.body).toEqual({ name: 'a' });
    request.flush({ id: 't1' });
    expect(mutation.state()).toEqual({ status: 'done', result: { id: 't1' } });
    expect(answers).toEqual(['t1']);
  });

  it('refuses a second run while one is pending', () => {
    mutation.run({ name: 'a' });
    expect(mutation.run({ name: 'a' })).toBe(false);
    http.expectOne('/api/things').flush({ id: 't1' });
  });

  it('reports the API error and can run again', () => {
    mutation.run({ name: '' });
    http.expectOne('/api/things').flush({ statusCode: 400, code: 'invalid_input', message: 'name: too short' }, { status: 400, statusText: 'Bad Request' });
    expect(mutation.state()).toEqual({ status: 'failed', error: { status: 400, code: 'invalid_input', message: 'name: too short' } });
    expect(mutation.run({ name: 'b' })).toBe(true);
    http.expectOne('/api/things').flush({ id: 't2' });
  });

  it('forgets the outcome on reset', () => {
    mutation.run({ name: 'a' });
    http.expectOne('/api/things').flush({ id: 't1' });
    mutation.reset();
    expect(mutation.state()).toEqual({ status: 'idle' });
  });
});
