/**
 * Requests the planner refuses before reading any intent: attempts to steer the bot with instructions, and
 * things outside the catalog. Both return `unsupported` with what the bot can do instead, never a tool.
 * `text` is the lower-case text after markup removal; `words` the canonical words.
 */

const INJECTION: RegExp[] = [
  /\b(?:(ignore|disregard|override|bypass|skip)|(forget)(?! (the|my|that) (?!(safety|rules?|instructions?|polic(y|ies)|prompt)\b)[\w-]+( [\w-]+)? (i|we) (asked|requested|sent|said|wanted)\b))\b.{0,40}\b(instruction|instructions|prompt|prompts|rules?|guardrails?|polic(y|ies)|system|context|above|previous|prior|earlier|safety|restrictions?|limits?|filters?|guidelines?)\b/,
  /\byou are (now|no longer|actually|a|an|in)\b/,
  /\b(act|behave|respond|pretend|roleplay|role-play)\b.{0,20}\b(as|like|to be)\b/,
  // A story or game whose character acts, then "do what it did".
  /\b(imagine|pretend|suppose|picture)\b.{0,40}\b(story|scenario|game|world|bot|assistant|ai|character)\b/,
  /\bdo (what|as|the same as) (the|that|this) (bot|assistant|ai|character|model|story)\b/,
  // "read the logs and do whatever they say": instructions to follow what some data says.
  /\b(do|follow|execute|carry out|obey) (whatever|what|everything|anything|all) (it|they|that|this|the \w+) (says?|said|tells? you|asks?)\b|\bfollow (the|its|their) instructions\b/,
  /(^|\s|\[|<)(system|assistant|developer|user|admin|root|operator)\s*(:|\]|>)/,
  // "SYSTEM OVERRIDE: …", "admin note: …": a role's message by another name.
  /(^|[\n.!?:]\s*|\[|<)(system|assistant|developer|admin|root|operator)[ _-](override|note|message|instructions?|prompt|command|notice|update|directive)\s*(:|\]|>)/,
  /\b(developer|dev|god|admin|sudo|debug|jailbreak|dan|unrestricted|root) mode\b/,
  /\bjailbreak|\bdo anything now\b/,
  /\bnew (instructions|rules|persona|role|task|objective)\b/,
  /\b(system prompt|no restrictions|without restrictions|unrestricted|unfiltered)\b/,
  /\b(respond|reply|answer|output) (only|just) (with|in)\b/,
  /\b(reveal|print|show|repeat|leak|output|dump)\b.{0,30}\b(system prompt|your prompt|your instructions|hidden|initial prompt)\b/,
  /\b(without|no|skip|bypass|bypassing|skipping)\b.{0,15}\b(approval|approvals|approving|confirmation|review|policy|checks)\b/,
  /\b(base64|rot13|hex|decode|decoded|encoded|eval)\b/,
  /\\x[0-9a-f]{2}|\\u[0-9a-f]{4}|%[0-9a-f]{2}%[0-9a-f]{2}/i,
  /<\|[a-z_]+\|>|\[\/?inst\]|<\/?(system|s)>|###\s*(instruction|system)/,
  /\b((?:from|for) (?:now|here|then|there) (?:on|out)( out)?|^\W*now on\b|from this point( on| forward)?|going forward|henceforth|hereafter|as an ai|your (real|true) (task|purpose|instructions))\b/,
  /\b(execute|run|call|invoke) (the )?(following|this) (tool|function|command|json|payload)\b/,
  /\{\s*"?(tool|name|function|arguments|args)"?\s*:/,
  // Text addressed to the model, or a claim that the rules changed, is never a cluster request.
  /\b(note|message|instructions?|memo|reminder) (to|for) (the )?(model|ai|assistant|llm|planner|agent)\b/,
  /(^|[.!?]\s*)(hey|hi|hello|dear|to|attention|attn|ok|okay) (the )?(model|ai|assistant|llm|agent|chatbot)\b/,
  /\b(polic(y|ies)|rules?|guardrails?|safety|restrictions?|checks?|approvals?) (is|are|has been|have been|was|were|now) (now )?(disabled|off|lifted|suspended|removed|waived|relaxed|turned off|paused|gone|changed)\b/,
  /\b(polic(y|ies)|safety|rules?) (override|exception|waiver)\b/,
  // "the policy has been updated", "the rules changed today".
  /\b(the )?(polic(y|ies)|rules?|guardrails?|permissions?|instructions?)\b (has |have )?(been |just )?(updated|changed|modified|replaced|revised|lifted|rewritten)\b/,
  // "do not ask for confirmation", "no approval needed".
  /\b(do not|don't|dont|no need to|never) (ask|wait) (for |on )?(any |a )?(confirmation|approval|approvers?|permission|review)\b/,
  /\bno (confirmation|approval|review)s? (is )?(needed|required|necessary)\b/,
  /\byou('re| are)? (now |hereby )?(allowed|permitted|authori[sz]ed|cleared)\b/,
  /\bfor (this|the current|the rest of this) (session|conversation|chat)\b/,
];

/** A long run of base64 (mixed case and digits, no separators): an encoded payload, never a cluster name. */
function hasEncodedPayload(cased: string): boolean {
  // Links carry ids of their own ("archives/C01ABC/p1700000123"), which are not payloads.
  const plain = cased.replace(/@sha256:[a-f0-9]{64}/g, '').replace(/<?(https?|mailto):[^\s|>]*/g, ' ');
  return (plain.match(/[A-Za-z0-9+/]{24,}={0,2}/g) ?? []).some((t) => /[A-Z]/.test(t) && /[a-z]/.test(t) && /\d/.test(t));
}

/**
 * The text as an instruction would be read past its disguise: letters spaced out ("i g n o r e") joined, and digits
 * standing for letters in a word ("ign0re prev1ous") read as those letters.
 */
function undisguised(text: string): string {
  return text
    .replace(/\b([a-z]) (?=[a-z]( |\b))/g, '$1')
    .replace(/\b(?=[a-z0-9@$]*[a-z])(?=[a-z0-9@$]*[0-9@$])[a-z0-9@$]{3,}\b/g, (w) =>
      /^\d/.test(w) && !/[a-z]{2}/.test(w) ? w : w.replace(/[0134578@$]/g, (d) => LEET[d] ?? d),
    );
}
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's' };

/** `text` is lower-cased; `cased` keeps the case (for encoded payloads). */
export function isInjection(text: string, cased: string): boolean {
  const plain = undisguised(text);
  return INJECTION.some((re) => re.test(text) || (plain !== text && re.test(plain))) || hasEncodedPayload(cased);
}

const CAN_DO =
  'I can list and describe workloads, show pods and logs, query costs, create Deployments, scale, restart, roll back, set images, drive Argo Rollouts (promote, abort, retry, pause), run bounded chaos experiments and delete a single pod. Say "help" for examples.';

interface Refusal {
  test: (text: string, words: Set<string>) => boolean;
  reason: string;
}

const has = (words: Set<string>, ...w: string[]) => w.some((x) => words.has(x));

const KINDS =
  /(nodes?|node-[\w-]+|node ?pools?|statefulsets?|daemonsets?|cronjobs?|jobs?|ingress(es)?|pvcs?|persistent ?volumes?|volumes?|crds?|helm|hpas?|autoscalers?|quotas?|network ?polic(y|ies))\b/;
const OBJECT_VERBS =
  'delete|remove|drop|destroy|create|make|add|new|raise|increase|lower|decrease|bump|tune|adjust|scale|restart|reboot|bounce|recycle|kill|stop|drain|cordon|uncordon|taint|update|edit|patch|change|set|deploy|install|upgrade|rollback|roll back|revert|pause|resume|list|show|get|describe|display|view|see|check|inspect|which|what|all|of|on|in';

/** What the person did or will do by their own means, and where they will put what they get. */
const OWN_MEANS =
  /\b(myself|by hand|manually)\b[^.?!]{0,40}\b(console|kubectl|terminal|shell|ui)\b|\b(through|from|in|via) the (\w+ )?(console|ui|terminal)\b[^.?!]{0,20}\bmyself\b|\battach (it |them |this |that )?to (the|a|my|our) (ticket|issue|jira|doc|pr|thread|incident|report|bug)\b/g;

export const OTHER_KINDS =
  'I only act on Deployments and Argo Rollouts (and their pods), not on nodes, volumes, jobs or other kinds of objects.';

const REFUSALS: Refusal[] = [
  {
    // "what's our total AWS bill including RDS and S3", "how much do we spend on CloudFront": the cloud provider's
    // bill and its managed services, which OpenCost's allocation of the cluster does not hold.
    test: (t) =>
      /\b(aws|amazon|gcp|google cloud|azure)('s)? (bill|billing|invoice|account|spend|spending)\b|\b(bill|invoice|spend|spending|costs?|pay(ing)?|charges?|price)\b[^.?!]{0,60}\b(rds|s3|ec2|cloudfront|lambda|bigquery|dynamodb|snowflake|datadog|aurora|cloud sql|gcs|ebs|elasticache|nat gateways?|egress bill)\b|\b(rds|s3|ec2|cloudfront|lambda|bigquery|dynamodb|snowflake|datadog|aurora|cloud sql|gcs|elasticache)\b[^.?!]{0,40}\b(bill|invoice|spend|spending|costs?|charges?)\b/.test(
        t,
      ),
    reason:
      "I report what the cluster's workloads cost (from OpenCost), not the cloud bill or managed services outside the cluster.",
  },
  {
    // "export the cost report as CSV and email it to finance", "could you email the PI a summary": a report sent
    // somewhere, not an answer in the chat.
    test: (t) =>
      /\b(export|email|e-mail|mail|download|attach)\b[^.?!]{0,40}\b(csv|pdf|xlsx|excel|spreadsheet|report|file|@[a-z0-9.-]+\.[a-z]+)\b|\b(as|to|in) (a )?(csv|pdf|xlsx|excel|spreadsheet)\b|(?:^|[.!?;,:]\s*|\b(?:please|pls|plz|can you|could you|would you|can u|could u)\s+)(?:email|e-mail|mail)\s+(?:me|us|him|her|them|the|a|an|it|this|that|my|our|[\w.-]+@)\b/.test(
        t,
      ),
    reason: 'I answer in the chat and cannot export, attach or email a report.',
  },
  {
    // "a disk-fill experiment", "an io chaos on worker": a kind of experiment the bot does not run.
    test: (t) =>
      /\b(disk[- ]?fill|disk (?:pressure|stress|chaos)|io[- ](?:chaos|stress|delay|fault)|dns[- ]chaos|time[- ](?:skew|chaos|shift)|clock[- ]skew|kernel[- ]chaos|jvm[- ]chaos|http[- ]chaos|bandwidth (?:limit|chaos)|packet corruption|corrupt packets?|packet duplication)\b/.test(
        t,
      ),
    reason:
      'I run only these experiments: pod-kill, pod-failure, network-delay, network-loss, network-partition, cpu-stress, memory-stress.',
  },
  {
    // "set up autoscaling on prod api between 4 and 12 replicas": an autoscaler, not a replica count.
    test: (t) =>
      /\b(set ?up|add|enable|configure|create|turn on|put)\b[^.?!]{0,30}\b(auto-?scal\w*|hpa|horizontal pod autoscaler)\b|\bauto-?scale\b[^.?!]{0,40}\bbetween \d+ and \d+\b/.test(
        t,
      ),
    reason: 'I cannot set up autoscaling (an HPA); I can scale a workload to a fixed count, e.g. "scale api in production to 6".',
  },
  {
    // "who scaled api down yesterday?", "what did I ask you to do last time?", "list every action coxswain executed":
    // the history of actions, not the cluster.
    test: (t) =>
      /\bwhy (did|was|were) (my|our|the|his|her) [^.?!]*\b(denied|rejected|blocked|refused)\b|\bwho decided\b|^\W*who\b[^.?!]*\b(scaled|restarted|rolled|deployed|changed|promoted|aborted|paused|deleted|killed|bumped|touched|ran|started|stopped)\b|\bwhat did (i|we|you) (ask|do|run|change)\b|\b(last|previous) (time|request) (i|you|we) (asked|did|ran)\b|\b(history|log) of (my |our |your )?(requests|actions|changes|commands)\b|\b(show|give|export|get|pull|send|see|view|list|share|produce|generate|need|want)\b[^.?!,:]{0,20}\baudit (log|trail|history|export)\b|\baudit (log|trail|history) (of|for)\b|\b(every|each|all( the)?) (actions?|changes?|commands?|requests?) (you|coxswain|the bot|it|that bot)( have| has)? (executed|ran|run|did|done|performed|made|applied|carried out)\b|\bwhat (actions|changes|commands) (did|has|have) (you|coxswain|the bot)\b/.test(
        t,
      ),
    reason: 'I do not answer who did what from memory: every request and action is in the audit log (`coxswain audit export`).',
  },
  {
    test: (t) =>
      /\b(secrets?|passwords?|credentials?|api[- ]?keys?|tokens?|kubeconfig|certificates?|private keys?|env(ironment)? var(iable)?s|configmaps?)\b/.test(
        t,
      ),
    reason: 'I cannot read or change secrets, credentials or configuration objects.',
  },
  {
    // "set prod web memory to 4", "scale prod api cpu to 2", "api ram: 4": a resource given a value or a factor, not a
    // replica count ("cpu at 90%" is a reading of it, not a value).
    test: (t) =>
      /\b(memory|mem|ram|cpus?|vcpus?|cores?|heap( size)?|xmx|gpus?|disk( size)?|storage|threads?|thread pool|(db |connection )?pool( size)?|millicores?|(cpu|memory|mem)[- ](limits?|requests?))\b(\s+(in|on|for|of) [\w-]+)?\s*(to|=|:|at|by|down to|up to|\u2192|->|=>)?\s*\d+(\.\d+)?(?![\d.]|\s*(%|percent|ms|s\b|sec|min|m\b|h\b|hours?|minutes?|seconds?))/.test(
        t,
      ) && !/\b(stress|pressure|chaos|experiment|burn|hog|spike|load|level|leak\w*|usage|utili[sz]ation)\b/.test(t),
    reason: "I cannot change a workload's CPU or memory; I can scale it, restart it or set its image.",
  },
  {
    // "set the memory limit of api to 2Gi", "add env var FEATURE_X=true to api": no tool changes a pod template's
    // resources or environment.
    test: (t) =>
      /\b\d+\s*(?:more |extra )?(?:gigs?|gb|gib|gigabytes?|mb|mib|megabytes?)\b(?![^.]{0,25}\b(stress|pressure|chaos|experiment|burn|hog|spike|load))|\b(give|add|more|increase|bump|raise|double|triple|reduce|lower|cut|decrease|trim|shrink|halve|less|fewer|remove|take away)\b(?:(?!\b(replicas?|pods?|instances?|copies)\b)[^.,;]){0,30}\b(memory|ram|cpus?|vcpus?|cores?)\b(?![^.]{0,25}\b(stress|pressure|chaos|experiment|burn|hog|spike|load))|\b((cpu|memory|mem|ram|resources?) (limits?|requests?|quotas?)|(limits?|requests?) (of|for|on) (cpu|memory|mem|ram)|env(ironment)? var(iable)?s?|set env)\b/.test(
        t,
      ),
    reason:
      'I cannot change resource requests, limits or environment variables; I can scale, restart, roll back or set the image.',
  },
  {
    // "kubectl get pods -n monitoring" is a read said in kubectl's words; any other kubectl is a command to run.
    test: (t) =>
      /\b(heap ?dumps?|thread ?dumps?|core ?dumps?|jstack|jmap|pprof|profil(e|ing)|strace|tcpdump|exec(?! (update|meeting|team|review|summary|report|deck|sync|staff|briefing|call|presentation|readout|offsite|email|dashboard|sponsor)s?\b(?![^.]*\b(into|pods?|containers?|shell|access)\b))|shell|bash|zsh|sh|ssh|kubectl|terminal|console|port-?forward|attach|curl|wget|psql|sudo|rm -rf|chmod|script|cat|printenv|passwd)\b|\/etc\//.test(
        t
          .replace(
            /^\W*((basically|just|like|so|ok|okay|pls|please|run|do)\s+)*kubectl (get|describe|logs)\b(?![^|;&]*[|;&`$#])/,
            '$3',
          )
          // "restarted api myself through the console", "to attach to the ticket": the person's own means and ends.
          .replace(OWN_MEANS, ' '),
      ),
    reason: 'I cannot run commands, shells or kubectl inside the cluster.',
  },
  {
    test: (t) =>
      /\b((write|read|edit|deploy|view|full|admin|root|cluster|prod|production) access|access (to|for|on) (prod|production|staging|the cluster)|add (me|him|her|them|@?\w+) (to|into) (the |that |this )?(list|group|approvers?|admins?|rotation)|(give|grant) (me|him|her|them|@?[\w.-]+) (edit |write |read |admin |deploy |full )?(access|rights|permissions?)\b|(edit|write|admin|deploy) rights\b|(?<!\b(cache|retry|restart|pull|eviction|scaling|backoff|timeout|routing|cors|ttl|update|rollout|retention|network) )polic(y|ies)|rbac|clusterroles?|rolebindings?|roles?|permissions?|privileges?|(grant|revoke)(?= (me|us|him|her|them|<@|@|access|permissions?|rights|roles?|admin|\w+ (access|permissions?|rights|roles?|admin)))|allowlist|whitelist|(cluster-)?admin|superuser|root access)\b/.test(
        t,
      ),
    reason: 'I cannot change the policy, roles or permissions; an administrator edits the policy file.',
  },
  {
    test: (t) =>
      /^\W*(was|is|were|are|has|have|had|did|who)\b[^.!]*\bapproved\b|\b(approve|approval|approvals|(mark|set|flag|make)( \S+){0,3} (as )?approved|authori[sz]e|(^|\b(please|pls|can you|could you|would you|kindly) )sign[- ]off( on)?\b(?! (is|was|came|came in|landed|in the thread)\b)|(approve|sign|act)\w*\b[^.]{0,40}\bon (his|her|their|someone'?s|somebody'?s|\w+'s) behalf|approvers?( list)?|impersonate|as (user|admin|root))\b/.test(
        t,
      ),
    reason: "I cannot approve requests or act on someone else's behalf; approvers click Approve on the request card.",
  },
  {
    // The namespace or cluster is the object of the verb ("delete the production namespace"), not a place ("restart
    // api in staging namespace": the names are left out of the words tested, so a preposition stands before it).
    test: (t) =>
      /\b(delete|remove|drop|destroy|nuke|wipe|purge|create|make|add|new|rename|clean|clear|empty|kill|restart|scale|shut ?down|upgrade)( (the|a|an|new|whole|entire|all))?( (?!(?:in|on|at|for|of|from|to|into|within|inside)\b)[a-z0-9-]+)? (namespaces?|ns|clusters?)\b(?![ -]?(dns|dns server|domain))/.test(
        t,
      ),
    reason: 'I cannot create, change or delete namespaces or clusters.',
  },
  {
    // The kind is the object of the verb ("drain node-7", "list the ingresses", "scale the statefulset"), not a word
    // of the story around it ("they'll sort out the ingress themselves").
    test: (t, w) =>
      new RegExp(`\\b(${OBJECT_VERBS})\\b(\\s+\\S+){0,3}?\\s+${KINDS.source}`).test(t) &&
      // "the pod web-5b6c7d8e9f-abc12 is hogging a node, nuke that pod": the node is where the pod runs.
      !/\b[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]{6,10}-[a-z0-9]{5}\b/.test(t) &&
      // "which nodes are the prod web pods on?": where pods run is a list of the pods.
      !/\b(which|what) nodes?\b[^.?!]{0,40}\bpods?\b|\bpods?\b[^.?!]{0,40}\bwith (the |their )?nodes? (they|it|each)('re| are|'s| is)? (on|running on|sit on|live on)\b|\bpods?\b[^.?!]{0,40}\b(on|across) (which|what|how many|different) nodes?\b|\bpods?\b[^.?!]{0,40}\b(which|what) nodes? (they|it|each|each one|those|these)( is| are|'re|'s)? (on|running on|run on|sit on|live on|scheduled on|placed on)\b/.test(
        t,
      ) &&
      (has(
        w,
        'delete',
        'create',
        'update',
        'restart',
        'scale',
        'kill',
        'stop',
        'add',
        'reduce',
        'deploy',
        'rollback',
        'pause',
        'list',
        'describe',
      ) ||
        /\b(drain|cordon|uncordon|taint)\b/.test(t)),
    reason: OTHER_KINDS,
  },
  {
    // "how much headroom do we have on the nodes? allocatable vs requested": node capacity is not in the catalog.
    test: (t) =>
      /\b(allocatable|headroom|capacity|requested)\b[^.?!]{0,40}\bnodes?\b|\bnodes?\b[^.?!]{0,40}\b(allocatable|headroom|capacity)\b/.test(
        t,
      ),
    reason: OTHER_KINDS,
  },
  {
    // "show me the grafana dashboard for weekend traffic": dashboards and graphs live elsewhere.
    test: (t) =>
      /\b(show|open|send|give|link|pull up|bring up)\b[^.?!]{0,30}\b(grafana|kibana|datadog|dashboards?|graphs?|charts?)\b/.test(
        t,
      ),
    reason: 'I cannot show dashboards or graphs.',
  },
  {
    // "what changed in git over the weekend", "which PRs merged": source history is not the cluster's.
    test: (t) =>
      /\b(git|commits?|pull requests?|prs|repo|repository|repositories)\b[^.?!]{0,40}\b(changed|changes|history|log|merged|pushed)\b|\b(changed|merged|pushed)\b[^.?!]{0,30}\b(in|to) (git|the repo|the repository|main|master)\b/.test(
        t,
      ),
    reason: 'I cannot read source repositories or their history; I can describe what a workload runs now.',
  },
  {
    // "what's the forecast for next month's spend if traffic grows 20%?": OpenCost reports what was spent.
    test: (t) =>
      /\b(forecast|predict|prediction|projection|projected|extrapolate)\w*\b[^.?!]{0,40}\b(spend|spending|cost|costs|bill)\b|\b(spend|spending|cost|costs|bill)\b[^.?!]{0,40}\b(forecast|projection|next (month|week|quarter|year))\b/.test(
        t,
      ),
    reason: 'I report what the cluster has cost so far (from OpenCost), not forecasts.',
  },
  {
    // "mute the HighLatency alert", "set a monthly budget and ping us when we go over": alerting is not in the catalog.
    test: (t) =>
      /(^|[.!?;,:]\s*|\b(please|pls|can you|could you|and|then|also) )(mute|silence|snooze|ack|acknowledge|disable|enable|create|add|set ?up|configure|resolve)( (the|an?|this|that|our|all|my))?( [\w-]+){0,2} (alerts?|alarms?|alertmanager|pagerduty|notifications?)\b|\b(set|create|add|configure|define|raise|increase|lower|decrease|bump|change|update)( (the|an?|this|that|our|my))?( [\w$-]+){0,2} budgets?\b|\b(budget|cost|spend(ing)?) (alerts?|limits?|caps?|notifications?)\b|^\W*(email|ping|notify|alert|page) (us|me)\b[^.?!]{0,30}\b(if|when|once)\b|(^|[.!?;,:]\s*|\b(please|pls|can you|could you) )(remind|nudge) (me|us|the team|everyone)\b(?! (of|what|how)\b)|\bset (me |us )?(up )?an? reminder\b/.test(
        t,
      ),
    reason:
      'I cannot set up alerts, budgets or notifications; I can query costs (e.g. "staging costs this month") or describe a workload.',
  },
  {
    // "tell <@U123> that the staging deploy is done", "let Alice know api is back": messages to people.
    test: (t) =>
      /^\W*((can|could|would) (you|u) |please |pls )?(post|announce|share|write) (it |this |that )?(in|to|on) #?[\w.-]+\b|^\W*((can|could|would) (you|u) |please |pls )?(dm|message|email|text|slack) (?!(me|us)\b)@?[\w.-]+ and (tell|ask|let)\b|^\W*((can|could|would) (you|u) |please |pls )?((tell|ping|notify|remind|message|dm|email|text|page) ((?!(me|us|everyone|all)\b)(<@\w+>|@?[\w.-]+) )?(that|about|to say)|let ((?!(me|us)\b)(<@\w+>|@?[\w.-]+) )?know)\b/.test(
        t,
      ),
    reason: 'I cannot send messages to people or post in channels.',
  },
  {
    // "sync the api-production app in argo cd": Argo CD is read for approvals, never driven.
    test: (t) =>
      /\b(sync|refresh|hard refresh|resync)\b[^.?!]*\b(argo ?cd|argocd|app|application)\b|\b(argo ?cd|argocd)\b[^.?!]*\bsync\b/.test(
        t,
      ),
    reason: 'I cannot sync or change Argo CD applications; I can describe a workload or roll it back.',
  },
  {
    // "how full is the prometheus PVC?": storage is not in the catalog.
    test: (t) =>
      /\bhow (full|big|large)\b[^.?!]{0,30}\b(pvcs?|volumes?|disks?|storage)\b|\b(pvcs?|volumes?|disks?|storage)\b[^.?!]{0,20}\b(full|space|capacity|usage)\b/.test(
        t,
      ),
    reason: OTHER_KINDS,
  },
  {
    // Metrics are not in the catalog: "what's the p99 latency of api", "cpu usage of web" (chaos still adds latency).
    test: (t, w) =>
      /\b(p\d{2}|percentiles?|error rates?|throughput|rps|qps|requests per second|(cpu|memory|mem|ram|disk) (usage|utili[sz]ation|consumption)|latency)\b/.test(
        t,
      ) &&
      /\b(what|what's|whats|how|show|tell|check|graph|chart|current|is|are)\b/.test(t) &&
      !has(w, 'create', 'add', 'chaos', 'stop', 'delete', 'kill') &&
      // "error rate on the canary is 0.02%, looks healthy, continue to the next step": a metric told as the reason.
      !(
        has(w, 'promote', 'rollback', 'restart', 'scale', 'abort', 'retry', 'pause') &&
        // The action asked plainly, and no metric asked for: "abort checkout in prod, error rate is spiking".
        /(^|[.!?,;:\u2014-]\s*|\b(please|pls|then|so|just|now)\s+)(promote|roll|restart|scale|abort|retry|pause|continue|proceed|go ahead)\b/.test(
          t,
        ) &&
        !METRIC_ASKED.test(t)
      ),
    reason:
      'I cannot read metrics (latency, error rates, CPU or memory usage); I can describe a workload, list its pods or show its logs.',
  },
  {
    test: (t) =>
      /\b(weather|jokes?|poem|song|recipe|stocks?|football|soccer|movie|translate|capital of|president|time is it|meaning of life|bitcoin|crypto)\b/.test(
        t,
      ),
    reason: 'That is outside what I do.',
  },
];

/** A metric asked for, not told: "what's the p99 of api", "show me web's cpu usage", "is latency ok?". */
const METRIC_ASKED =
  /\b(what|how|show|tell|check|graph|chart|plot|give|get|report|current|compare)\b('?s| is| are| was| me| us)?\b[^.?!]{0,30}\b(p\d{2}|percentiles?|latency|error rates?|throughput|rps|qps|usage|utili[sz]ation|consumption)\b|\b(p\d{2}|latency|error rates?|throughput|usage|utili[sz]ation)\b[^.!?]{0,30}\?/;

/** `names` are the inventory's names: a Deployment called "console" or "shell-api" is not a request for a shell. */
export function refusal(text: string, words: Set<string>, names: Set<string>): string | undefined {
  // "curlimages/curl:8.8.0" is an image, not a shell command: image references are names too.
  // "deploy … as weather-banner", "a deployment called debug-shell", "a deployment weather-feed": the name given to a
  // new Deployment is a name.
  const own = text
    .split(' ')
    .filter(
      (w, i, all) =>
        !names.has(w.replace(/[^a-z0-9-]/g, '')) &&
        !/^[a-z0-9][\w.-]*(\/[\w.-]+)*:[\w.-]*\d[\w.-]*$/.test(w) &&
        !(
          /^(named|called|as|name:?|deployment|app|service|workload)$/.test(all[i - 1] ?? '') &&
          /^[a-z0-9]+(-[a-z0-9]+)+,?$/.test(w)
        ),
    )
    .join(' ');
  const hit = REFUSALS.find((r) => r.test(own, words));
  return hit ? `${hit.reason} ${CAN_DO}` : undefined;
}

export function cannotDo(what: string): string {
  return `${what} ${CAN_DO}`;
}

const HELP =
  /^(help|\?+|h|usage|commands|menu|examples|(what|which) (commands|tools|things|requests) (do|can) (you|i) (support|do|understand|know|use|ask)|what (can|do|should) (you|i) (do|ask|say)|what (else )?(are you able to do|can you help( me)? with|do you know how to do)|what are you (able to do|capable of|good for|for)|what are (your|the) (commands|options|capabilities|tools)|how (do|does|can) (i|this|you) (use|work)|who are you|what is this|what do you support|show (me )?(the )?(commands|help|examples|tools|options)|list (the )?(commands|tools|options)|(what|which) tools)( (here|exactly|for me|you have|do you have|can you use|with you|this|it|you|this thing|this app))?$/;

/**
 * Examples asked for or the bot asked about as a whole ("can you give me some example requests I can try", "what are
 * you", "list some things you can do"), the message nothing but that.
 */
const EXAMPLES_ASKED =
  /^((can|could) (you|u) |would you )?((give|show|send|tell|list)( me| us)? )?(some|a few|few|a couple of|any|more|an?)? ?(examples?|samples?|sample|example) ?(of )?(requests?|commands?|questions?|prompts?|messages?|things|queries)?( (i|we) (can|could|might|should) (try|ask|say|send|type|use))?( (to|with|for) you)?$|^what (is|are) ?(the )?(you|this|this thing|it)?( for)?$|^((can|could) (you|u) )?(list|name|tell me|show me) (some|the|a few|all)? ?(of )?(the )?things (you|i) can (do|ask( you)?)( for me)?$|^what (can|could|should) (i|we) (say|ask|send|type|tell) (to )?(you|the bot)?$/;

/** Help: only when the message is about the bot itself, not "help me restart web". */
export function isHelp(text: string): boolean {
  const t = text
    .replace(/[^a-z0-9?' ]/g, ' ')
    .replace(/\b(please|pls|hey|hi|hello|coxswain|bot|so|um|ok|okay|thanks|thank you|exactly|again)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\?+/g, ' ')
    .trim();
  return (
    HELP.test(t) ||
    EXAMPLES_ASKED.test(t) ||
    /^(i need )?help( me)?( please)?$/.test(t) ||
    /^how (do|can|would|should) (i|we) (?!(see|check|find|view|list|look at|read)\b)/.test(t) ||
    // Nothing left but a question mark; words in another script are no empty message.
    (t === '' && !/\p{L}/u.test(text.replace(/[a-z]/g, '')))
  );
}
