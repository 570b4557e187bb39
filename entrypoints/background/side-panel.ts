// Clicking the toolbar button opens the side panel (Chrome/Edge). Firefox uses its sidebar instead.
export function setupSidePanel(): void {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } } })
    .chrome?.sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch((e: unknown) => console.warn('sidePanel behaviour', e));
}
