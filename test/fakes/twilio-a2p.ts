import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the Twilio APIs of A2P 10DLC registration, at the protocol level: HTTP Basic auth
 * with the account SID and token, form-encoded requests (repeated keys for lists, JSON for `Attributes`),
 * JSON answers in Twilio's snake_case shapes and its error body. Reached through TWILIO_API_BASE_URL with the
 * product's host as the first path segment (`/trusthub/v1/...`, `/messaging/v1/...`); api.twilio.com paths
 * as they are (`/2010-04-01/...`).
 *
 * Trust Hub: CustomerProfiles and TrustProducts (create, update, EntityAssignments, Evaluations), EndUsers,
 * SupportingDocuments; Addresses and IncomingPhoneNumbers; Messaging: a2p/BrandRegistrations (create,
 * fetch), Services (create, PhoneNumbers) and Services/{sid}/Compliance/Usa2p (create, fetch, delete).
 * The review itself is the test's: `reviewBrand` and `reviewCampaign` decide it.
 */

export interface FakeA2pOptions {
  accountSid: string;
  authToken: string;
  /** Numbers the account owns (E.164). */
  numbers?: string[];
}

export interface A2pRequest {
  method: string;
  path: string;
  form: Record<string, string | string[]>;
}

type Resource = Record<string, unknown> & { sid: string };

export interface FakeA2p {
  baseUrl: string;
  requests: A2pRequest[];
  /** Every resource made, by SID (a deleted campaign stays, marked `deleted`). */
  resources: Map<string, Resource>;
  /** The resources of one kind (`EndUsers`, `BrandRegistrations`, `Usa2p`...), in the order made. */
  made(kind: string): Resource[];
  reviewBrand(sid: string, review: { status: string; errors?: unknown[]; failureReason?: string }): void;
  reviewCampaign(sid: string, review: { status: string; errors?: unknown[] }): void;
  close(): Promise<void>;
}

const PREFIX: Record<string, string> = {
  CustomerProfiles: 'BU',
  TrustProducts: 'BU',
  EndUsers: 'IT',
  SupportingDocuments: 'RD',
  EntityAssignments: 'BV',
  Evaluations: 'EL',
  Addresses: 'AD',
  BrandRegistrations: 'BN',
  Services: 'MG',
  PhoneNumbers: 'PN',
  Usa2p: 'QE',
};

const sidOf = (prefix: string) => `${prefix}${randomBytes(16).toString('hex')}`;

const LIST_KEYS = new Set(['MessageSamples', 'OptInKeywords', 'OptOutKeywords', 'HelpKeywords']);

function readForm(raw: string): Record<string, string | string[]> {
  const params = new URLSearchParams(raw);
  const form: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    form[key] = LIST_KEYS.has(key) ? params.getAll(key) : (params.get(key) as string);
  }
  return form;
}

class TwilioError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

const required = (form: Record<string, string | string[]>, ...keys: string[]) => {
  for (const key of keys) {
    if (form[key] === undefined || form[key] === '') {
      throw new TwilioError(400, 21604, `Missing required parameter ${key} in the post body`);
    }
  }
};

const lengthAtLeast = (value: unknown, min: number, name: string) => {
  if (typeof value !== 'string' || value.length < min) {
    throw new TwilioError(400, 21614, `${name} must be at least ${min} characters`);
  }
};

export async function startFakeA2p(options: FakeA2pOptions): Promise<FakeA2p> {
  const resources = new Map<string, Resource>();
  const requests: A2pRequest[] = [];
  const order: Array<{ kind: string; sid: string }> = [];
  const auth = `Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`).toString('base64')}`;
  const numbers = (options.numbers ?? []).map((number) => ({ sid: sidOf('PN'), phone_number: number }));
  const now = () => new Date().toISOString();

  const make = (kind: string, fields: Record<string, unknown>): Resource => {
    const resource: Resource = {
      sid: sidOf(PREFIX[kind] ?? 'XX'),
      account_sid: options.accountSid,
      date_created: now(),
      date_updated: now(),
      ...fields,
    };
    resources.set(resource.sid, resource);
    order.push({ kind, sid: resource.sid });
    return resource;
  };
  const existing = (sid: string | undefined, what: string): Resource => {
    const found = sid ? resources.get(sid) : undefined;
    if (!found) throw new TwilioError(404, 20404, `The requested ${what} was not found`);
    return found;
  };

  const bundle = (kind: 'CustomerProfiles' | 'TrustProducts', form: Record<string, string | string[]>) => {
    required(form, 'FriendlyName', 'Email', 'PolicySid');
    return make(kind, {
      friendly_name: form.FriendlyName,
      email: form.Email,
      policy_sid: form.PolicySid,
      status: 'draft',
      assignments: [] as string[],
      evaluated: false,
    });
  };

  const route = (
    method: string,
    path: string,
    form: Record<string, string | string[]>,
    query: URLSearchParams,
  ) => {
    const parts = path.split('/').filter(Boolean);
    // Trust Hub
    if (parts[0] === 'trusthub' && parts[1] === 'v1') {
      const [, , kind, sid, sub] = parts as [string, string, string, string?, string?];
      if (kind === 'EndUsers' && method === 'POST' && !sid) {
        required(form, 'FriendlyName', 'Type');
        return make('EndUsers', {
          friendly_name: form.FriendlyName,
          type: form.Type,
          attributes: JSON.parse(String(form.Attributes ?? '{}')),
        });
      }
      if (kind === 'SupportingDocuments' && method === 'POST' && !sid) {
        required(form, 'FriendlyName', 'Type');
        return make('SupportingDocuments', {
          friendly_name: form.FriendlyName,
          type: form.Type,
          attributes: JSON.parse(String(form.Attributes ?? '{}')),
          status: 'draft',
        });
      }
      if ((kind === 'CustomerProfiles' || kind === 'TrustProducts') && method === 'POST') {
        if (!sid) return bundle(kind, form);
        const target = existing(sid, kind);
        if (sub === 'EntityAssignments') {
          required(form, 'ObjectSid');
          existing(String(form.ObjectSid), 'object');
          (target.assignments as string[]).push(String(form.ObjectSid));
          return make('EntityAssignments', {
            object_sid: form.ObjectSid,
            [`${kind === 'TrustProducts' ? 'trust_product' : 'customer_profile'}_sid`]: sid,
          });
        }
        if (sub === 'Evaluations') {
          required(form, 'PolicySid');
          target.evaluated = true;
          return make('Evaluations', { policy_sid: form.PolicySid, status: 'compliant', results: [] });
        }
        if (!sub) {
          if (form.Status === 'pending-review' && !target.evaluated) {
            throw new TwilioError(400, 70002, 'The bundle must be evaluated before it is submitted');
          }
          if (typeof form.Status === 'string') target.status = form.Status;
          target.date_updated = now();
          return target;
        }
      }
    }
    // api.twilio.com
    if (parts[0] === '2010-04-01' && parts[1] === 'Accounts' && parts[2] === options.accountSid) {
      if (parts[3] === 'Addresses.json' && method === 'POST') {
        required(form, 'CustomerName', 'Street', 'City', 'Region', 'PostalCode', 'IsoCountry');
        return make('Addresses', {
          customer_name: form.CustomerName,
          street: form.Street,
          city: form.City,
          region: form.Region,
          postal_code: form.PostalCode,
          iso_country: form.IsoCountry,
        });
      }
      if (parts[3] === 'IncomingPhoneNumbers.json' && method === 'GET') {
        const wanted = query.get('PhoneNumber');
        const list = numbers.filter((n) => !wanted || n.phone_number === wanted);
        return {
          incoming_phone_numbers: list.map((n) => ({ ...n, account_sid: options.accountSid })),
          page: 0,
          page_size: list.length,
          next_page_uri: null,
          uri: path,
        };
      }
    }
    // Messaging
    if (parts[0] === 'messaging' && parts[1] === 'v1') {
      if (parts[2] === 'a2p' && parts[3] === 'BrandRegistrations') {
        if (method === 'POST' && !parts[4]) {
          required(form, 'CustomerProfileBundleSid', 'A2PProfileBundleSid');
          const profile = existing(String(form.CustomerProfileBundleSid), 'CustomerProfile');
          const product = existing(String(form.A2PProfileBundleSid), 'TrustProduct');
          if (profile.status !== 'pending-review' || product.status !== 'pending-review') {
            throw new TwilioError(400, 21614, 'Both bundles must be submitted for review first');
          }
          return make('BrandRegistrations', {
            customer_profile_bundle_sid: profile.sid,
            a2p_profile_bundle_sid: product.sid,
            brand_type: form.BrandType ?? 'STANDARD',
            status: 'PENDING',
            failure_reason: null,
            errors: [],
            tcr_id: null,
          });
        }
        if (method === 'GET' && parts[4]) return existing(parts[4], 'BrandRegistration');
      }
      if (parts[2] === 'Services') {
        const serviceSid = parts[3];
        if (method === 'POST' && !serviceSid) {
          required(form, 'FriendlyName');
          return make('Services', { friendly_name: form.FriendlyName, phone_numbers: [] as string[] });
        }
        const service = existing(serviceSid, 'Service');
        if (parts[4] === 'PhoneNumbers' && method === 'POST') {
          required(form, 'PhoneNumberSid');
          const owned = numbers.find((n) => n.sid === form.PhoneNumberSid);
          if (!owned) throw new TwilioError(404, 20404, 'The requested PhoneNumber was not found');
          (service.phone_numbers as string[]).push(owned.phone_number);
          return make('PhoneNumbers', { service_sid: serviceSid, phone_number: owned.phone_number });
        }
        if (parts[4] === 'Compliance' && parts[5] === 'Usa2p') {
          const campaignSid = parts[6];
          if (method === 'POST' && !campaignSid) return createCampaign(service, form);
          const campaign = existing(campaignSid, 'Usa2p');
          if (campaign.deleted) throw new TwilioError(404, 20404, 'The requested Usa2p was not found');
          if (method === 'GET') return campaign;
          if (method === 'DELETE') {
            campaign.deleted = true;
            return null;
          }
        }
      }
    }
    throw new TwilioError(404, 20404, `The requested resource ${path} was not found`);
  };

  const createCampaign = (service: Resource, form: Record<string, string | string[]>) => {
    required(
      form,
      'BrandRegistrationSid',
      'Description',
      'MessageFlow',
      'MessageSamples',
      'UsAppToPersonUsecase',
    );
    required(form, 'HasEmbeddedLinks', 'HasEmbeddedPhone');
    const brand = existing(String(form.BrandRegistrationSid), 'BrandRegistration');
    if (brand.status !== 'APPROVED') throw new TwilioError(400, 21614, 'The brand is not approved');
    lengthAtLeast(form.Description, 40, 'Description');
    lengthAtLeast(form.MessageFlow, 40, 'MessageFlow');
    const samples = form.MessageSamples as string[];
    if (samples.length < 2 || samples.length > 5) {
      throw new TwilioError(400, 21614, 'MessageSamples must hold 2 to 5 samples');
    }
    for (const sample of samples) lengthAtLeast(sample, 20, 'Each of MessageSamples');
    const alive = [...resources.values()].some(
      (r) => r.messaging_service_sid === service.sid && r.sid.startsWith('QE') && !r.deleted,
    );
    if (alive) throw new TwilioError(409, 21710, 'The Messaging Service already has a campaign');
    return make('Usa2p', {
      brand_registration_sid: brand.sid,
      messaging_service_sid: service.sid,
      description: form.Description,
      message_flow: form.MessageFlow,
      message_samples: samples,
      us_app_to_person_usecase: form.UsAppToPersonUsecase,
      has_embedded_links: form.HasEmbeddedLinks === 'true',
      has_embedded_phone: form.HasEmbeddedPhone === 'true',
      opt_in_message: form.OptInMessage ?? null,
      opt_out_message: form.OptOutMessage ?? null,
      help_message: form.HelpMessage ?? null,
      opt_in_keywords: form.OptInKeywords ?? [],
      opt_out_keywords: form.OptOutKeywords ?? [],
      help_keywords: form.HelpKeywords ?? [],
      campaign_status: 'IN_PROGRESS',
      campaign_id: null,
      errors: [],
    });
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const method = req.method ?? 'GET';
      const form = readForm(Buffer.concat(chunks).toString('utf8'));
      requests.push({ method, path: url.pathname, form });
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(body === null ? '' : JSON.stringify(body));
      };
      if (req.headers.authorization !== auth) {
        send(401, {
          code: 20003,
          message: 'Authenticate',
          more_info: 'https://www.twilio.com/docs/errors/20003',
          status: 401,
        });
        return;
      }
      try {
        const before = order.length;
        const body = route(method, url.pathname, form, url.searchParams);
        if (body === null) {
          res.writeHead(204).end();
          return;
        }
        send(order.length > before ? 201 : 200, body);
      } catch (error) {
        if (!(error instanceof TwilioError)) throw error;
        send(error.status, {
          code: error.code,
          message: error.message,
          more_info: `https://www.twilio.com/docs/errors/${error.code}`,
          status: error.status,
        });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    resources,
    made: (kind) =>
      order.filter((entry) => entry.kind === kind).flatMap((entry) => resources.get(entry.sid) ?? []),
    reviewBrand: (sid, review) => {
      const brand = existing(sid, 'BrandRegistration');
      Object.assign(brand, {
        status: review.status,
        errors: review.errors ?? [],
        failure_reason: review.failureReason ?? null,
        date_updated: now(),
      });
    },
    reviewCampaign: (sid, review) => {
      const campaign = existing(sid, 'Usa2p');
      Object.assign(campaign, {
        campaign_status: review.status,
        errors: review.errors ?? [],
        date_updated: now(),
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
