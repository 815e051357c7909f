import { groupAndDescendants } from './ownedAiSystems';
import { group } from '../__testUtils__';

describe('groupAndDescendants', () => {
  it('follows parentOf and childOf to any depth and survives cycles', () => {
    const a = group('a', { children: ['b'] });
    const b = group('b');
    const c = group('c', { parent: 'b' });
    // A broken hierarchy that points back up must not loop.
    const d = {
      ...group('d', { parent: 'c' }),
      relations: [
        { type: 'childOf', targetRef: 'group:default/c' },
        { type: 'parentOf', targetRef: 'group:default/a' },
      ],
    };
    const other = group('other');
    expect([...groupAndDescendants(a, [a, b, c, d, other])].sort()).toEqual([
      'group:default/a',
      'group:default/b',
      'group:default/c',
      'group:default/d',
    ]);
  });
});
