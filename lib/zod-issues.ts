import type { z } from 'zod';

/**
 * A zod failure as `path: message` for each problem, what a person needs to find and fix it
 * (`clauses.12.text: expected string`). `root` names the whole input when the problem is there.
 */
export function describeZodError(error: z.ZodError, { root = '(root)', separator = '\n' } = {}): string {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : root}: ${issue.message}`).join(separator);
}
