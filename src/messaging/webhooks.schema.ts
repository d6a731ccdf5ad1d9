import { z } from 'zod';

/** Twilio's OptOutType, present only when Advanced Opt-Out handled the keyword; anything else is dropped. */
const optOutType = z
  .string()
  .optional()
  .transform((value) => (value === 'STOP' || value === 'START' || value === 'HELP' ? value : undefined));

/** Twilio's NumMedia: how many media an incoming MMS carries (up to 10); anything not a count is none. */
const numMedia = z
  .string()
  .optional()
  .transform((value) => {
    const count = Number(value);
    return Number.isInteger(count) && count > 0 ? Math.min(count, 10) : 0;
  });

/** The incoming-message webhook: Twilio sends many more fields, which are signed but not needed here. */
export const twilioInboundSmsForm = z.looseObject({
  MessageSid: z.string().min(1).max(64),
  From: z.string().min(1).max(64),
  To: z.string().min(1).max(64),
  Body: z.string().max(10_000).default(''),
  OptOutType: optOutType,
  NumMedia: numMedia,
});

/** A message status callback. */
export const twilioStatusForm = z.looseObject({
  MessageSid: z.string().min(1).max(64),
  MessageStatus: z.string().min(1).max(32),
  ErrorCode: z.string().max(16).optional(),
  To: z.string().max(64).optional(),
  Price: z.string().max(32).optional(),
  PriceUnit: z.string().max(8).optional(),
});

/** Our marker in the StatusCallback URL (send-marker.ts): workspace and message ids. */
export const twilioStatusQuery = z.looseObject({
  w: z.string().max(64).optional(),
  m: z.string().max(64).optional(),
});

export const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';
