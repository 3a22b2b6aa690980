import { orderMessages } from './message-order';

const m = (at: string, text: string, role = 'customer', agentId?: string) => ({
  at,
  text,
  role,
  ...(agentId ? { agentId } : {}),
});

describe('orderMessages', () => {
  it('keeps messages already in order untouched', () => {
    const result = orderMessages([m('1', 'a'), m('2', 'b'), m('2', 'c')]);
    expect(result).toEqual({ kept: [0, 1, 2], firstOutOfOrder: -1, duplicates: [] });
  });

  it('sorts by time, keeping file order for equal times, and names the first message that went back', () => {
    const result = orderMessages([m('3', 'late'), m('1', 'first'), m('2', 'x'), m('2', 'y'), m('1', 'second')]);
    expect(result.kept).toEqual([1, 4, 2, 3, 0]);
    expect(result.firstOutOfOrder).toBe(1);
  });

  it('leaves out exact duplicates (same time, author and text) wherever they are in the file', () => {
    const result = orderMessages([
      m('1', 'hi'),
      m('2', 'ok', 'agent', 'a1'),
      m('1', 'hi'),
      m('2', 'ok', 'agent', 'a1'),
    ]);
    expect(result.kept).toEqual([0, 1]);
    expect(result.duplicates).toEqual([
      { index: 2, of: 0 },
      { index: 3, of: 1 },
    ]);
  });

  it('keeps messages that differ in author, agent, time or text', () => {
    const result = orderMessages([
      m('1', 'ok', 'agent', 'a1'),
      m('1', 'ok', 'agent', 'a2'),
      m('1', 'ok', 'customer'),
      m('1', 'ok '),
      m('2', 'ok', 'agent', 'a1'),
    ]);
    expect(result.kept).toEqual([0, 1, 2, 3, 4]);
    expect(result.duplicates).toEqual([]);
  });
});
