/**
 * How many conversation turns of one process may wait on a language model at once. A turn that finds
 * them all taken does not wait: the built-in engine answers it at once, so turns waiting on a slow or
 * dead model never hold the worker slots that brand-new leads' first responses need.
 */
export interface ModelSlots {
  readonly inUse: number;
  readonly limit: number;
  /** A slot, or null when all are taken; release it once the model calls of the turn are done. */
  take(): { release(): void } | null;
}

export function createModelSlots(limit: number): ModelSlots {
  let inUse = 0;
  return {
    get inUse() {
      return inUse;
    },
    limit,
    take() {
      if (inUse >= limit) return null;
      inUse += 1;
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          inUse -= 1;
        },
      };
    },
  };
}

/** A quarter of the worker's slots (at least one) may wait on a model; the rest stay free for first responses. */
export function modelSlotLimit(workerConcurrency: number): number {
  return Math.max(1, Math.floor(workerConcurrency / 4));
}

const byOwner = new WeakMap<object, ModelSlots>();

/** The slots of one running app (its context), created on first use. */
export function modelSlotsFor(owner: object, workerConcurrency: number): ModelSlots {
  let slots = byOwner.get(owner);
  if (!slots) {
    slots = createModelSlots(modelSlotLimit(workerConcurrency));
    byOwner.set(owner, slots);
  }
  return slots;
}
