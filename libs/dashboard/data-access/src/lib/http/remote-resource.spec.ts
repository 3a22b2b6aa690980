import { HttpClient, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RemoteResource, upsertBy } from './remote-resource';

interface Item {
  id: string;
  name: string;
}

describe('RemoteResource', () => {
  let http: HttpTestingController;
  let resource: RemoteResource<Item[]>;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const client = TestBed.inject(HttpClient);
    resource = new RemoteResource(() => client.get<Item[]>('/api/items'));
  });

  afterEach(() => http.verify());

  it('loads once with ensureLoaded, again with load', () => {
    resource.ensureLoaded();
    resource.ensureLoaded();
    http.expectOne('/api/items').flush([{ id: 'a', name: 'A' }]);
    resource.ensureLoaded();
    http.expectNone('/api/items');
    expect(resource.state()).toEqual({ status: 'loaded', data: [{ id: 'a', name: 'A' }] });
    resource.load();
    expect(resource.state()).toEqual({ status: 'loading' });
    http.expectOne('/api/items').flush([]);
    expect(resource.state()).toEqual({ status: 'loaded', data: [] });
  });

  it('refreshes with the loaded data still shown, and loads plainly when nothing is loaded yet', () => {
    resource.refresh();
    expect(resource.state()).toEqual({ status: 'loading' });
    http.expectOne('/api/items').flush([{ id: 'a', name: 'A' }]);
    resource.refresh();
    expect(resource.state()).toEqual({ status: 'loaded', data: [{ id: 'a', name: 'A' }] });
    http.expectOne('/api/items').flush([{ id: 'a', name: 'A2' }]);
    expect(resource.state()).toEqual({ status: 'loaded', data: [{ id: 'a', name: 'A2' }] });
  });

  it('reports failures and updates only loaded data', () => {
    resource.update(() => [{ id: 'x', name: 'X' }]);
    expect(resource.state()).toEqual({ status: 'idle' });
    resource.load();
    http.expectOne('/api/items').flush(null, { status: 403, statusText: 'Forbidden' });
    expect(resource.state()).toEqual({ status: 'failed', error: { status: 403, code: 'FORBIDDEN', message: 'Your role does not allow you to see this page.' } });
  });

  it('replaces its data on set, cancelling a load in flight', () => {
    resource.load();
    const pending = http.expectOne('/api/items');
    resource.set([{ id: 'b', name: 'B' }]);
    expect(pending.cancelled).toBe(true);
    expect(resource.state()).toEqual({ status: 'loaded', data: [{ id: 'b', name: 'B' }] });
  });
});

describe('upsertBy', () => {
  const list: Item[] = [
    { id: 'a', name: 'Anna' },
    { id: 'c', name: 'Carl' },
  ];
  const key = (item: Item) => item.id;

  it.each<[string, Item, ((a: Item, b: Item) => number) | undefined, string[]]>([
    ['replaces an entry in place', { id: 'c', name: 'Cora' }, undefined, ['Anna', 'Cora']],
    ['adds a new entry first', { id: 'b', name: 'Bea' }, undefined, ['Bea', 'Anna', 'Carl']],
    ['sorts a new entry in', { id: 'b', name: 'Bea' }, (x, y) => x.name.localeCompare(y.name), ['Anna', 'Bea', 'Carl']],
  ])('%s', (_case, item, order, names) => {
    expect(upsertBy(list, item, key, order).map((entry) => entry.name)).toEqual(names);
  });

  it('leaves the given list untouched', () => {
    upsertBy(list, { id: 'a', name: 'Ada' }, key);
    expect(list[0]?.name).toBe('Anna');
  });
});
