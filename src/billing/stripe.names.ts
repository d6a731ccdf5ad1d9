/** Job names of the Stripe side, shared by the services that queue them and billing.jobs.ts that runs them. */
export const STRIPE_SETUP_JOB = 'billing.stripe-setup';
export const METER_PUSH_JOB = 'billing.push-meter-events';

/** The meter event name Stripe knows a usage unit by. */
export const meterEventName = (unit: string): string => `closing_cloud_${unit}`;
