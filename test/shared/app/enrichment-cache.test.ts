import { describe, expect, it } from 'vitest';
import { emptyEnrichmentCache, keepTodo, parseEnrichmentCache } from '../../../shared/app/enrichment-cache';

// The saved cache is read defensively: broken entries are dropped, a file that is not a cache
// throws (the state file then starts empty: only calls are lost, never correctness).

describe('parseEnrichmentCache', () => {
  it('reads back what was saved', () => {
    const cache = {
      ...emptyEnrichmentCache(),
      plan: { listFetchedAt: 5, coveredTaskIds: ['t'], instanceByTask: { t: 'c' }, details: { c: 6 } },
      items: { t: { taskId: 't', instanceCode: 'c', summaries: [] } },
      instances: { c: { instanceCode: 'c', tasks: [], timeline: [], form: { ok: true, fields: [] } } },
      signature: ['t'],
    };
    expect(parseEnrichmentCache(JSON.parse(JSON.stringify(cache)))).toEqual(cache);
  });

  it('drops entries without the shape the views rely on', () => {
    const parsed = parseEnrichmentCache({
      version: 1,
      plan: { listFetchedAt: 'x', coveredTaskIds: ['t', 3], instanceByTask: { t: 'c', u: 4 }, details: { c: 'later' } },
      items: { t: { taskId: 'other', instanceCode: 'c', summaries: [] }, u: null },
      instances: { c: { instanceCode: 'c' } },
      signature: 'no',
    });
    expect(parsed).toEqual({ version: 1, plan: { listFetchedAt: null, coveredTaskIds: ['t'], instanceByTask: { t: 'c' }, details: {} }, items: {}, instances: {}, signature: [] });
  });

  it('throws for something that is not a cache', () => {
    expect(() => parseEnrichmentCache({ version: 2 })).toThrow();
    expect(() => parseEnrichmentCache([])).toThrow();
  });
});

describe('keepTodo', () => {
  it('keeps only the to-do tasks and their instances', () => {
    const cache = {
      ...emptyEnrichmentCache(),
      plan: { listFetchedAt: 1, coveredTaskIds: ['a'], instanceByTask: { a: 'ca' }, details: { ca: 1, cb: 1 } },
      items: { a: { taskId: 'a', instanceCode: 'ca' }, b: { taskId: 'b', instanceCode: 'cb' } },
      instances: { ca: { instanceCode: 'ca' }, cb: { instanceCode: 'cb' } },
      signature: ['a', 'b'],
    } as never;
    const kept = keepTodo(cache, new Set(['a']));
    expect(Object.keys(kept.items)).toEqual(['a']);
    expect(Object.keys(kept.instances)).toEqual(['ca']);
    expect(kept.signature).toEqual(['a']);
  });
});
