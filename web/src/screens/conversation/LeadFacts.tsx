import type { Lead } from '../../api/leads.ts';
import { formatTime, Time, useViewerZone } from '../../components/Time.tsx';
import { profileFacts } from './profile-facts.ts';

const LEAD_TYPES: Record<string, string> = { buyer: 'Buyer', seller: 'Seller', renter: 'Renter' };

export function LeadFacts({ lead }: { lead: Lead }) {
  const zone = useViewerZone();
  const facts = profileFacts(lead, { time: (iso) => formatTime(iso, zone) });
  const contact = lead.contact;
  return (
    <section className="panel-section" aria-labelledby="facts-title">
      <h2 id="facts-title">Profile</h2>
      <dl className="facts">
        <dt>Phone</dt>
        <dd>{contact.phone ?? contact.phoneRaw ?? '—'}</dd>
        <dt>Email</dt>
        <dd>{contact.email ?? '—'}</dd>
        <dt>Source</dt>
        <dd>{lead.source}</dd>
        {lead.leadType && (
          <>
            <dt>Type</dt>
            <dd>{LEAD_TYPES[lead.leadType] ?? lead.leadType}</dd>
          </>
        )}
        {facts.map((fact) => (
          <div key={fact.key} className="fact">
            <dt>{fact.label}</dt>
            <dd>
              {fact.value}
              {fact.source && (
                <span className="fact-source muted">
                  {' '}
                  ({fact.source}
                  {fact.at && (
                    <>
                      , <Time value={fact.at} />
                    </>
                  )}
                  )
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {facts.length === 0 && <p className="muted">The conversation has not learned anything yet.</p>}
      <h3>
        Score <span className="score">{lead.score}</span>
        <span className="muted"> / 100</span>
      </h3>
      {lead.scoreFactors && lead.scoreFactors.length > 0 ? (
        <ul className="score-factors">
          {lead.scoreFactors.map((factor) => (
            <li key={factor.code}>
              <span>{factor.label}</span>
              <span className="numeric">
                {factor.points > 0 ? '+' : ''}
                {factor.points}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No scoring factors yet.</p>
      )}
    </section>
  );
}
