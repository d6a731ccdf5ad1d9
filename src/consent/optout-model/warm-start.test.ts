import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/helpers/app.js';
import { startServer } from '../../http/server.js';
import { classifyInbound } from '../keywords.js';
import { loadOptOutModel, optOutModelLoaded } from './model.js';

describe('the opt-out classifier is loaded at start, not on the first text', () => {
  it('is decoded by the time the server listens', async () => {
    const t = await buildTestApp({ env: { PORT: '0', HOST: '127.0.0.1' } });
    expect(optOutModelLoaded()).toBe(false);
    const { app } = await startServer(t.ctx);
    try {
      expect(optOutModelLoaded()).toBe(true);
      // a second load does nothing, and a text is read by the weights already in memory
      expect(loadOptOutModel()).toBe(0);
      expect(classifyInbound('please stop texting me', { optedOut: false }).optOut).not.toBeNull();
    } finally {
      await app.close();
      await t.close();
    }
  });
});
