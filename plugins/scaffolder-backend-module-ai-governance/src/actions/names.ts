import { InputError } from '@backstage/errors';
import {
  type CompoundEntityRef,
  makeValidator,
  parseEntityRef,
} from '@backstage/catalog-model';

/*
 * Template parameters reach these actions through task specs that anyone can
 * post to the scaffolder API, so the form's own patterns are not enough: a
 * name ends up in file paths, repository names and URLs.
 */

/** The catalog's own rules for names and namespaces. */
const validator = makeValidator();

/**
 * Checks an entity name that will also be used as a file or repository name.
 * Throws an InputError naming the input and the problem.
 */
export function assertSafeEntityName(
  input: string,
  value: unknown,
  isValid: (name: string) => boolean = name =>
    validator.isValidEntityName(name),
): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new InputError(`${input} must be a non-empty string`);
  }
  if (value.includes('/') || value.includes('\\') || value.includes('..')) {
    throw new InputError(
      `${input} "${value}" must be a plain name: path separators and ".." could write outside the workspace`,
    );
  }
  if (!isValid(value)) {
    throw new InputError(
      `${input} "${value}" is not a valid entity name: use 1 to 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit`,
    );
  }
  return value;
}

/**
 * Reads the reference of the AiSystem to onboard: `aisystem:ns/name`,
 * `ns/name` or a bare name. Any other kind is refused.
 */
export function parseAiSystemRef(
  input: string,
  value: string,
): CompoundEntityRef {
  let ref: CompoundEntityRef;
  try {
    ref = parseEntityRef(value, {
      defaultKind: 'AiSystem',
      defaultNamespace: 'default',
    });
  } catch (error) {
    throw new InputError(
      `${input} "${value}" is not an entity reference: ${
        (error as Error).message
      }`,
    );
  }
  if (ref.kind.toLocaleLowerCase('en-US') !== 'aisystem') {
    throw new InputError(
      `${input} must refer to an AiSystem entity; "${value}" is a ${ref.kind}`,
    );
  }
  assertSafeEntityName(`${input} name`, ref.name);
  assertSafeEntityName(`${input} namespace`, ref.namespace, name =>
    validator.isValidNamespace(name),
  );
  return { kind: 'aisystem', namespace: ref.namespace, name: ref.name };
}
