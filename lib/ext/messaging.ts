import { browser } from 'wxt/browser';
import { isEnvelope, type MessageRequest, type MessageResponse, type MessageType } from '../messages';

// Thin typed wrappers over runtime/tabs messaging. One listener per context dispatches by type.

type Handler<T extends MessageType> = (
  data: MessageRequest<T>,
  sender: { tabId?: number; url?: string },
) => MessageResponse<T> | Promise<MessageResponse<T>>;

export function sendMessage<T extends MessageType>(type: T, data: MessageRequest<T>): Promise<MessageResponse<T>> {
  return browser.runtime.sendMessage({ type, data }) as Promise<MessageResponse<T>>;
}

export function sendToTab<T extends MessageType>(tabId: number, type: T, data: MessageRequest<T>): Promise<MessageResponse<T>> {
  return browser.tabs.sendMessage(tabId, { type, data }) as Promise<MessageResponse<T>>;
}

/** Register a handler; returns an unsubscribe function. Messages of other types are left to other listeners. */
export function onMessage<T extends MessageType>(type: T, handler: Handler<T>): () => void {
  const listener = (message: unknown, sender: { tab?: { id?: number }; url?: string }) => {
    if (!isEnvelope(message) || message.type !== type) return undefined;
    return Promise.resolve(handler(message.data as MessageRequest<T>, { tabId: sender.tab?.id, url: sender.url }));
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
