import { useEffect, useState } from 'react';
import { api, isNotFound } from '../../api/client.ts';

/** The part of GET /leads/:id a calendar needs to name who an appointment is with. */
interface LeadContact {
  contact: { name: string | null; phone: string | null; email: string | null };
}

/** How a lead is named on screen: the name, else the phone, else the email. */
export function leadLabel(contact: LeadContact['contact']): string {
  return contact.name?.trim() || contact.phone || contact.email || 'Unnamed lead';
}

/** Shown until a lead's name arrives, and for a lead that is no longer there. */
export const LEAD_PENDING = 'Lead';
export const LEAD_GONE = 'Lead no longer on file';

const AT_ONCE = 6;

/**
 * The names of the leads with these ids, looked up once each (a week holds a handful of leads): a
 * lead erased or out of reach reads as no longer on file, never as its id.
 */
export function useLeadNames(ids: readonly string[]): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const wanted = [...new Set(ids)].sort().join(',');

  useEffect(() => {
    const missing = wanted.split(',').filter((id) => id && !names.has(id));
    if (missing.length === 0) return;
    const controller = new AbortController();
    let next = 0;
    const found = new Map<string, string>();
    const worker = async () => {
      while (next < missing.length && !controller.signal.aborted) {
        const id = missing[next++] as string;
        try {
          const lead = await api<LeadContact>(`/leads/${id}`, { signal: controller.signal });
          found.set(id, leadLabel(lead.contact));
        } catch (error) {
          if (controller.signal.aborted) return;
          // A failure other than "not found" is tried again with the next change of the week shown.
          if (isNotFound(error)) found.set(id, LEAD_GONE);
        }
      }
    };
    void Promise.all(Array.from({ length: Math.min(AT_ONCE, missing.length) }, worker)).then(() => {
      if (!controller.signal.aborted && found.size > 0) {
        setNames((current) => new Map([...current, ...found]));
      }
    });
    return () => controller.abort();
  }, [wanted, names]);

  return names;
}
