import type { OptOutChannel } from './data/opt-out-lexicon.js';
import { HELP_KEYWORDS, START_KEYWORDS, STOP_KEYWORDS } from './data/opt-out-lexicon.js';
import { speaksOfUs } from './opt-out-lookalikes.js';
import { channelNamed, ruleKeep, ruleOptOut } from './opt-out-rules.js';
import { bandOf } from './optout-model/heads.js';
import { scoreOptOut } from './optout-model/model.js';

export type { OptOutChannel };
export type CarrierKeyword = 'stop' | 'help' | 'start';

export interface KeywordResult {
  keyword: CarrierKeyword | null;
  matched?: string;
}

export interface KeywordOptions {
  /** Whether the contact is opted out now: only then does a bare "YES" opt back in. */
  optedOut: boolean;
}

export type OptOutReason =
  | 'carrier_keyword'
  | 'stop_request'
  | 'do_not_contact'
  | 'not_wanted'
  | 'remove_request'
  | 'unsubscribe'
  | 'wrong_number'
  | 'hostile'
  | 'do_not_call_list'
  | 'cease_and_desist'
  | 'consent_revoked'
  | 'consent_disputed'
  | 'complaint'
  | 'work_phone'
  | 'threat'
  /** Read by the trained classifier: a revocation in words no rule names. */
  | 'plain_language';

/** A revocation of consent. `reason` is a stable code, never the message text (bodies are PII). */
export interface OptOut {
  channel: OptOutChannel;
  reason: OptOutReason;
}

/** A message that may revoke consent but is not clearly one: automation stops until a person decides. */
export interface PossibleOptOut {
  channel: OptOutChannel;
  score: number;
  trigger: string;
}

export interface InboundClassification {
  keyword: CarrierKeyword | null;
  optOut: OptOut | null;
  possibleOptOut: PossibleOptOut | null;
}

/**
 * How one inbound text stands on consent. `uncertain` is not a revocation, but no automated text may go
 * until a person confirms or clears it. `trigger` is the span that decided, for the team's eyes only
 * (it is message text: never logged). `layer` says which layer decided.
 */
export interface OptOutAssessment {
  decision: 'revoke' | 'keep' | 'uncertain';
  channel: OptOutChannel;
  /** Probability of revocation, 0–1: 1 for a keyword or a rule, the classifier's otherwise. */
  score: number;
  reason: OptOutReason | null;
  trigger: string | null;
  layer: 'keyword' | 'rule' | 'model';
}

/** Carrier keywords: the whole message, ignoring case, punctuation, emoji and spacing. */
export function classifyKeyword(body: string, options: KeywordOptions = { optedOut: false }): KeywordResult {
  const text = body
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (STOP_KEYWORDS.has(text)) return { keyword: 'stop', matched: text };
  if (START_KEYWORDS.has(text) || (options.optedOut && text === 'yes'))
    return { keyword: 'start', matched: text };
  if (HELP_KEYWORDS.has(text)) return { keyword: 'help', matched: text };
  return { keyword: null };
}

/**
 * Plain-language revocations found by rules. The TCPA revocation rule (47 C.F.R. § 64.1200(a)(10))
 * accepts any reasonable means, so "please stop texting me" must count as much as STOP.
 */
export function detectOptOut(body: string): OptOut | null {
  if (classifyKeyword(body).keyword === 'stop') return { channel: 'sms', reason: 'carrier_keyword' };
  const hit = ruleOptOut(body);
  return hit ? { channel: hit.channel, reason: hit.reason } : null;
}

/**
 * Words that say the person has not made up their mind ("not sure I want these anymore", "idk if I need
 * these"). No rule matched, so only the classifier speaks for revoking: a doubt it cannot weigh sends the
 * text to a person rather than ending consent on a guess.
 */
const HEDGED =
  /\b(?:not\s+sure|unsure|not\s+certain|idk|i\s+don'?t\s+know\s+if|dunno|maybe|might|thinking\s+(?:about|of)|considering|no\s+s[eé]\s+si|tal\s+vez|quiz[aá]s?)\b/i;

/** Below this score, a text that names nothing a revocation names is kept (see `speaksOfUs`). */
const OFF_TOPIC_CEILING = 0.6;

/**
 * Every layer in turn: the carrier keyword (exact), rules that know negation scope, then the trained
 * classifier, whose probability falls in one of three bands (see docs/consent.md for how the bands
 * were chosen). A rule that sees only negated or look-alike triggers ("don't stop sending", "stop by")
 * keeps, unless the classifier is sure enough to make a person look.
 */
export function assessOptOut(body: string): OptOutAssessment {
  const keyword = classifyKeyword(body);
  if (keyword.keyword === 'stop') {
    return {
      decision: 'revoke',
      channel: 'sms',
      score: 1,
      reason: 'carrier_keyword',
      trigger: keyword.matched ?? null,
      layer: 'keyword',
    };
  }
  const rule = ruleOptOut(body);
  if (rule) {
    return {
      decision: 'revoke',
      channel: rule.channel,
      score: 1,
      reason: rule.reason,
      trigger: rule.trigger,
      layer: 'rule',
    };
  }
  const model = scoreOptOut(body);
  const offTopic = model.score < OFF_TOPIC_CEILING && !speaksOfUs(body);
  const lookalike = ruleKeep(body) ?? (offTopic ? { trigger: null } : null);
  const band = bandOf(model.score, model.thresholds, lookalike !== null);
  const decision = band === 'revoke' && HEDGED.test(body) ? 'uncertain' : band;
  return {
    decision,
    // the classifier's channel head guesses; the message's own contact words, when it has some, decide
    channel: channelNamed(body) ?? model.channel,
    score: model.score,
    reason: decision === 'revoke' ? 'plain_language' : null,
    trigger: decision === 'keep' ? (lookalike?.trigger ?? null) : model.trigger,
    layer: lookalike && decision === 'keep' ? 'rule' : 'model',
  };
}

/** The first thing done with an inbound text: carrier keyword and revocation together. */
export function classifyInbound(body: string, options: KeywordOptions): InboundClassification {
  const { keyword } = classifyKeyword(body, options);
  if (keyword === 'start' || keyword === 'help') return { keyword, optOut: null, possibleOptOut: null };
  const assessment = assessOptOut(body);
  if (assessment.decision === 'revoke') {
    return {
      keyword,
      optOut: { channel: assessment.channel, reason: assessment.reason ?? 'plain_language' },
      possibleOptOut: null,
    };
  }
  const possibleOptOut =
    assessment.decision === 'uncertain'
      ? { channel: assessment.channel, score: assessment.score, trigger: assessment.trigger ?? '' }
      : null;
  return { keyword, optOut: null, possibleOptOut };
}
