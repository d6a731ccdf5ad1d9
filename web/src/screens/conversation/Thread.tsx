import { useEffect, useRef } from 'react';
import type { Message } from '../../api/leads.ts';
import { MessageBubble } from './MessageBubble.tsx';

/** The texts, oldest at the top, kept scrolled to the newest as they arrive. */
export function Thread({ messages }: { messages: Message[] | undefined }) {
  const box = useRef<HTMLDivElement>(null);
  const count = messages?.length ?? 0;
  useEffect(() => {
    const element = box.current;
    if (element && count > 0) element.scrollTop = element.scrollHeight;
  }, [count]);
  if (!messages) {
    return (
      <p className="muted" role="status">
        Loading messages…
      </p>
    );
  }
  return (
    <div className="thread" ref={box} aria-live="polite" aria-relevant="additions">
      {messages.length === 0 ? (
        <p className="muted thread-empty">No texts yet.</p>
      ) : (
        <ol className="bubbles" aria-label="Messages, oldest first">
          {messages.map((message) => (
            <MessageBubble key={message.id} message={message} />
          ))}
        </ol>
      )}
    </div>
  );
}
