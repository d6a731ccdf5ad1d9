import type { Message } from '../../api/leads.ts';
import { formatTime, Time, useViewerZone } from '../../components/Time.tsx';
import { AUTHOR_LABELS, messageStatus } from './message-status.ts';

export function MessageBubble({ message }: { message: Message }) {
  const zone = useViewerZone();
  const status = messageStatus(message, (iso) => formatTime(iso, zone));
  const side = message.direction === 'inbound' ? 'theirs' : 'ours';
  return (
    <li className={`bubble-row ${side}`} data-author={message.author} data-status={message.status}>
      <div className={`bubble bubble-${message.author} tone-${status.tone}`}>
        <span className="bubble-author">{AUTHOR_LABELS[message.author]}</span>
        <p className="bubble-body">{message.body}</p>
      </div>
      <p className="bubble-meta">
        <Time value={message.createdAt} style="time" />
        {message.direction === 'outbound' && (
          <span className={`status status-${status.tone}`}> · {status.label}</span>
        )}
      </p>
      {status.reason && <p className={`bubble-reason status-${status.tone}`}>{status.reason}</p>}
    </li>
  );
}
