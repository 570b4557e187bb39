import type { ConsoleAdapter } from '../types';

// Amazon Seller Central buyer-seller messaging. Evidence: consoles.md §7 (two automation extensions) covers the
// contact-buyer form only (/messaging/contact?orderID=…): a Katal <kat-textarea> whose real <textarea> sits in
// its open shadow root (input.ts fills that one), and a Send button we never click.
// No public evidence shows the inbox thread's markup, so no thread selector is guessed: messageRow matches
// nothing on purpose and the question stays empty (the agent searches in the panel). With no buyer selectors
// the reader treats this as a form and does not let the layout detector replace it; on a page without this
// reply box (an inbox thread) the layout detector reads instead.
export const amazon: ConsoleAdapter = {
  id: 'amazon',
  name: 'Amazon',
  hosts: [
    'sellercentral.amazon.com',
    'sellercentral.amazon.ca',
    'sellercentral.amazon.com.mx',
    'sellercentral.amazon.com.br',
    'sellercentral-europe.amazon.com',
    'sellercentral.amazon.co.uk',
    'sellercentral.amazon.de',
    'sellercentral.amazon.fr',
    'sellercentral.amazon.it',
    'sellercentral.amazon.es',
    'sellercentral.amazon.nl',
    'sellercentral.amazon.se',
    'sellercentral.amazon.pl',
    'sellercentral.amazon.com.tr',
    'sellercentral.amazon.ae',
    'sellercentral.amazon.sa',
    'sellercentral.amazon.in',
    'sellercentral-japan.amazon.com',
    'sellercentral.amazon.com.au',
    'sellercentral.amazon.sg',
  ],
  // Seller Central is the whole back office: only its messaging pages.
  paths: ['/messaging'],
  messageRow: [':not(*)'],
  buyer: [],
  // The contact form's own boxes only: a bare kat-textarea elsewhere under /messaging (an inbox thread, whose
  // markup is unknown) must leave that page to the layout detector instead of reading it as this form.
  input: ['.contact-buyer-text-area kat-textarea', 'kat-textarea.hill-text-area'],
  send: ['kat-button.ayb-contact-form-send-button'],
  // "Send message to <Name>": cleanName drops the lead-in.
  buyerName: ['.ayb-contact-buyer-header h2'],
  order: ['?orderID', '?orderId'],
  // One contact form per order: the order id in the URL tells forms apart.
  conversationId: ['?orderID', '?orderId'],
};
