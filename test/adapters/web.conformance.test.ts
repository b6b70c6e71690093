import { afterAll, beforeAll, describe, it } from 'vitest';
import { type AdapterReply, CONFORMANCE_SCENARIOS, type ConformanceDriver } from '../../src/adapters/conformance.ts';
import { replicasOf } from '../helpers/runtime.ts';
import { startWebFixture, type WebFixture } from './web-fixture.ts';

/** The web transport: the playground's JSON API over HTTP, as its page calls it. */
describe('web playground adapter', () => {
  let web: WebFixture;
  beforeAll(async () => {
    web = await startWebFixture();
  });
  afterAll(() => web?.close());

  const reply = async (path: string, body: unknown): Promise<AdapterReply> => {
    const { status, json } = await web.post(path, body);
    if (status !== 200) throw new Error(`${path} answered ${status}: ${json.error}`);
    const { outcome, approvalId, reason, confirmationId, clarifyId, undoId } = json.result;
    return { outcome, approvalId, reason, confirmationId, clarifyId, undoId };
  };
  const driver: ConformanceDriver = {
    ask: (person, text) => reply('/api/ask', { person, text }),
    approve: (person, approvalId) => reply('/api/decide', { person, approvalId, decision: 'approve' }),
    confirm: (person, confirmationId, decision) => reply('/api/confirm', { person, confirmationId, decision }),
    answer: (person, clarifyId, text) => reply('/api/ask', { person, text, clarifyId }),
    undo: (person, undoId) => reply('/api/undo', { person, undoId }),
    replicas: (ns, name) => replicasOf(web.t.sandbox, ns, name),
  };

  for (const scenario of CONFORMANCE_SCENARIOS) {
    it(`conformance: ${scenario.name}`, () => scenario.run(driver));
  }
});
