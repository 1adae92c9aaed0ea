/**
 * Capitalised words that sit next to names without being part of them:
 * clause openers, determiners, pronouns, weekdays and months. Rules stop at
 * them ("After Microsoft Corp.", "President Macron Monday said") and strip
 * them from the edges of compromise's chains ("On Monday Stanford University").
 */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'To', 'Of', 'After', 'Before', 'When', 'While', 'Since',
  'As', 'If', 'But', 'And', 'Or', 'So', 'Then', 'Yesterday', 'Today', 'Tomorrow', 'This', 'That', 'These', 'Those',
  'Its', 'Their', 'His', 'Her', 'Our', 'My', 'Your', 'Both', 'Meanwhile', 'Also', 'Last', 'Next', 'According', 'Shares',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'I', 'We', 'They', 'He', 'She', 'It',
]);
