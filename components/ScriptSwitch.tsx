import type { Script } from '@/lib/script';
import { t, type MessageKey } from './i18n';

const OPTIONS: [Script, MessageKey][] = [
  ['original', 'scriptOriginal'],
  ['cn', 'scriptSimplified'],
  ['tw', 'scriptTaiwan'],
  ['hk', 'scriptHongKong'],
  ['twp', 'scriptTaiwanPhrases'],
];

export function ScriptSwitch({ value, onChange }: { value: Script; onChange: (script: Script) => void }) {
  return (
    <div role="radiogroup" aria-label={t('scriptLabel')} className="pl-script">
      {OPTIONS.map(([script, key]) => (
        <button key={script} type="button" role="radio" aria-checked={value === script} onClick={() => onChange(script)}>
          {t(key)}
        </button>
      ))}
    </div>
  );
}
