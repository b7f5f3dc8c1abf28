import { z } from 'zod';

/**
 * Zod compiles object parsers with `new Function` unless told not to. Extension pages forbid
 * eval, and a page's strict CSP reports even the probe zod catches (`new Function('')`), so
 * every entrypoint imports this first: parsers are interpreted and the probe never runs.
 */
z.config({ jitless: true });
