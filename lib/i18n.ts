// UI strings in Chinese and English. The browser's language decides (zh* → Chinese, anything else → English).

const zh = {
  appName: '客服知识助手',
  question: '买家问题',
  noQuestion: '还没有读到买家消息。打开一个会话，或在下方搜索。',
  nonTextImage: '买家发来的是图片或表情，没有文字。可以在下方搜索。',
  nonTextCard: '买家发来的是商品卡片。可以在下方搜索。',
  searchPlaceholder: '搜索知识库（回车）',
  searchLabel: '搜索知识库',
  suggestions: '推荐回复',
  insert: '插入',
  insertTitle: '把回复放进工作台的输入框（不会自动发送）',
  copy: '复制',
  copied: '已复制到剪贴板',
  inserted: '已放入输入框，检查后请自己点发送',
  noMatch: '知识库里没有合适的答案。',
  flagMissing: '标记缺少答案',
  flagged: '已记录，谢谢！团队负责人会补充这个答案。',
  why: '匹配词',
  stale: '待复核',
  staleTitle: '这条答案已过复核日期，发送前请确认仍然正确',
  missingVars: '请补充：{vars}',
  conversationChanged: '会话已切换，没有插入。请在当前会话重新选择回复。',
  noInput: '没有找到工作台的输入框。已复制到剪贴板，请手动粘贴。',
  notAccepted: '输入框没有接受插入的文字。已复制到剪贴板，请手动粘贴。',
  notConnected: '与当前页面失去连接（页面可能已刷新）。已复制到剪贴板。',
  notRecognised: '无法识别这个工作台页面。仍可以搜索知识库并复制回复。',
  noConsole: '当前标签页不是支持的客服工作台。',
  console: '工作台',
  buyer: '买家',
  order: '订单',
  product: '商品',
  loading: '正在加载知识库…',
  shortcutHint: 'Alt+1…3 插入前三条推荐',
  category: '分类',
  emotion: '情绪',
  var_buyer: '买家昵称',
  var_order: '订单号',
  var_product: '商品',
  var_agent: '客服名',
  entries: '条',
  packs: '知识包',
  options: '设置',
  agentSection: '客服信息',
  agentName: '我的客服名',
  agentNameHelp: '用于答案中的 {{agent}}，也会写在你提交的缺失答案报告里。',
  save: '保存',
  saved: '已保存',
  packTitle: '名称',
  packVersion: '版本',
  packEntries: '条目数',
  packSource: '来源',
  packEnabled: '启用',
  sourceBundled: '内置',
};

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  appName: 'Kefu Assist',
  question: 'Buyer question',
  noQuestion: 'No buyer message read yet. Open a conversation, or search below.',
  nonTextImage: 'The buyer sent an image or sticker, no text. Search below.',
  nonTextCard: 'The buyer sent a product card. Search below.',
  searchPlaceholder: 'Search the knowledge base (Enter)',
  searchLabel: 'Search the knowledge base',
  suggestions: 'Suggested replies',
  insert: 'Insert',
  insertTitle: "Put the reply into the console's input (it is never sent automatically)",
  copy: 'Copy',
  copied: 'Copied to the clipboard',
  inserted: 'Placed in the input box. Check it, then press Send yourself.',
  noMatch: 'No fitting answer in the knowledge base.',
  flagMissing: 'Flag missing answer',
  flagged: 'Recorded, thank you. Your team lead will add this answer.',
  why: 'Matched',
  stale: 'Needs review',
  staleTitle: 'This answer is past its review date: check it is still right before sending',
  missingVars: 'Fill in: {vars}',
  conversationChanged: 'The conversation changed, so nothing was inserted. Pick a reply for the current conversation.',
  noInput: "The console's input box was not found. Copied to the clipboard instead: paste it by hand.",
  notAccepted: 'The input box did not accept the text. Copied to the clipboard instead: paste it by hand.',
  notConnected: 'Lost the connection to the page (it may have reloaded). Copied to the clipboard instead.',
  notRecognised: 'This console page is not recognised. You can still search and copy replies.',
  noConsole: 'This tab is not a supported seller console.',
  console: 'Console',
  buyer: 'Buyer',
  order: 'Order',
  product: 'Product',
  loading: 'Loading the knowledge base…',
  shortcutHint: 'Alt+1…3 inserts the first three suggestions',
  category: 'Category',
  emotion: 'Emotion',
  var_buyer: 'buyer name',
  var_order: 'order number',
  var_product: 'product',
  var_agent: 'agent name',
  entries: 'entries',
  packs: 'Packs',
  options: 'Options',
  agentSection: 'You',
  agentName: 'My agent name',
  agentNameHelp: 'Fills {{agent}} in answers and is written on the gap reports you send.',
  save: 'Save',
  saved: 'Saved',
  packTitle: 'Title',
  packVersion: 'Version',
  packEntries: 'Entries',
  packSource: 'Source',
  packEnabled: 'Enabled',
  sourceBundled: 'bundled',
};

export type Locale = 'zh' | 'en';

export function pickLocale(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function createT(locale: Locale): Translate {
  const table = locale === 'zh' ? zh : en;
  return (key, vars) => {
    let s: string = table[key] ?? String(key);
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
    return s;
  };
}
