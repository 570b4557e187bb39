import type { ConsoleHealth as Health } from '@/lib/console/teach/health';
import type { TeachText } from '@/lib/console/teach/strings';

/** "Console layout changed": the adapter lost the page; one click re-teaches it (the layout detector reads meanwhile). */
export function ConsoleHealth({ health, name, tt, onReteach }: { health: Health; name: string; tt: TeachText; onReteach: () => void }) {
  if (health.ok) return null;
  return (
    <p class="notice" role="alert" data-testid="layout-changed" data-reason={health.reason ?? ''}>
      {tt(health.reason === 'no-input' ? 'layoutNoInput' : 'layoutChanged', { name })}{' '}
      <button type="button" data-testid="reteach-console" onClick={onReteach}>{tt('reteach')}</button>
    </p>
  );
}
