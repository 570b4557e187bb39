import type { StudioKey, StudioT } from '@/lib/studio/i18n';
import type { EntryStatus } from '@/lib/studio/types';

export function StatusBadge({ status, t }: { status: EntryStatus; t: StudioT }) {
  return (
    <span class={`badge status-${status}`} data-testid="status-badge" data-status={status}>
      {t(`st_${status}` as StudioKey)}
    </span>
  );
}
