import { fieldProblems } from '@aigov/plugin-ai-governance-common';
import type { z } from 'zod';

/**
 * Checks one entry of a seed file with the API's own schema, so a seed
 * cannot write what the API would refuse; throws naming the entry (`where`)
 * and each field.
 */
export function checkSeedEntry<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = fieldProblems(result.error).map(
      p => `${p.path} ${p.message}`,
    );
    throw new Error(`${where}: ${problems.join('; ')}`);
  }
  return result.data;
}
