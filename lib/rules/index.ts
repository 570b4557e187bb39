export { builtInRules, consoleGroups } from './builtin';
export { appliesTo, checkReply, effectiveRules, highlightParts, type Violation } from './check';
export { parseRuleList, ruleSchema, type RuleSpec } from './schema';
