import { describe, expect, it } from 'vitest';
import { closestMatches, closestUnique, editDistance } from '../../src/planner/fuzzy.ts';
import { canonicalize } from '../../src/planner/offline/lexicon.ts';
import { normalize, stripMarkup } from '../../src/planner/offline/normalize.ts';
import { normalizeNumbers } from '../../src/planner/offline/numbers.ts';
import { costWindow, durations, latencyMs, sinceSeconds, tailLines } from '../../src/planner/offline/slots.ts';

const words = (text: string) => {
  const n = normalize(text);
  return normalizeNumbers(n.words, n.raw).words;
};

describe('normalization', () => {
  it('removes Slack mentions, keeps link labels and decodes entities', () => {
    expect(
      stripMarkup('<@U0COXSWAIN> restart <http://web.example|web> &amp; <https://ghcr.io/acme/web:1.9.0>')
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe('restart web & ghcr.io/acme/web:1.9.0');
    expect(stripMarkup('<!here> in <#C123|ops>').replace(/\s+/g, ' ').trim()).toBe('in #ops');
    expect(stripMarkup(':rocket: deploy redis:7 :+1:').replace(/\s+/g, ' ').trim()).toBe('deploy redis:7');
  });

  it('drops politeness, greetings, articles and punctuation, and lower-cases', () => {
    expect(normalize('Hey team, could you PLEASE restart the Web in Staging? Thanks!').words).toEqual([
      'and',
      'restart',
      'web',
      'in',
      'staging',
    ]);
    expect(normalize("what's running in prod").words).toEqual(['what', 'is', 'running', 'in', 'prod']);
  });

  it('keeps the case of image references and strips code markers', () => {
    const n = normalize('set image of web to `ghcr.io/Acme/web:1.9.0-RC1`');
    expect(n.raw).toContain('ghcr.io/Acme/web:1.9.0-RC1');
    expect(n.words).toContain('ghcr.io/acme/web:1.9.0-rc1');
  });

  it('keeps "hello" as a name when it is not a greeting at the start', () => {
    expect(normalize('create a deployment called hello').words).toEqual(['create', 'deployment', 'called', 'hello']);
  });
});

describe('numbers and units', () => {
  it('reads number words, compounds and quantities', () => {
    expect(words('scale to twenty five')).toEqual(['scale', 'to', '25']);
    expect(words('two hundred ms')).toEqual(['200', 'ms']);
    expect(words('a couple of replicas')).toEqual(['2', 'replicas']);
    expect(words('thirty-two')).toEqual(['32']);
    expect(words('port five thousand six hundred seventy eight')).toEqual(['port', '5678']);
    expect(words('two hundred and ten')).toEqual(['210']);
    expect(words('revision two three')).toEqual(['revision', '2', '3']);
  });

  it('splits glued units', () => {
    expect(words('200ms for 5min at 30%')).toEqual(['200', 'ms', 'for', '5', 'min', 'at', '30', '%']);
    expect(words('2h')).toEqual(['2', 'h']);
  });

  it('turns durations into seconds and milliseconds', () => {
    expect(durations(words('for 2 minutes')).map((d) => d.seconds)).toEqual([120]);
    expect(durations(words('for an hour')).map((d) => d.seconds)).toEqual([3600]);
    expect(durations(words('for half an hour')).map((d) => d.seconds)).toEqual([1800]);
    expect(latencyMs(words('add 1.5s of latency'), durations(words('add 1.5s of latency')))).toBe(1500);
    expect(latencyMs(words('add 200ms latency'), durations(words('add 200ms latency')))).toBe(200);
  });

  it('reads log windows and line counts', () => {
    expect(sinceSeconds(words('logs from the last 10 minutes'))).toBe(600);
    expect(sinceSeconds(words('logs since 2h ago'))).toBe(7200);
    expect(sinceSeconds(words('logs from the past hour'))).toBe(3600);
    expect(tailLines(words('the last 100 lines of logs'))).toBe(100);
    expect(tailLines(words('tail 20'))).toBe(20);
  });

  it('maps cost windows to OpenCost syntax', () => {
    expect(costWindow(words('last week'))).toBe('lastweek');
    expect(costWindow(words('this week'))).toBe('week');
    expect(costWindow(words('this month'))).toBe('month');
    expect(costWindow(words('last month'))).toBe('lastmonth');
    expect(costWindow(words('yesterday'))).toBe('yesterday');
    expect(costWindow(words('today'))).toBe('today');
    expect(costWindow(words('the last 24 hours'))).toBe('24h');
    expect(costWindow(words('the last 7 days'))).toBe('7d');
    expect(costWindow(words('past 2 weeks'))).toBe('14d');
  });
});

describe('edit distance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('resatrt', 'restart')).toBe(1);
    expect(editDistance('scael', 'scale')).toBe(1);
    expect(editDistance('web', 'api')).toBe(3);
  });

  it('picks a unique closest word, lets the first letter settle ties, and refuses short words', () => {
    expect(closestUnique('rstart', ['restart', 'start'])).toBe('restart');
    expect(closestUnique('wrker', ['worker', 'web'])).toBe('worker');
    expect(closestUnique('wbe', ['web'])).toBeUndefined();
    expect(closestUnique('frontend', ['web', 'api', 'worker'])).toBeUndefined();
    expect(closestMatches('wokr', ['worker', 'web', 'checkout'])).toEqual(['worker']);
    // Two equally close words with one meaning ("log", "logs") are not a tie.
    expect(closestUnique('logz', ['log', 'logs'])).toBeUndefined();
    expect(closestUnique('logz', ['log', 'logs'], undefined, (a, b) => a.startsWith('log') && b.startsWith('log'))).toBe('log');
  });
});

describe('typo correction', () => {
  const names = new Set(['web', 'api', 'worker', 'checkout', 'staging', 'production', 'prod']);
  const canon = (w: string) => canonicalize([w], [w], names);

  it('corrects misspelt commands, names and namespaces', () => {
    expect(canon('resatrt').words).toEqual(['restart']);
    expect(canon('lgos').words).toEqual(['logs']);
    expect(canon('wroker').words).toEqual(['worker']);
    expect(canon('prodution').words).toEqual(['production']);
    expect(canon('logz').words).toEqual(['logs']);
  });

  it('never turns an everyday word into a command word', () => {
    const everyday =
      'skill star pick sell cancer charge watch catch rest wide wife turn short trip room call wall about trouble lets three'.split(
        ' ',
      );
    for (const w of everyday) expect(canon(w), w).toMatchObject({ words: [w], corrections: [] });
  });
});
