import { useMemo } from 'react';
import {
  type CompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/**
 * The entity ref as a string and as an object that stays the same while the
 * string does. Callers may pass a new object on every render; keying loads,
 * memoised rows and dialogs on it would reload and redraw each time.
 */
export function useStableEntityRef(entityRef: CompoundEntityRef): {
  ref: string;
  entityRef: CompoundEntityRef;
} {
  const ref = stringifyEntityRef(entityRef);
  const stable = useMemo(() => parseEntityRef(ref), [ref]);
  return { ref, entityRef: stable };
}
