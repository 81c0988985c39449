// The name arbitraries live in seseq-correo/testing (src/testing/names.ts), for the adopters'
// property tests as well as ours.
export * from '../../src/testing/names.js';
