import type { Profile, ScoreFactor } from './engine.types.js';

export interface LeadScore {
  score: number;
  factors: ScoreFactor[];
}

/**
 * A 0–100 score from what the lead has told us, every point with its reason so an agent can see why
 * one lead ranks above another. `replies` counts the lead's own texts.
 */
export function scoreLead(profile: Profile, activity: { replies: number }): LeadScore {
  const factors: ScoreFactor[] = [];
  const add = (code: string, label: string, points: number) => factors.push({ code, label, points });

  const timeline = profile.timelineMonths;
  if (timeline !== undefined) {
    if (timeline <= 3) add('timeline', 'Moving within 3 months', 25);
    else if (timeline <= 6) add('timeline', 'Moving within 6 months', 15);
    else if (timeline <= 12) add('timeline', 'Moving within a year', 5);
  }
  if (profile.preApproved === true) add('pre_approved', 'Pre-approved or paying cash', 20);
  if (profile.intent !== undefined) add('intent', 'Said whether they buy, sell or rent', 5);
  if (profile.budgetMax !== undefined || profile.budgetMin !== undefined) add('budget', 'Budget known', 10);
  if ((profile.areas?.length ?? 0) > 0) add('area', 'Area known', 5);
  if (profile.propertyAddress !== undefined) add('property', 'Address of the home to sell known', 10);
  if (profile.beds !== undefined || profile.propertyType !== undefined) add('needs', 'Home needs known', 5);
  if (profile.requestedTime !== undefined) add('meeting', 'Asked for a time to meet', 15);
  if (activity.replies >= 3) add('engaged', 'Engaged: 3 or more replies', 10);
  else if (activity.replies >= 1) add('engaged', 'Replied', 5);

  const total = factors.reduce((sum, factor) => sum + factor.points, 0);
  return { score: Math.min(100, total), factors };
}
