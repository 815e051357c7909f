import type { Config } from '@backstage/config';
import {
  DEFAULT_EXPIRY_NOTICE_DAYS,
  DEFAULT_REVIEW_INTERVALS,
  REVIEW_CONFIG_KEYS,
  REVIEW_KINDS,
  REVIEW_TIERS,
  type ReviewIntervals,
  type TaskScheduleSettings,
} from './reviewSchedule';

const REVIEWS_KEY = 'aiGovernance.tasks.reviews';

/** A whole number of days, 0 or more; anything else stops the start naming the key. */
function days(config: Config, key: string, fallback: number, min: number) {
  const value = config.getOptionalNumber(key) ?? fallback;
  if (!Number.isInteger(value) || value < min) {
    throw new Error(
      `${key} must be a whole number of days, ${min} or more, got ${value}`,
    );
  }
  return value;
}

/** Names a key under `parent` that is not one of `known`: a misspelt tier or review would otherwise be ignored. */
function refuseUnknown(
  config: Config | undefined,
  parent: string,
  known: readonly string[],
) {
  const unknown = config?.keys().find(k => !known.includes(k));
  if (unknown) {
    throw new Error(
      `${parent}.${unknown} is not a setting; use one of ${known.join(', ')}`,
    );
  }
}

/**
 * Reads `aiGovernance.tasks.reviews.<tier>.<riskReview|biasReview|driftReview>`
 * (days, 0 for none) and `aiGovernance.tasks.expiryNoticeDays` over the
 * defaults.
 */
export function readTaskSchedule(config: Config): TaskScheduleSettings {
  const reviews = config.getOptionalConfig(REVIEWS_KEY);
  refuseUnknown(reviews, REVIEWS_KEY, REVIEW_TIERS);
  const intervals = Object.fromEntries(
    REVIEW_TIERS.map(tier => {
      refuseUnknown(
        reviews?.getOptionalConfig(tier),
        `${REVIEWS_KEY}.${tier}`,
        Object.values(REVIEW_CONFIG_KEYS),
      );
      return [
        tier,
        Object.fromEntries(
          REVIEW_KINDS.map(kind => [
            kind,
            days(
              config,
              `${REVIEWS_KEY}.${tier}.${REVIEW_CONFIG_KEYS[kind]}`,
              DEFAULT_REVIEW_INTERVALS[tier][kind],
              0,
            ),
          ]),
        ),
      ];
    }),
  ) as ReviewIntervals;
  return {
    reviews: intervals,
    expiryNoticeDays: days(
      config,
      'aiGovernance.tasks.expiryNoticeDays',
      DEFAULT_EXPIRY_NOTICE_DAYS,
      0,
    ),
  };
}
