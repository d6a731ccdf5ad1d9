import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient.js';
import { rewriteTwilioApiUrl } from '../providers/twilio-http-client.js';
import type { BrandDetails, Campaign } from './a2p.schema.js';
import { ENTITY_TYPES } from './a2p.schema.js';

type Twilio = ReturnType<typeof twilio>;

const TIMEOUT_MS = 15_000;

/** Trust Hub policies of Twilio's ISV onboarding guide: the secondary customer profile, the A2P messaging profile. */
export const SECONDARY_PROFILE_POLICY = 'RNdfbf3fae0e1107f8aded0e7cead80bf5';
export const A2P_PROFILE_POLICY = 'RNb0d4771c2c98518d916a3d4cd70a8f8b';

/** The Trust Hub and Messaging hosts the registration uses besides api.twilio.com. */
const PRODUCT_HOST = /^(trusthub|messaging)\.twilio\.com$/i;

/**
 * The SDK's RequestClient with TWILIO_API_BASE_URL applied to every host the registration calls:
 * `api.twilio.com` as the provider does (path kept), and `trusthub.` / `messaging.twilio.com` under a path
 * named for the product (`<base>/trusthub/v1/...`, `<base>/messaging/v1/...`), so one local server can answer
 * all three.
 */
export class A2pHttpClient extends twilio.RequestClient {
  constructor(private readonly baseUrl: string | undefined) {
    super({ timeout: TIMEOUT_MS, autoRetry: false });
  }

  override request<TData>(opts: RequestClient.RequestOptions<TData>) {
    return super.request({ ...opts, uri: this.baseUrl ? rewriteA2pUrl(opts.uri, this.baseUrl) : opts.uri });
  }
}

export function rewriteA2pUrl(uri: string, baseUrl: string): string {
  const target = new URL(uri);
  const product = PRODUCT_HOST.exec(target.hostname)?.[1]?.toLowerCase();
  if (!product) return rewriteTwilioApiUrl(uri, baseUrl);
  const base = new URL(baseUrl);
  return `${base.origin}${base.pathname.replace(/\/+$/, '')}/${product}${target.pathname}${target.search}`;
}

export function a2pTwilioClient(props: {
  accountSid: string;
  authToken: string;
  baseUrl: string | undefined;
}) {
  return twilio(props.accountSid, props.authToken, { httpClient: new A2pHttpClient(props.baseUrl) });
}

export interface BrandSubmission {
  customerProfileSid: string;
  trustProductSid: string;
  brandSid: string;
  brandStatus: string;
}

/**
 * Twilio's ISV sequence for a Standard or Low-Volume Standard brand: a secondary customer profile (business
 * information, authorized representative, address), evaluated and submitted; an A2P messaging profile tied to
 * it, evaluated and submitted; then the brand registration itself, which The Campaign Registry reviews.
 */
export async function submitBrand(
  client: Twilio,
  props: { brand: BrandDetails; ein: string; notifyEmail: string; label: string },
): Promise<BrandSubmission> {
  const { brand } = props;
  const kind = ENTITY_TYPES[brand.entityType];
  const trusthub = client.trusthub.v1;
  const profile = await trusthub.customerProfiles.create({
    friendlyName: `${props.label} (secondary customer profile)`,
    email: props.notifyEmail,
    policySid: SECONDARY_PROFILE_POLICY,
  });
  const attach = (objectSid: string) =>
    trusthub.customerProfiles(profile.sid).customerProfilesEntityAssignments.create({ objectSid });

  const business = await trusthub.endUsers.create({
    friendlyName: `${props.label} business information`,
    type: 'customer_profile_business_information',
    attributes: {
      business_name: brand.legalName,
      business_identity: 'direct_customer',
      business_type: kind.businessType,
      business_industry: brand.vertical,
      business_registration_identifier: 'EIN',
      business_registration_number: props.ein,
      business_regions_of_operation: 'USA_AND_CANADA',
      website_url: brand.website,
      social_media_profile_urls: '',
    },
  });
  await attach(business.sid);
  const representative = await trusthub.endUsers.create({
    friendlyName: `${props.label} authorized representative`,
    type: 'authorized_representative_1',
    attributes: {
      first_name: brand.contact.firstName,
      last_name: brand.contact.lastName,
      email: brand.contact.email,
      phone_number: brand.contact.phone,
      business_title: brand.contact.title,
      job_position: brand.contact.jobPosition,
    },
  });
  await attach(representative.sid);
  const address = await client.addresses.create({
    customerName: brand.legalName,
    street: brand.address.street,
    city: brand.address.city,
    region: brand.address.region,
    postalCode: brand.address.postalCode,
    isoCountry: brand.address.country,
  });
  const document = await trusthub.supportingDocuments.create({
    friendlyName: `${props.label} address`,
    type: 'customer_profile_address',
    attributes: { address_sids: address.sid },
  });
  await attach(document.sid);
  await trusthub.customerProfiles(profile.sid).customerProfilesEvaluations.create({
    policySid: SECONDARY_PROFILE_POLICY,
  });
  await trusthub.customerProfiles(profile.sid).update({ status: 'pending-review' });

  const product = await trusthub.trustProducts.create({
    friendlyName: `${props.label} A2P messaging profile`,
    email: props.notifyEmail,
    policySid: A2P_PROFILE_POLICY,
  });
  const messagingProfile = await trusthub.endUsers.create({
    friendlyName: `${props.label} A2P messaging profile information`,
    type: 'us_a2p_messaging_profile_information',
    attributes: {
      company_type: kind.companyType,
      ...(brand.stockExchange ? { stock_exchange: brand.stockExchange } : {}),
      ...(brand.stockTicker ? { stock_ticker: brand.stockTicker } : {}),
    },
  });
  const products = trusthub.trustProducts(product.sid);
  await products.trustProductsEntityAssignments.create({ objectSid: messagingProfile.sid });
  await products.trustProductsEntityAssignments.create({ objectSid: profile.sid });
  await products.trustProductsEvaluations.create({ policySid: A2P_PROFILE_POLICY });
  await products.update({ status: 'pending-review' });

  const registration = await client.messaging.v1.brandRegistrations.create({
    customerProfileBundleSid: profile.sid,
    a2PProfileBundleSid: product.sid,
    brandType: brand.brandType,
  });
  return {
    customerProfileSid: profile.sid,
    trustProductSid: product.sid,
    brandSid: registration.sid,
    brandStatus: registration.status,
  };
}

export interface ReviewState {
  status: string;
  errors: unknown;
  failureReason: string | null;
}

export async function fetchBrand(client: Twilio, brandSid: string): Promise<ReviewState> {
  const brand = await client.messaging.v1.brandRegistrations(brandSid).fetch();
  return { status: brand.status, errors: brand.errors, failureReason: brand.failureReason ?? null };
}

/**
 * The Messaging Service the campaign belongs to: the workspace's own when its number has one, else a new one
 * with the workspace's number in its sender pool (found by number among the account's numbers).
 */
export async function ensureMessagingService(
  client: Twilio,
  props: { existing: string | null; number: string | null; label: string },
): Promise<string> {
  if (props.existing) return props.existing;
  const service = await client.messaging.v1.services.create({ friendlyName: `${props.label} texts` });
  if (props.number) {
    const [owned] = await client.incomingPhoneNumbers.list({ phoneNumber: props.number, limit: 1 });
    if (owned)
      await client.messaging.v1.services(service.sid).phoneNumbers.create({ phoneNumberSid: owned.sid });
  }
  return service.sid;
}

export async function createCampaign(
  client: Twilio,
  props: { serviceSid: string; brandSid: string; campaign: Campaign },
): Promise<{ sid: string; status: string }> {
  const { campaign } = props;
  const created = await client.messaging.v1.services(props.serviceSid).usAppToPerson.create({
    brandRegistrationSid: props.brandSid,
    description: campaign.description,
    messageFlow: campaign.messageFlow,
    messageSamples: campaign.messageSamples,
    usAppToPersonUsecase: campaign.usecase,
    hasEmbeddedLinks: campaign.hasEmbeddedLinks,
    hasEmbeddedPhone: campaign.hasEmbeddedPhone,
    optInMessage: campaign.optInMessage,
    optOutMessage: campaign.optOutMessage,
    helpMessage: campaign.helpMessage,
    optInKeywords: campaign.optInKeywords,
    optOutKeywords: campaign.optOutKeywords,
    helpKeywords: campaign.helpKeywords,
    subscriberOptIn: true,
    ageGated: false,
    directLending: false,
  });
  return { sid: created.sid, status: created.campaignStatus };
}

export async function fetchCampaign(
  client: Twilio,
  props: { serviceSid: string; campaignSid: string },
): Promise<ReviewState> {
  const campaign = await client.messaging.v1
    .services(props.serviceSid)
    .usAppToPerson(props.campaignSid)
    .fetch();
  return { status: campaign.campaignStatus, errors: campaign.errors, failureReason: null };
}

/** A failed campaign cannot be edited: Twilio's way is to delete it and create it again. */
export async function deleteCampaign(
  client: Twilio,
  props: { serviceSid: string; campaignSid: string },
): Promise<void> {
  await client.messaging.v1.services(props.serviceSid).usAppToPerson(props.campaignSid).remove();
}
