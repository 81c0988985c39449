export { assignUsernames } from './assignUsernames.js';
export { checkUsernameAvailability } from './checkUsernameAvailability.js';
export { checkUsernameConformance } from './checkUsernameConformance.js';
export { NAME_PART_MAX_LENGTH, NUMBERED_RANGE, USERNAME_MAX_LENGTH } from './constants.js';
export { generateUsername } from './generateUsername.js';
export { normalizeName } from './normalize.js';
export { parseFullName } from './parseFullName.js';
export { parsePersonName } from './parsePersonName.js';
export { isParticle, NAME_PARTICLES } from './particles.js';
export { personNameInputSchema } from './schema.js';
export { toEmail } from './toEmail.js';
export type {
  FullNameParse,
  PersonName,
  PersonNameInput,
  SkippedCandidate,
  SkipReason,
  Taken,
  UsernameAssignment,
  UsernameCandidate,
  UsernameConformance,
  UsernameOptions,
  UsernameRule,
} from './types.js';
export { usernameCandidates } from './usernameCandidates.js';
