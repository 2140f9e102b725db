export const CHALLENGE_TYPES = ['challenge', 'hackathon', 'market-dialogue'] as const;
export type ChallengeType = (typeof CHALLENGE_TYPES)[number];
