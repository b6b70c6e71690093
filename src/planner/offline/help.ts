/** The answer to "help": what the bot does, with one example per kind of request. */
export const HELP_MESSAGE = [
  'I turn plain words into one tool call on the cluster; writes go through the policy and approvals. Examples:',
  '• "list workloads in staging" · "describe checkout in staging" · "pods of api in staging"',
  '• "logs of worker in production from the last 10 minutes" · "last 100 lines of api logs in staging"',
  '• "costs by deployment for the last 7 days" · "how much did staging cost yesterday"',
  '• "scale web in staging to 4" · "add 2 replicas to worker in production" · "restart api in staging"',
  '• "roll back web in production" · "set image of web in staging to ghcr.io/acme/web:1.9.0"',
  '• "create deployment hello in staging with image nginx:1.27"',
  '• "promote checkout in staging" (add "fully" to skip the steps) · "abort payments" · "pause checkout in production"',
  '• "add 200ms latency to web in staging for 5 minutes" · "kill a pod of api in staging" · "list chaos experiments"',
  '• "stop chaos experiment NAME in staging" · "delete pod NAME in staging"',
].join('\n');
