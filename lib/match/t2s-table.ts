// Word-level Traditional → Simplified fixes for matching (the character table is lib/text/t2s.ts).
export { T2S } from '../text/t2s';



/** Word-level conversions a character table cannot do (applied after it): Taiwan/HK usage → mainland. */
export const T2S_PHRASES: readonly [string, string][] = [
  ['甚么', '什么'],
  ['为甚', '为什'],
  ['帐号', '账号'],
  ['网路', '网络'],
  ['讯息', '信息'],
  ['简讯', '短信'],
  ['软体', '软件'],
  ['影片', '视频'],
  ['列印', '打印'],
];
