/**
 * The statuses of the request machine (SPEC §11), in the order the docs list them.
 *
 * @example
 * REQUEST_STATUSES[0]
 * //=> 'submitted'
 * REQUEST_STATUSES.includes('completed')
 * //=> true
 */
export const REQUEST_STATUSES = [
  'submitted',
  'internetReview',
  'readyToProvision',
  'awaitingResguardo',
  'completed',
  'rejected',
  'withdrawn',
] as const;
