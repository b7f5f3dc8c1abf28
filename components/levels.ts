import type { Level } from '@/lib/corpus/schema';
import type { ValidityStatus } from '@/lib/validity';
import type { MessageKey } from './i18n';

export const LEVELS: readonly Level[] = ['national', 'provincial', 'municipal'];
export const LEVEL_KEY: Record<Level, MessageKey> = { national: 'levelNational', provincial: 'levelProvincial', municipal: 'levelMunicipal' };
export const VALIDITY_KEY: Record<ValidityStatus, MessageKey> = {
  'in-force': 'validityInForce',
  expired: 'validityExpired',
  'not-yet-in-force': 'validityNotYet',
  unknown: 'validityUnknown',
};
