// Local usage analytics (pure logic): the options page's usage view and its exports.
export * from './events';
export * from './summary';
export * from './export';
export * from './unanswered';
