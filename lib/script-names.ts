/**
 * The display scripts by name, apart from script.ts's zod schema so that content scripts can
 * check a stored choice without loading zod.
 */
export const SCRIPTS = ['original', 'cn', 'tw', 'hk', 'twp'] as const;
