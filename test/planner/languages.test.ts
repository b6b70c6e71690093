import { describe, expect, it } from 'vitest';
import { planOffline } from '../../src/planner/offline/index.ts';
import { inEnglish } from '../../src/planner/offline/language.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

// Requests in other languages, with names in Latin letters (kinds from dev-kinds12 and blind15/16, in texts of their
// own): read in English words, never for sure, so the requester confirms what the bot made of them.
const ctx = sandboxPlanContext();
const read = (text: string) => planOffline(text, ctx);

describe('Japanese, Chinese and Korean', () => {
  it.each([
    ['production の worker を再起動してください', 'restart', { namespace: 'production', name: 'worker' }],
    ['staging の api のログを見せて', 'get_logs', { namespace: 'staging', name: 'api' }],
    ['先週の production のコストを教えて', 'query_costs', { window: 'lastweek', namespace: 'production' }],
    ['把 production 的 web 回滚', 'rollback', { namespace: 'production', name: 'web' }],
    [
      '查看 monitoring 里 prometheus 最近 30 分钟的日志',
      'get_logs',
      { namespace: 'monitoring', name: 'prometheus', sinceSeconds: 1800 },
    ],
    ['staging 의 worker 재시작 해줘', 'restart', { namespace: 'staging', name: 'worker' }],
    ['어제 staging 비용 보여줘', 'query_costs', { window: 'yesterday', namespace: 'staging' }],
  ])('"%s"', (text, tool, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });
});

describe('Polish, Turkish, and words the other tables lacked', () => {
  it.each([
    ['Przeskaluj web w staging do 4 replik, proszę', 'scale', { namespace: 'staging', name: 'web', replicas: 4 }],
    ["production'daki web'i yeniden başlat lütfen", 'restart', { namespace: 'production', name: 'web' }],
    ['Zeig mir welche Pods gerade in monitoring laufen', 'list_pods', { namespace: 'monitoring' }],
    ['¿Cuánto costó staging el mes pasado?', 'query_costs', { window: 'lastmonth', namespace: 'staging' }],
    ['Hoeveel kostte productie de afgelopen 5 dagen?', 'query_costs', { window: '5d', namespace: 'production' }],
  ])('"%s"', (text, tool, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });

  it('an English request with a stray foreign word stays English and sure', () => {
    const r = read('restart worker in staging, danke');
    expect(r.plan).toMatchObject({ outcome: 'tool', tool: 'restart', args: { namespace: 'staging', name: 'worker' } });
  });
});

describe('negations, times and relatives in other languages are kept', () => {
  it.each(['不要回滚 staging 的 web', 'staging の worker を再起動しないで', 'Proszę, nie restartuj web w staging'])(
    '"%s" proposes no write',
    (text) => {
      expect(read(text).plan.outcome).not.toBe('tool');
    },
  );
  it('"明天 … 重启" is for tomorrow, so nothing runs now', () => {
    expect(read('明天帮我重启 staging 的 api').plan.outcome).not.toBe('tool');
  });
  it('"增加 2 个副本" adds to the live count', () => {
    expect(read('给 staging 的 web 增加 2 个副本').plan).toMatchObject({
      tool: 'scale',
      args: { namespace: 'staging', name: 'web', replicas: 4 },
    });
  });
});

describe('stopping, retrying, killing and creating in other languages (kinds from blind17/18)', () => {
  it.each([
    ['detén el experimento api-cpu-stress-x7k2q en staging', 'stop_chaos'],
    ["arrête l'expérience web-network-delay-k2p9 dans staging", 'stop_chaos'],
    ['reintenta el rollout de payments en production', 'retry_rollout'],
    ['mata un pod al azar de api en staging', 'launch_chaos'],
    ['Pausiere bitte das Checkout-Rollout in Production', 'pause_rollout'],
    ['crea un deployment llamado redis en staging con la imagen redis:7.4 y el puerto 6379', 'create_deployment'],
  ])('"%s"', (text, tool) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool });
    expect(r.confident).toBe(false);
  });
});

describe('costs, workloads, logs windows and rollouts in other languages (kinds from blind17-20, dev-kinds15)', () => {
  it.each([
    ['quanto custou o namespace staging ontem?', 'query_costs', { namespace: 'staging', window: 'yesterday' }],
    ['combien a coûté le namespace production hier ?', 'query_costs', { namespace: 'production', window: 'yesterday' }],
    ['¿Qué cargas de trabajo hay corriendo en staging?', 'list_workloads', { namespace: 'staging' }],
    ['montre-moi les logs de worker en staging des 5 dernières minutes', 'get_logs', { name: 'worker', sinceSeconds: 300 }],
    ['tenta de novo o rollout do payments, só falhou porque o prometheus caiu', 'retry_rollout', { name: 'payments' }],
    ['no reinicies api en staging, solo muéstrame sus pods', 'list_pods', { namespace: 'staging', workload: 'api' }],
    ['wstrzymaj rollout payments na produkcji', 'pause_rollout', { namespace: 'production', name: 'payments' }],
    ['откати worker на стейджинге, пожалуйста', 'rollback', { namespace: 'staging', name: 'worker' }],
  ])('"%s"', (text, tool, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });
});

describe('namespaces in Japanese and Korean, French and German (kinds from blind21)', () => {
  it.each([
    ['本番のpaymentsのロールアウトを一時停止してください', 'pause_rollout', { namespace: 'production', name: 'payments' }],
    ['스테이징 api 레플리카를 3개로 늘려줘', 'scale', { namespace: 'staging', name: 'api', replicas: 3 }],
    ['montre-moi tout ce qui tourne en production', 'list_workloads', { namespace: 'production' }],
    ['Wie viel hat staging gestern gekostet?', 'query_costs', { namespace: 'staging', window: 'yesterday' }],
  ])('"%s"', (text, tool, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });
});

// Hindi in Latin letters, Indonesian, Tagalog, Swahili, Vietnamese and Arabic (kinds from dev-kinds18, in texts of
// their own): a read, a write (never for sure) and an English sentence with a word of the table that stays English.
describe('Hindi, Indonesian, Tagalog, Swahili, Vietnamese and Arabic', () => {
  it.each([
    [
      'staging mein api ke pichle 3 ghante ke logs dikhao',
      'get_logs',
      { namespace: 'staging', name: 'api', sinceSeconds: 10800 },
    ],
    ['production mein web ko 4 pe scale kar do', 'scale', { namespace: 'production', name: 'web', replicas: 4 }],
    ['tampilkan biaya staging minggu lalu per namespace', 'query_costs', { namespace: 'staging', window: 'lastweek' }],
    ['tolong restart api di production sekarang', 'restart', { namespace: 'production', name: 'api' }],
    ['pakita mo yung mga pods ng web sa staging', 'list_pods', { namespace: 'staging', workload: 'web' }],
    ['i-restart mo naman yung worker sa production', 'restart', { namespace: 'production', name: 'worker' }],
    [
      'Nionyeshe kumbukumbu za api kwenye staging dakika 10 za mwisho',
      'get_logs',
      { namespace: 'staging', name: 'api', sinceSeconds: 600 },
    ],
    ['Ongeza nakala za worker kwenye production hadi 3', 'scale', { namespace: 'production', name: 'worker', replicas: 3 }],
    ['cho tôi xem chi phí tháng trước của production', 'query_costs', { namespace: 'production', window: 'lastmonth' }],
    ['khởi động lại worker trên staging', 'restart', { namespace: 'staging', name: 'worker' }],
    ['اعرض السجلات الخاصة بـ api في staging آخر 2 ساعة', 'get_logs', { namespace: 'staging', name: 'api', sinceSeconds: 7200 }],
    ['أعد تشغيل worker في بيئة الإنتاج', 'restart', { namespace: 'production', name: 'worker' }],
  ])('"%s"', (text, tool, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });

  it.each([
    ['restart worker in staging and do it now', 'restart', { namespace: 'staging', name: 'worker' }],
    ['what did staging cost per namespace last week?', 'query_costs', { namespace: 'staging', window: 'lastweek' }],
    ['may I see the logs of worker in production?', 'get_logs', { namespace: 'production', name: 'worker' }],
    ['show the logs of api in staging, ya know', 'get_logs', { namespace: 'staging', name: 'api' }],
    ['roll back web in production to the previous version', 'rollback', { namespace: 'production', name: 'web' }],
    ['delete pod web-5c7d9f8b6-2kx8p in staging', 'delete_pod', { namespace: 'staging', name: 'web-5c7d9f8b6-2kx8p' }],
  ])('English stays English: "%s"', (text, tool, args) => {
    expect(inEnglish(text)).toBeUndefined();
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(true);
  });
});

describe('the catalog in the tables that had only part of it (kinds from dev-kinds18)', () => {
  it.each([
    ['draai api in staging terug naar revisie 2', 'rollback', { namespace: 'staging', name: 'api', toRevision: 2 }],
    ["staging'de web'in son 20 dakika logunu göster", 'get_logs', { namespace: 'staging', name: 'web', sinceSeconds: 1200 }],
    [
      'покажи логи worker в проде за последние 2 часа',
      'get_logs',
      { namespace: 'production', name: 'worker', sinceSeconds: 7200 },
    ],
    [
      'Erstelle in staging ein Deployment namens echo mit dem Image hashicorp/http-echo:1.0 und Port 5678',
      'create_deployment',
      { namespace: 'staging', name: 'echo', image: 'hashicorp/http-echo:1.0', port: 5678 },
    ],
    ['añade 2 réplicas a worker en producción', 'scale', { namespace: 'production', name: 'worker', replicas: 5 }],
    ['réessaie le rollout de payments en production', 'retry_rollout', { namespace: 'production', name: 'payments' }],
    ['mostrami i costi di production del mese scorso', 'query_costs', { namespace: 'production', window: 'lastmonth' }],
    ['pokaż logi api na produkcji z ostatnich 15 minut', 'get_logs', { namespace: 'production', name: 'api', sinceSeconds: 900 }],
    ['把 production 的 api 回滚到版本 3', 'rollback', { namespace: 'production', name: 'api', toRevision: 3 }],
    ['staging checkout 끝까지 프로모트해줘', 'promote_rollout', { namespace: 'staging', name: 'checkout', full: true }],
  ])('"%s"', (text, tool, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });

  it('"non-ready" in an English alert is no Italian', () => {
    expect(inEnglish('Pod production/web-1 has been in a non-ready state; the pod is non-ready since 10:00')).toBeUndefined();
  });
});

describe('a question in another script is no empty message', () => {
  it('is not answered with help', () => {
    const r = planOffline('сколько стоил стейджинг вчера?', sandboxPlanContext());
    expect(r.plan.outcome).not.toBe('help');
  });
});
