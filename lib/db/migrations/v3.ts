// v3: feed subscriptions with their sync status, the previous version of every pack (one-click rollback)
// and the "What's new" baseline (the version of a pack the agent last acknowledged).
export const version = 3;
export const stores = {
  feeds: 'url, managed',
  packHistory: 'packId',
  baselines: 'packId',
};
