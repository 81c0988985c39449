/** The statuses of the request machine (SPEC §11), in the order the docs list them. */
export const REQUEST_STATUSES = [
  'submitted',
  'internetReview',
  'readyToProvision',
  'awaitingResguardo',
  'completed',
  'rejected',
  'withdrawn',
] as const;
