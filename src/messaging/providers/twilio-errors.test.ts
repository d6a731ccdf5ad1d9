import { describe, expect, it } from 'vitest';
import { classifyDeliveryError, classifyHttpFailure, classifySendError } from './twilio-errors.js';

describe('classifyHttpFailure', () => {
  it('retries server errors, 429 and 408, and Twilio asking to slow down', () => {
    expect(classifyHttpFailure(503, 20503, 'Service Unavailable')).toMatchObject({
      retryable: true,
      outcomeUnknown: true,
    });
    expect(classifyHttpFailure(429, 20429, 'Too Many Requests')).toMatchObject({
      retryable: true,
      errorCode: '20429',
    });
    expect(classifyHttpFailure(408, undefined, '')).toMatchObject({ retryable: true, errorCode: 'http_408' });
    expect(classifyHttpFailure(400, 21611, 'queue full')).toMatchObject({
      retryable: true,
      errorCode: '21611',
    });
  });

  it('does not retry requests Twilio refused', () => {
    for (const code of [21610, 21211, 21614, 21606, 21602, 20003]) {
      expect(classifyHttpFailure(400, code, 'refused')).toMatchObject({
        retryable: false,
        errorCode: String(code),
      });
    }
    expect(classifyHttpFailure(400, 21610, 'x')).not.toHaveProperty('outcomeUnknown');
  });
});

describe('classifySendError', () => {
  it('reads status and code from SDK exceptions', () => {
    expect(classifySendError({ status: 400, code: 21610, message: 'unsubscribed' })).toMatchObject({
      retryable: false,
      errorCode: '21610',
      httpStatus: 400,
    });
  });

  it('treats timeouts and resets as maybe-sent, refused connections as not sent', () => {
    const axios = (code: string, message: string) =>
      Object.assign(new Error(message), { code, isAxiosError: true });
    expect(classifySendError(axios('ECONNABORTED', 'timeout of 10ms exceeded'))).toMatchObject({
      retryable: true,
      errorCode: 'timeout',
      outcomeUnknown: true,
    });
    expect(classifySendError(axios('ECONNRESET', 'socket hang up'))).toMatchObject({ outcomeUnknown: true });
    expect(classifySendError(axios('ECONNREFUSED', 'connect ECONNREFUSED'))).not.toHaveProperty(
      'outcomeUnknown',
    );
  });
});

describe('classifyDeliveryError', () => {
  it('tells a number that will never work from a phone that is off', () => {
    expect(classifyDeliveryError('30003')).toEqual({ reason: 'unreachable', permanent: false });
    expect(classifyDeliveryError(30005)).toEqual({ reason: 'unknown_number', permanent: true });
    expect(classifyDeliveryError('30006')).toEqual({ reason: 'landline', permanent: true });
    expect(classifyDeliveryError('21610')).toEqual({ reason: 'unsubscribed', permanent: true });
    expect(classifyDeliveryError('30007')).toEqual({ reason: 'carrier_filtered', permanent: false });
    expect(classifyDeliveryError(null)).toEqual({ reason: 'unknown', permanent: false });
  });
});
