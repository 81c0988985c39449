import { describe } from 'vitest';
import { REQUEST_MACHINE } from '../../src/request/index.js';
import { itKeepsMachineDocs } from '../docs/machineDocs.js';

// The diagram and the rows tables in the docs are generated from the table; `UPDATE_DOCS=1
// npx vitest run test/request/docs.test.ts` rewrites them.
describe('the request docs are generated from REQUEST_MACHINE (STYLE: docs are generated)', () => {
  itKeepsMachineDocs(REQUEST_MACHINE, 'requests', 'test/request/docs.test.ts');
});
