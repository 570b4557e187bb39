// v1: the studio's working copies (one row per opened or new pack, drafts included) and small settings
// (which doc was open last). A separate database from the agent's knowledge ('kefu-assist'): drafts never
// reach the matcher agents use, and the two schemas evolve independently.
export const version = 1;
export const stores = {
  docs: 'key, updatedAt',
  meta: 'key',
};
