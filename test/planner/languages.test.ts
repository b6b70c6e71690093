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
    ['draai api in staging terug naar revisie 1', 'rollback', { namespace: 'staging', name: 'api', toRevision: 1 }],
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
    ['把 production 的 web 回滚到版本 1', 'rollback', { namespace: 'production', name: 'web', toRevision: 1 }],
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

// Each language's negation of a command and its words for later: the write is read when asked plainly (unsure), and
// neither proposed when the person says not to do it nor when they say to do it later (red team round 23).
describe('negations and later times in every table', () => {
  const writes: [string, string, [string, string, string]][] = [
    [
      'German',
      'scale',
      [
        'Skaliere den worker in staging auf 3',
        'Skaliere den worker in staging nicht auf 3',
        'Skaliere den worker in staging morgen auf 3',
      ],
    ],
    [
      'Dutch',
      'scale',
      ['schaal worker in staging naar 3', 'schaal worker in staging niet naar 3', 'schaal worker in staging vanavond naar 3'],
    ],
    [
      'Spanish',
      'pause_rollout',
      [
        'pausa el rollout de checkout en staging',
        'no pauses el rollout de checkout en staging',
        'pausa el rollout de checkout en staging esta noche',
      ],
    ],
    [
      'Portuguese',
      'rollback',
      ['reverte o web em staging', 'não reverta o web em staging', 'reverte o web em staging depois de amanhã'],
    ],
    [
      'French',
      'delete_pod',
      [
        'supprime le pod web-7d4b9c8f5-x2k9q dans staging',
        'ne supprime pas le pod web-7d4b9c8f5-x2k9q dans staging',
        'supprime le pod web-7d4b9c8f5-x2k9q dans staging ce soir',
      ],
    ],
    [
      'Italian',
      'scale',
      ['scala il worker in staging a 3', 'non scalare il worker in staging a 3', 'scala il worker in staging a 3 stasera'],
    ],
    ['Polish', 'rollback', ['wycofaj web w staging', 'nie wycofuj web w staging', 'wycofaj web w staging jutro rano']],
    ['Turkish', 'rollback', ["staging'deki web'i geri al", "staging'deki web'i geri alma", "staging'deki web'i haftaya geri al"]],
    [
      'Russian',
      'scale',
      [
        'масштабируй worker в staging до 3',
        'не масштабируй worker в staging до 3',
        'масштабируй worker в staging до 3 через час',
      ],
    ],
    [
      'Chinese',
      'scale',
      [
        '把 staging 的 worker 扩容到 3 个副本',
        '别把 staging 的 worker 扩容到 3 个副本',
        '下周把 staging 的 worker 扩容到 3 个副本',
      ],
    ],
    [
      'Japanese',
      'rollback',
      ['staging の web をロールバックして', 'staging の web をロールバックしないで', 'staging の web を30分後にロールバックして'],
    ],
    ['Korean', 'rollback', ['staging 의 web 롤백 해줘', 'staging 의 web 롤백 하지 마', 'staging 의 web 내일 롤백 해줘']],
    [
      'Hindi',
      'scale',
      [
        'staging mein worker ko 3 pe scale karo',
        'staging mein worker ko 3 pe scale mat karo',
        'staging mein worker ko 3 pe aaj raat scale karo',
      ],
    ],
    [
      'Indonesian',
      'delete_pod',
      [
        'hapus pod web-7d4b9c8f5-x2k9q di staging',
        'jangan hapus pod web-7d4b9c8f5-x2k9q di staging',
        'hapus pod web-7d4b9c8f5-x2k9q di staging nanti malam',
      ],
    ],
    [
      'Tagalog',
      'pause_rollout',
      [
        'i-pause mo ang rollout ng checkout sa staging',
        'huwag i-pause ang rollout ng checkout sa staging',
        'i-pause mo ang rollout ng checkout sa staging mamayang gabi',
      ],
    ],
    [
      'Swahili',
      'rollback',
      ['rudisha nyuma web kwenye staging', 'usirudishe nyuma web kwenye staging', 'rudisha nyuma web kwenye staging kesho'],
    ],
    [
      'Vietnamese',
      'scale',
      [
        'tăng worker trên staging lên 3 bản sao',
        'đừng tăng worker trên staging lên 3 bản sao',
        'tăng worker trên staging lên 3 bản sao vào thứ hai',
      ],
    ],
    [
      'Arabic',
      'scale',
      [
        'ارفع عدد نسخ worker في staging إلى 3',
        'لا ترفع عدد نسخ worker في staging إلى 3',
        'ارفع عدد نسخ worker في staging إلى 3 الليلة',
      ],
    ],
  ];
  it.each(writes)(
    '%s: the plain write is read (unsure), the negated one and the one for later are not',
    (_, tool, [plain, negated, later]) => {
      const r = read(plain);
      expect(r.plan).toMatchObject({ outcome: 'tool', tool });
      expect(r.confident).toBe(false);
      expect(read(negated).plan.outcome).not.toBe('tool');
      expect(read(later).plan.outcome).not.toBe('tool');
    },
  );

  it.each([
    ['morgen früh', 'Starte den worker in staging morgen früh neu', 'tomorrow morning'],
    ['en 10 minutos', 'reinicia api en production en 10 minutos', 'in 10 minutes'],
    ['el lunes', 'reinicia api en production el lunes', 'on monday'],
    ['over 10 minuten', 'herstart de worker in staging over 10 minuten', 'in 10 minutes'],
    ['10 dakika sonra', "staging'deki worker'ı 10 dakika sonra yeniden başlat", 'in 10 minutes'],
    ['через 10 минут', 'перезапусти worker в staging через 10 минут', 'in 10 minutes'],
    ['10 minute baad', 'staging mein worker ko 10 minute baad restart karo', 'in 10 minutes'],
    ['N menit lagi', 'restart worker di staging 10 menit lagi', 'in 10 minutes'],
    ['baada ya dakika 10', 'anzisha upya worker kwenye staging baada ya dakika 10', 'in 10 minutes'],
    ['sau 10 phút', 'khởi động lại worker trên staging sau 10 phút', 'in 10 minutes'],
    ['بعد 10 دقائق', 'أعد تشغيل worker في staging بعد 10 دقائق', 'in 10 minutes'],
    ['10分钟后', '10分钟后重启 staging 的 worker', 'in 10 minutes'],
  ])('"%s" is the English time', (_, text, english) => {
    expect(inEnglish(text)).toContain(english);
  });

  it('a Dutch count set back ("zet … terug naar 6") is a scale, and "komt door" completes no "zet … door"', () => {
    expect(read("zet de replica's van api in staging terug naar 4").plan).toMatchObject({
      tool: 'scale',
      args: { namespace: 'staging', name: 'api', replicas: 4 },
    });
    expect(read("zet worker in staging op 5 replica's, de piek komt door de campagne").plan).toMatchObject({
      tool: 'scale',
      args: { namespace: 'staging', name: 'worker', replicas: 5 },
    });
  });

  it('a Turkish verb negated at the end of its clause comes first, with what is asked instead', () => {
    expect(read("staging'deki worker'ı 2 replikaya ölçekleme, sadece logları göster").plan).toMatchObject({
      tool: 'get_logs',
      args: { namespace: 'staging', name: 'worker' },
    });
  });

  it('"y luego" and "und dann" are "and then", not later', () => {
    expect(inEnglish('reinicia api en staging y luego escala web a 3')).toContain('and then');
  });
});

// Red-team round 24 found requests not to act, to act later or to add N more read as acting now or setting N: the
// words of each table for them, in phrasings of their own (staging: web 2, api 2, worker 1 replicas).
describe('negations, later times and relative counts, round 24', () => {
  it.each([
    'Bitte keine Skalierung von web in staging, kein Rollback',
    'Heute nicht: starte api in staging neu',
    'Reinicia el worker en staging, pero hoy no',
    'No hace falta revertir web en staging',
    'Nenhum rollback do worker em staging',
    'Pas besoin de redémarrer api en staging',
    'Aucune suppression du worker en staging',
    'Non serve riavviare il worker in staging',
    'Nessun rollback di api in staging',
    'herstart worker in staging, maar nu niet',
    'geen rollback van api in staging',
    'Nie trzeba wycofywać web na stagingu',
    "api'yi staging'de yeniden başlatmayalım",
    'Не нужно откатывать web в staging',
    'Не треба перезапускати worker в staging',
    'staging mein worker ka restart rehne do',
    'staging mein api ko restart karne ki zaroorat nahi',
    'tidak perlu restart worker di staging',
    'hindi na kailangang i-rollback ang web sa staging',
    'ayokong i-scale ang api sa staging',
    'Hakuna haja ya kurudisha nyuma web kwenye staging',
    'Không cần khởi động lại worker trên staging',
    'بلاش تراجع عن web في staging',
    'staging 的 worker 先不回滚',
    'staging の web はロールバックしなくていい',
    'staging web 롤백하면 안 돼',
  ])('"%s" (not to do it, no need, none, let\'s not) proposes no write', (text) => {
    expect(read(text).plan.outcome).not.toBe('tool');
  });

  it.each([
    'Starte api in staging heute Nachmittag neu',
    'Skaliere web in staging um 22 Uhr auf 3',
    'Reinicia el worker en staging esta tarde',
    'Revierte web en staging a medianoche',
    'Reinicia o worker em staging daqui a 20 minutos',
    'Redémarre web en staging cet après-midi',
    'Redémarre le worker en staging dans une heure',
    'Riavvia il worker in staging alle 17',
    'Riavvia web in staging nel weekend',
    'herstart web in staging om 23 uur',
    'herstart api in staging over een uur',
    'Zrestartuj web na stagingu o północy',
    'Zrestartuj worker na stagingu za godzinę',
    "worker'ı staging'de öğleden sonra yeniden başlat",
    "web'i staging'de saat 22'de geri al",
    'Перезапусти worker в staging днём',
    'Перезапусти web в staging через годину',
    'staging mein web ko parso restart karo',
    'staging mein worker ko raat 11 baje restart karo',
    'restart web di staging nanti sore',
    'i-restart mo ang worker sa staging sa makalawa',
    'Anzisha upya web kwenye staging mchana',
    'Khởi động lại web trên staging cuối tuần này',
    'أعد تشغيل web في staging بعد الظهر',
    'staging 的 web 下午重启',
    'staging の worker を週末に再起動して',
    '모레 staging worker 재시작해줘',
  ])('"%s" (a part of the day, an hour, in an hour, the weekend, the day after tomorrow) runs nothing now', (text) => {
    expect(read(text).plan.outcome).not.toBe('tool');
  });

  it.each([
    ['Skaliere worker in staging um zwei Repliken hoch', 'worker', 3],
    ['Escala web en staging a 1 réplica más', 'web', 3],
    ['Ajoute 2 répliques de plus à api en staging', 'api', 4],
    ['Scala il worker in staging di 3 repliche in più', 'worker', 4],
    ["zet worker in staging op 3 extra replica's", 'worker', 4],
    ['Przeskaluj api na stagingu o 2 repliki więcej', 'api', 4],
    ['Масштабируй worker в staging на 2 реплики больше', 'worker', 3],
    ['staging mein api ka ek aur replica badha do', 'api', 3],
    ['Tăng worker trên staging thêm 2 bản sao', 'worker', 3],
    ['staging 的 api 扩容到2倍', 'api', 4],
    ['staging の web をあと2台スケールアウトして', 'web', 4],
    ['staging worker 3개 더 스케일해줘', 'worker', 4],
  ])('"%s" adds to the live count of %s', (text, name, replicas) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool: 'scale', args: { namespace: 'staging', name, replicas } });
    expect(r.confident).toBe(false);
  });

  it.each([
    'por favor, no restart of worker in staging tonight',
    'scale web in staging to 3 replicas per favore, grazie',
    'obrigado! add 1 more replica to api in staging',
    'merci — no rollback on web in staging',
  ])('"%s" is English with a polite word of another language, left alone', (text) => {
    expect(inEnglish(text)).toBeUndefined();
  });

  it('English keeps its own words beside the polite one', () => {
    expect(read('por favor, no restart of worker in staging tonight').plan.outcome).not.toBe('tool');
    expect(read('obrigado! add 1 more replica to api in staging').plan).toMatchObject({
      tool: 'scale',
      args: { namespace: 'staging', name: 'api', replicas: 3 },
    });
  });

  it('a polite word still tells its language beside another of its words', () => {
    expect(read('Reinicia o worker em staging, por favor').plan).toMatchObject({
      tool: 'restart',
      args: { namespace: 'staging', name: 'worker' },
    });
  });
});

describe('round 24: times before the verb, the evening, and counts with "more" first', () => {
  it.each([
    'herstart worker in staging morgenmiddag',
    'Riavvia il worker in staging dopodomani',
    'staging mein worker ko shaam ko restart karo',
    'أعد تشغيل worker في staging صباح الغد',
    'أعد تشغيل worker في staging بعد ساعتين',
    'staging 的 worker 晚上回滚',
    'staging の worker を夕方に再起動して',
    'staging worker 오늘 저녁에 재시작해줘',
  ])('"%s" runs nothing now', (text) => {
    expect(read(text).plan.outcome).not.toBe('tool');
  });

  it('"N\'annulons pas" is a negation, not a rollback', () => {
    expect(read("N'annulons pas le déploiement de api en staging").plan.outcome).not.toBe('tool');
  });

  it('the evening of yesterday is still yesterday for a read', () => {
    expect(read('어제 저녁 staging 비용 보여줘').plan).toMatchObject({ tool: 'query_costs', args: { window: 'yesterday' } });
  });

  it.each([
    ['Adiciona mais 1 réplica ao api em staging', 'api', 3],
    ['Aggiungi altre 2 repliche al worker in staging', 'worker', 3],
    ['staging api 2배로 스케일해줘', 'api', 4],
  ])('"%s" adds to the live count of %s', (text, name, replicas) => {
    expect(read(text).plan).toMatchObject({ tool: 'scale', args: { namespace: 'staging', name, replicas } });
  });
});

describe('round 25: conditions, later times in number words, taken back, and counts taken away', () => {
  it.each([
    'Reinicia el worker en staging si la latencia sigue alta',
    'Riavvia api in staging se la coda cresce',
    'Herstart api in staging als de deploy klaar is',
    'Starte worker in staging in zwei Stunden neu',
    'Перезапусти worker в staging через три часа',
    'staging の api を三時間後に再起動して',
    'Zrestartuj worker na staging w nocy',
    'staging mein worker ko teen baje restart karo',
    'I-restart mo ang worker sa staging mamayang alas-3',
    'Reinicia el worker en staging. Olvídalo.',
    'Redémarre api en staging. Laisse tomber.',
    'Перезапусти worker в staging. Забудь.',
    'staging worker 재시작 안 해도 돼',
    'Do me a favor: no rollback of worker in staging, solo run today',
    'Scale web de staging a 1: no, gracias',
  ])('"%s" runs nothing now', (text) => {
    expect(read(text).plan.outcome).not.toBe('tool');
  });

  it.each([
    ['Enlève 1 réplique de plus à api en staging', 'api', 1],
    ['Kurangi 1 replika lagi dari api di staging', 'api', 1],
    ['staging の api をあと1台減らして', 'api', 1],
    ['Skaliere api in staging um 1 Replik runter', 'api', 1],
    ['Масштабируй api в staging на 1 реплику меньше', 'api', 1],
  ])('"%s" takes from the live count of %s', (text, name, replicas) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ tool: 'scale', args: { namespace: 'staging', name, replicas } });
    expect(r.confident).toBe(false);
  });

  it('"wenn" and "si" become "if"', () => {
    expect(inEnglish('Rolle api in staging zurück, wenn der Speicher voll ist')).toContain('if');
    expect(inEnglish('Revierte el api en staging si falla otra vez')).toContain('if');
  });
});

describe('round 27: memory and CPU, later times, taken back, conditions, and English with a foreign tail', () => {
  // A change of memory, CPU or cores in any table, up or down, in any word order: a limit the bot cannot change, never
  // a count of replicas or an experiment.
  it.each([
    'Verdopple den Arbeitsspeicher von api in staging',
    'Reduziere die CPU von worker in staging um 2 Kerne',
    'Baja la RAM del worker en staging',
    'Reduza a memória do worker em staging',
    'Augmente la mémoire de api en staging',
    'Enlève 2 cœurs à worker en staging',
    'Dimezza la memoria di api in staging',
    'Verlaag de cpu van worker in staging',
    'Zmniejsz pamięć api na stagingu',
    "staging'deki api'nin belleğini artır",
    'Сократи ядра worker в staging до 2',
    'staging mein worker ke cores kam karo',
    'Kurangi CPU worker di staging',
    'Punguza CPU ya worker kwenye staging',
    'Giảm CPU của worker ở staging',
    'خفض المعالج لـ worker في staging',
    '把 staging 的 worker 的 CPU 减少 2 核',
    'stagingのapiのメモリを増やして',
    'staging worker CPU 코어 2개 줄여줘',
  ])('"%s" is a resource the bot cannot change', (text) => {
    expect(read(text).plan.outcome).toBe('unsupported');
    expect(inEnglish(text)).toMatch(/\b(memory|cpu) limit\b/);
  });

  it.each([
    ['staging の worker にメモリ負荷をかけて', 'memory-stress'],
    ['staging 的 api 内存压力测试', 'memory-stress'],
  ])('"%s" is still an experiment on memory', (text, experiment) => {
    expect(read(text).plan).toMatchObject({ tool: 'launch_chaos', args: { experiment } });
  });

  // Later times: after lunch, after work, after the meeting, in half an hour, in an hour and a half.
  it.each([
    'Starte worker in staging nach der Mittagspause neu',
    'Reinicia o worker em staging depois do expediente',
    'Reinicia el worker en staging dentro de media hora',
    'Redémarre worker en staging après la réunion',
    'Riavvia worker in staging tra un ora e mezza',
    'Herstart worker in staging na het werk',
    'Zrestartuj worker na stagingu za półtorej godziny',
    "staging'deki worker'ı mesaiden sonra yeniden başlat",
    'Перезапусти worker в staging после совещания',
    'staging mein worker ko dedh ghante baad restart karo',
    'Restart worker di staging sehabis rapat',
    'I-restart ang worker sa staging pag-uwi',
    'Anzisha upya worker kwenye staging baada ya kikao',
    'Khởi động lại worker ở staging sau giờ nghỉ trưa',
    'أعد تشغيل worker في staging بعد الدوام',
    '午休后把 staging 的 worker 重启一下',
    'stagingのworkerを会議の後に再起動して',
    'staging worker 점심 먹고 재시작해줘',
  ])('"%s" is for later, so nothing runs now', (text) => {
    expect(read(text).plan.outcome).not.toBe('tool');
  });

  // Taken back after the request.
  it.each([
    'Rolle web in staging zurück. Ach nee, egal.',
    'Reinicia o worker em staging. Pensando bem, não.',
    'Redémarre worker en staging. Finalement non.',
    'Riavvia worker in staging. Come non detto.',
    'Herstart worker in staging. Laat ook maar.',
    'Zrestartuj worker na stagingu, lepiej nie',
    "staging'deki worker'ı yeniden başlat. Neyse.",
    'Перезапусти worker в staging. Отставить.',
    'Restart worker di staging. Udah, biarin aja.',
    'Anzisha upya worker kwenye staging. Sahau.',
    'Khởi động lại worker ở staging. Không cần nữa.',
    'أعد تشغيل worker في staging. سيبك',
    '把 staging 的 worker 重启一下。算了。',
    'stagingのworkerを再起動して。やっぱりいいや。',
    'staging worker 재시작해줘. 그냥 둬.',
  ])('"%s" is taken back', (text) => {
    expect(read(text).plan.outcome).not.toBe('tool');
  });

  // Conditions: in case, if it happens.
  it.each([
    'Starte worker in staging neu, für den Fall, dass er hängt',
    'Reinicia el worker en staging por si se cuelga',
    'Redémarre worker en staging si jamais il plante',
    'Riavvia worker in staging casomai si blocchi',
    'Herstart worker in staging voor het geval hij vastloopt',
    'Zrestartuj worker na stagingu na wypadek awarii',
    'staging mein worker crash ho jaye to restart karo',
    'Restart worker di staging kalau-kalau macet',
    'Khởi động lại worker ở staging trong trường hợp bị treo',
    'أعد تشغيل worker في staging في حال توقف',
    '要是 staging 的 worker 卡住了就重启',
    'stagingのworkerが止まったら再起動して',
    'staging worker 멈추면 재시작해줘',
  ])('"%s" is a condition, so nothing runs now', (text) => {
    expect(read(text).plan.outcome).not.toBe('tool');
  });

  // An English request with a short tail in another language that negates, delays or takes it back.
  it.each([
    'restart worker in staging, aber nicht jetzt',
    'roll back web in staging, mais demain',
    'restart worker in staging, ma dopo pranzo',
    'restart worker in staging, maar pas morgen',
    'restart worker in staging, ale jutro',
    'restart worker in staging, но не сейчас',
    'restart worker in staging, lekin kal',
    'restart worker in staging, tapi nanti',
    'restart worker in staging, lakini kesho',
    'restart worker in staging, laisse tomber',
    'restart worker in staging, si falla otra vez',
    'restart worker in staging — 下班后',
    'restart worker in staging — 会議の後で',
    'restart worker in staging — 잠깐, 하지 마',
  ])('"%s" runs nothing now', (text) => {
    expect(read(text).plan.outcome).not.toBe('tool');
  });

  it.each([
    ['scale worker in staging to 4, nein, 3', 3],
    ['scale worker in staging to 4, non, 3', 3],
    ['scale worker in staging to 4, nee, 3', 3],
    ['scale worker in staging to 4, no espera, 3', 3],
    ['scale worker in staging to 4 吧, 错了, 3', 3],
    ['Escala el worker en staging a 4, no, mejor a 2', 2],
  ])('"%s" is corrected to %s', (text, replicas) => {
    expect(read(text).plan).toMatchObject({ tool: 'scale', args: { namespace: 'staging', name: 'worker', replicas } });
  });

  it.each(['restart worker in staging, danke', 'scale worker in staging to 3 por favor', 'restart api in staging — thanks Jo'])(
    '"%s" stays English',
    (text) => {
      expect(inEnglish(text)).toBeUndefined();
      expect(read(text).plan.outcome).toBe('tool');
    },
  );

  // A count taken away that is negated or asked is no absolute count; one said plainly takes from the live count.
  it.each([
    'No le quites 1 réplica al api en staging',
    'Não tire 1 réplica do api em staging',
    "N'enlève pas 1 réplique à api en staging",
    'Non togliere 1 replica al api in staging',
    'Nimm nicht 1 Replik von api in staging weg',
    "Haal niet 1 replica's weg bij api in staging",
    'Nie usuwaj 1 repliki z api na stagingu',
    "staging'deki api'den 1 replika azaltma",
    'Не удаляй 1 реплику у api в staging',
    'staging mein api ke 1 replica kam mat karo',
    'لا تقلل 1 نسخ من api في staging',
    'stagingのapiをあと1台減らさないで',
    'staging api 1개 더 줄이지 마',
    '¿Le quito 1 réplica al api en staging?',
    'Tolgo 2 repliche al api in staging?',
  ])('"%s" takes nothing away', (text) => {
    expect(read(text).plan.outcome).not.toBe('tool');
  });

  it.each([
    ['Quítale 1 réplica al api en staging', 'api', 1],
    ['staging worker 1개 추가해줘', 'worker', 2],
    ['Gib worker in staging zwei Repliken mehr', 'worker', 3],
  ])('"%s" changes the live count of %s', (text, name, replicas) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ tool: 'scale', args: { namespace: 'staging', name, replicas } });
    expect(r.confident).toBe(false);
  });

  it('thanks that answer a question are not the request taken back', () => {
    expect(read('Reinicia el worker en staging. ¿Un café? No, gracias').plan).toMatchObject({
      tool: 'restart',
      args: { namespace: 'staging', name: 'worker' },
    });
  });
});

// Red-team round 28 kinds, in phrasings of their own: a one-word tail that holds an English request back, memory in
// gigs and cores, negated changes to N, later times, take-backs, conditions and short tails that correct, in many tables.
describe('round 28: held back, negated, later, taken back, conditional, corrected', () => {
  it.each([
    'restart staging worker, später',
    'restart staging worker, potem',
    'restart staging worker, bekle',
    'restart staging worker, sonra',
    'restart staging worker, chưa',
    'restart staging worker, بعدين',
    'restart staging worker, لاحقا',
    'restart staging worker, 等等',
    'restart staging worker, 待って',
    'restart staging worker, 아니',
    'restart staging worker, не сейчас',
    'restart staging worker, baadme',
    'restart staging worker, saglit',
    'restart staging worker, si sasa',
    'restart staging web, nachher',
    'restart staging web, mais seulement après le déploiement',
  ])('"%s" is held back', (text) => {
    expect(read(text).plan.outcome).not.toBe('tool');
  });

  it('a tail in a script no table reads leaves the plan unsure', () => {
    for (const text of ['restart staging worker, אחר כך', 'restart staging worker, बाद में']) {
      expect(read(text).confident).toBe(false);
    }
  });

  it.each(['give staging web 3 more gigs', 'add 4 GB to staging web', 'Gib web in staging 3 Prozessorkerne mehr'])(
    '"%s" is memory or cores, not replicas',
    (text) => {
      expect(read(text).plan.outcome).toBe('unsupported');
    },
  );

  it('an amount of memory told is no change of it', () => {
    expect(inEnglish('show pods in staging using more than 2 GB')).toBeUndefined();
  });

  it.each([
    'no le bajes el web en staging a 1',
    'não baixe o web em staging para 1',
    'ne réduis pas web en staging à 1',
    'non ridurre web in staging a 1',
    'nie zmniejszaj web na stagingu do 1',
    'не снижай web в staging до 1 реплики',
    'staging web ko 1 tak kam mat karo',
    'stagingのwebを1台に減らさないで',
    'verminder web in staging niet naar 1',
    'jangan turunkan web di staging jadi 1',
    'đừng giảm web ở staging xuống 1',
  ])('"%s" changes nothing', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });

  it.each([
    'reinicia el web de staging después de la cena',
    'reinicia o web em staging depois do jantar',
    'redémarre web en staging après le dîner',
    "riavvia web in staging tra un po'",
    'herstart web in staging straks',
    'zrestartuj web na stagingu za chwilę',
    "staging'deki web'i birazdan yeniden başlat",
    'перезапусти web в staging чуть позже',
    'staging web ko thodi der mein restart karo',
    'restart web di staging sebentar lagi',
    'i-restart ang web sa staging pagkatapos ng hapunan',
    'anzisha upya web kwenye staging baada ya chakula cha jioni',
    'khởi động lại web ở staging lát nữa',
    'أعد تشغيل web في staging بعد قليل',
    '吃完晚饭把 staging 的 web 重启',
    'staging web 저녁 먹고 재시작해줘',
    'stagingのwebを夕食の後に再起動して',
  ])('"%s" is for later', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });

  it.each([
    'reinicia el web en staging. Bueno, olvídalo',
    'reinicia o web em staging. Esquece',
    'redémarre web en staging. Bon, laisse tomber',
    'riavvia web in staging. Lascia stare',
    'zrestartuj web na stagingu. Nieważne',
    "staging'deki web'i yeniden başlat. Boşver",
    'перезапусти web в staging. Забудь',
    'restart web di staging. Gak jadi deh',
    'stagingのwebを再起動して。やっぱ待って',
    'staging web 재시작해줘. 관두자',
    'anzisha upya web kwenye staging. Usijali',
    'khởi động lại web ở staging. Thôi bỏ đi',
  ])('"%s" is taken back', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });

  it.each([
    'Sobald web in staging hängt, starte es neu',
    'En cuanto web en staging se caiga, reinícialo',
    'Dès que web en staging tombe, redémarre-le',
    'Non appena web in staging cade, riavvialo',
    'Zodra web in staging crasht, herstart het',
    'Jak tylko web na stagingu padnie, zrestartuj go',
    'Каждый раз, когда web в staging падает, перезапускай его',
    "staging'deki web çöktüğünde yeniden başlat",
    'jaise hi staging web crash ho, restart karo',
    'begitu web di staging mati, restart',
    'staging 的 web 一崩就重启',
    'staging web가 다운될 때 재시작해줘',
    'stagingのwebが落ちるたびに再起動して',
  ])('"%s" waits for a condition', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });

  it.each([
    ['scale staging web to 3, ou plutôt 2', 2],
    ['scale staging web to 3, oder lieber 2', 2],
    ['scale staging web to 3, of liever 2', 2],
    ['scale staging web to 3, a raczej 2', 2],
    ['scale staging web to 3, вернее 2', 2],
  ])('"%s" is corrected to %s', (text, replicas) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ tool: 'scale', args: { namespace: 'staging', name: 'web', replicas } });
    expect(r.confident).toBe(false);
  });

  it('a correction of the workload in a tail ("ou melhor") names the other one', () => {
    const r = read('restart staging web — ou melhor, worker');
    expect(r.plan).toMatchObject({ tool: 'restart', args: { namespace: 'staging', name: 'worker' } });
    expect(r.confident).toBe(false);
  });

  it('German "ihm" is the workload said before it', () => {
    const r = read('Der worker in staging ist langsam, gib ihm eine Replik mehr');
    expect(r.plan).toMatchObject({ tool: 'scale', args: { namespace: 'staging', name: 'worker', replicas: 2 } });
    expect(r.confident).toBe(false);
  });
});

// lang31: counts added or taken away, German separable verbs, a random pod killed and what was spent, each in several
// phrasings and languages; read in English words, never for sure.
describe('counts added or taken away, separable verbs, a random pod, money spent (lang31)', () => {
  it.each([
    ['ajoute deux réplicas au worker en prod', 'scale', { namespace: 'production', name: 'worker', replicas: 5 }],
    ['rajoute une instance à api en staging', 'scale', { namespace: 'staging', name: 'api', replicas: 3 }],
    ['enlève une réplique à web en production', 'scale', { namespace: 'production', name: 'web', replicas: 5 }],
    ['retire deux réplicas du web en production', 'scale', { namespace: 'production', name: 'web', replicas: 4 }],
    ['añade una réplica a api en staging', 'scale', { namespace: 'staging', name: 'api', replicas: 3 }],
    ['quita una réplica a web en producción', 'scale', { namespace: 'production', name: 'web', replicas: 5 }],
    ['reduce una réplica de web en production', 'scale', { namespace: 'production', name: 'web', replicas: 5 }],
    ['adiciona uma réplica ao worker em production', 'scale', { namespace: 'production', name: 'worker', replicas: 4 }],
    ['tira uma réplica do web em staging', 'scale', { namespace: 'staging', name: 'web', replicas: 1 }],
    ['remova duas réplicas do worker em production', 'scale', { namespace: 'production', name: 'worker', replicas: 1 }],
    ['füge web in staging zwei Replikas hinzu', 'scale', { namespace: 'staging', name: 'web', replicas: 4 }],
    ['entferne eine Replika von web in production', 'scale', { namespace: 'production', name: 'web', replicas: 5 }],
    ['nimm zwei Replikas von web in production weg', 'scale', { namespace: 'production', name: 'web', replicas: 4 }],
    ['gib dem worker in staging eine Replika dazu', 'scale', { namespace: 'staging', name: 'worker', replicas: 2 }],
    ['zieh web in production eine Replika ab', 'scale', { namespace: 'production', name: 'web', replicas: 5 }],
    ['aggiungi due repliche a worker in produzione', 'scale', { namespace: 'production', name: 'worker', replicas: 5 }],
    ['aggiungi una replica al web in staging', 'scale', { namespace: 'staging', name: 'web', replicas: 3 }],
    ['togli una replica a web in staging', 'scale', { namespace: 'staging', name: 'web', replicas: 1 }],
    ['riduci web in produzione di una replica', 'scale', { namespace: 'production', name: 'web', replicas: 5 }],
  ])('a count added or taken away: "%s"', (text, tool, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });

  it.each([
    ['brich den checkout-Canary in staging ab', 'abort_rollout', { namespace: 'staging', name: 'checkout' }],
    ['brich das checkout-Rollout in staging bitte ab', 'abort_rollout', { namespace: 'staging', name: 'checkout' }],
    ['starte den worker in prod neu', 'restart', { namespace: 'production', name: 'worker' }],
    ['fahr web in staging auf 3 hoch', 'scale', { namespace: 'staging', name: 'web', replicas: 3 }],
    ['fahre worker in prod auf 2 runter', 'scale', { namespace: 'production', name: 'worker', replicas: 2 }],
    ['roll api in staging zurück', 'rollback', { namespace: 'staging', name: 'api' }],
    ['rolle web in production auf Revision 1 zurück', 'rollback', { namespace: 'production', name: 'web', toRevision: 1 }],
    ['halte den checkout-Rollout in staging an', 'pause_rollout', { namespace: 'staging', name: 'checkout' }],
    ['setz den checkout-Rollout in staging fort', 'promote_rollout', { namespace: 'staging', name: 'checkout' }],
  ])('a German verb with its particle at the end: "%s"', (text, tool, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });

  it.each([
    'brich den checkout-Canary in staging nicht ab',
    'roll api in staging nicht zurück',
    'starte den worker in prod nicht neu',
    'Não tire 1 réplica do api em staging',
    'non togliere due repliche a web in produzione',
  ])('"%s" proposes no write', (text) => {
    expect(read(text).plan.outcome).not.toBe('tool');
  });

  it.each([
    ['Bitte einen zufälligen Pod von worker in staging killen', 'worker'],
    ['töte einen zufälligen Pod von api in staging', 'api'],
    ['tue un pod au hasard de api en staging', 'api'],
    ['supprime un pod aléatoire de web en staging', 'web'],
    ['mata un pod aleatorio de web en staging', 'web'],
    ['mata um pod aleatório do api em staging', 'api'],
    ['uccidi un pod a caso di api in staging', 'api'],
    ['elimina un pod casuale di web in staging', 'web'],
  ])('a random pod killed: "%s"', (text, target) => {
    const r = read(text);
    expect(r.plan).toMatchObject({
      outcome: 'tool',
      tool: 'launch_chaos',
      args: { namespace: 'staging', target, experiment: 'pod-kill' },
    });
    expect(r.confident).toBe(false);
  });

  it.each([
    ['quanto abbiamo speso ieri in production?', { window: 'yesterday', namespace: 'production' }],
    ['quanto costa staging questa settimana?', { window: 'week', namespace: 'staging' }],
    ['quanto spendiamo in staging questo mese?', { window: 'month', namespace: 'staging' }],
    ['quanto ci è costato production la settimana scorsa?', { window: 'lastweek', namespace: 'production' }],
    ['Wie viel haben wir gestern in production ausgegeben?', { window: 'yesterday', namespace: 'production' }],
    ['was kostet staging diese Woche?', { window: 'week', namespace: 'staging' }],
    ['combien coûte staging cette semaine ?', { window: 'week', namespace: 'staging' }],
    ['combien on a dépensé hier en production ?', { window: 'yesterday', namespace: 'production' }],
    ['combien nous coûte production ce mois-ci ?', { window: 'month', namespace: 'production' }],
    ['quanto ho speso per staging il mese scorso?', { window: 'lastmonth', namespace: 'staging' }],
    ['¿cuánto hemos gastado ayer en production?', { window: 'yesterday', namespace: 'production' }],
    ['quanto gastamos ontem em production?', { window: 'yesterday', namespace: 'production' }],
  ])('money spent: "%s"', (text, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool: 'query_costs', args });
    expect(r.confident).toBe(false);
  });
});

describe('the same kinds in Dutch, Polish, Russian, Japanese, Chinese and Korean (lang31)', () => {
  it.each([
    ["voeg twee replica's toe aan web in staging", 'scale', { namespace: 'staging', name: 'web', replicas: 4 }],
    ["voeg 2 replica's toe aan web in staging", 'scale', { namespace: 'staging', name: 'web', replicas: 4 }],
    ['haal een replica weg bij web in productie', 'scale', { namespace: 'production', name: 'web', replicas: 5 }],
    ['dodaj dwie repliki do web na stagingu', 'scale', { namespace: 'staging', name: 'web', replicas: 4 }],
    ['usuń jedną replikę z web na produkcji', 'scale', { namespace: 'production', name: 'web', replicas: 5 }],
    ['добавь две реплики к web в staging', 'scale', { namespace: 'staging', name: 'web', replicas: 4 }],
    ['убери одну реплику у web в проде', 'scale', { namespace: 'production', name: 'web', replicas: 5 }],
    ['production の worker のレプリカを1つ増やして', 'scale', { namespace: 'production', name: 'worker', replicas: 4 }],
    ['production の web のレプリカを1つ減らして', 'scale', { namespace: 'production', name: 'web', replicas: 5 }],
    ['production web 레플리카 1개 줄여줘', 'scale', { namespace: 'production', name: 'web', replicas: 5 }],
    ['kill een willekeurige pod van web in staging', 'launch_chaos', { target: 'web', experiment: 'pod-kill' }],
    ['verwijder een willekeurige pod van api in staging', 'launch_chaos', { target: 'api', experiment: 'pod-kill' }],
    ['zabij losowy pod z api na stagingu', 'launch_chaos', { target: 'api', experiment: 'pod-kill' }],
    ['убей случайный под web в staging', 'launch_chaos', { target: 'web', experiment: 'pod-kill' }],
    ['staging の worker のポッドをランダムに1つ削除して', 'launch_chaos', { target: 'worker', experiment: 'pod-kill' }],
    ['staging web 파드 하나 랜덤으로 죽여줘', 'launch_chaos', { target: 'web', experiment: 'pod-kill' }],
    ['hoeveel hebben we gisteren uitgegeven aan production?', 'query_costs', { window: 'yesterday', namespace: 'production' }],
    ['wat kost staging deze week?', 'query_costs', { window: 'week', namespace: 'staging' }],
    ['ile wydaliśmy wczoraj na production?', 'query_costs', { window: 'yesterday', namespace: 'production' }],
    ['сколько мы потратили вчера на production?', 'query_costs', { window: 'yesterday', namespace: 'production' }],
    ['сколько стоит staging на этой неделе?', 'query_costs', { window: 'week', namespace: 'staging' }],
  ])('"%s"', (text, tool, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });

  it.each(['production の web のレプリカを2つ減らさないで', "voeg niet 2 replica's toe aan web in staging"])(
    '"%s" proposes no write',
    (text) => {
      expect(read(text).plan.outcome).not.toBe('tool');
    },
  );
});

describe('German separable verbs in their other meanings (lang32)', () => {
  it.each([
    ['Dreh web in prod auf 4 Replikas zurück.', { namespace: 'production', name: 'web', replicas: 4 }],
    ['Dreh web in prod auf 4 zurück', { namespace: 'production', name: 'web', replicas: 4 }],
    ['stell die Replikas von worker in staging auf 2 zurück', { namespace: 'staging', name: 'worker', replicas: 2 }],
    ['Kannst du web in prod auf 4 Replikas zurückdrehen?', { namespace: 'production', name: 'web', replicas: 4 }],
  ])('a count turned or set back is that count: "%s"', (text, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool: 'scale', args });
    expect(r.confident).toBe(false);
  });

  it.each([
    ['setz web in production auf Revision 1 zurück', 'rollback', { namespace: 'production', name: 'web', toRevision: 1 }],
    ['dreh das Update von web in staging zurück', 'rollback', { namespace: 'staging', name: 'web' }],
    ['Startet der worker in prod ständig neu?', 'describe_workload', { namespace: 'production', name: 'worker' }],
    ['Rollt api in staging gerade zurück?', 'describe_workload', { namespace: 'staging', name: 'api' }],
    ['Bricht der checkout-Rollout in staging gerade ab?', 'describe_workload', { namespace: 'staging', name: 'checkout' }],
  ])('"%s" is still read as it was meant', (text, tool, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });

  it.each([
    'Stell das Update von web in prod erstmal zurück.',
    'Stell den Restart von web in staging zurück',
    'Kannst du das Update von api in prod zurückstellen?',
    'Startet der worker in prod ständig neu?',
    'Warum startet der worker in prod ständig neu?',
    'Rollt api in staging gerade zurück?',
    'Fährt web in staging gerade hoch?',
    'Halte checkout in staging bis 15 Uhr an.',
    'Halte den checkout-Rollout in staging bis morgen an',
    'Skaliere web in staging bis 18 Uhr auf 5',
    'Brich den Pod-Kill auf api in staging ab.',
    'Brich das Pod-Kill-Experiment auf api in staging ab',
    'Brich das Latenz-Experiment auf web in staging ab',
    'Stoppe das CPU-Stress-Experiment in staging',
  ])('"%s" proposes no write (postponed, asked, until a time, an experiment by its kind)', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' ? r.plan.tool : r.plan.outcome).toMatch(
      /^(clarify|unsupported|help|describe_workload|list_pods|get_logs|list_chaos|list_workloads|query_costs)$/,
    );
  });
});

describe('a count put, a count corrected, not before, pods deleted, and Italian with one replica (lang32)', () => {
  it.each([
    ['Metti 3 repliche al web in staging, per favore.', { namespace: 'staging', name: 'web', replicas: 3 }],
    ['metti tre repliche a worker in produzione', { namespace: 'production', name: 'worker', replicas: 3 }],
    ['Pon 3 réplicas a web en staging, por favor.', { namespace: 'staging', name: 'web', replicas: 3 }],
    ['ponle 3 réplicas a worker en producción', { namespace: 'production', name: 'worker', replicas: 3 }],
    ['coloca 3 réplicas no web em staging', { namespace: 'staging', name: 'web', replicas: 3 }],
    ['põe duas réplicas no worker em produção', { namespace: 'production', name: 'worker', replicas: 2 }],
    ['mets 3 réplicas au worker en staging', { namespace: 'staging', name: 'worker', replicas: 3 }],
    ['mets trois répliques à web en production', { namespace: 'production', name: 'web', replicas: 3 }],
    // Still more: "altre", "in più", "más".
    ['metti altre 2 repliche al web in staging', { namespace: 'staging', name: 'web', replicas: 4 }],
    ['metti 2 repliche in più al web in staging', { namespace: 'staging', name: 'web', replicas: 4 }],
    ['pon 2 réplicas más a web en staging', { namespace: 'staging', name: 'web', replicas: 4 }],
  ])('"%s" sets the count it says', (text, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool: 'scale', args });
    expect(r.confident).toBe(false);
  });

  it.each([
    ['Ajoute deux réplicas au worker en staging, non, trois.', { namespace: 'staging', name: 'worker', replicas: 4 }],
    ['ajoute une réplique à web en staging, non, deux', { namespace: 'staging', name: 'web', replicas: 4 }],
    ['Añade dos réplicas a web en staging, no, tres', { namespace: 'staging', name: 'web', replicas: 5 }],
    ['aggiungi due repliche a worker in staging, anzi tre', { namespace: 'staging', name: 'worker', replicas: 4 }],
    ['füge web in staging zwei Replikas hinzu, nein, drei', { namespace: 'staging', name: 'web', replicas: 5 }],
    ["voeg twee replica's toe aan web in staging, nee, drie", { namespace: 'staging', name: 'web', replicas: 5 }],
    ['dodaj dwie repliki do web na stagingu, nie, trzy', { namespace: 'staging', name: 'web', replicas: 5 }],
    ['добавь две реплики к worker в staging, нет, три', { namespace: 'staging', name: 'worker', replicas: 4 }],
  ])('a count added, then corrected: "%s"', (text, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool: 'scale', args });
    expect(r.confident).toBe(false);
  });

  it.each([
    ['Aggiungi 1 replica al worker in staging', { namespace: 'staging', name: 'worker', replicas: 2 }],
    ['aggiungi una replica al worker in staging', { namespace: 'staging', name: 'worker', replicas: 2 }],
    ['Togli 1 replica al web in produzione', { namespace: 'production', name: 'web', replicas: 5 }],
  ])('an Italian verb before one replica marks Italian: "%s"', (text, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool: 'scale', args });
    expect(r.confident).toBe(false);
  });

  it('the English word "replica" alone is no Italian', () => {
    expect(inEnglish('give it a second replica')).toBeUndefined();
    expect(inEnglish('add a replica to worker in staging')).toBeUndefined();
  });

  it.each([
    ['verwijder een pod van worker in productie', 'production', 'worker'],
    ['Удали один под api в staging', 'staging', 'api'],
    ['entferne einen Pod von web in staging', 'staging', 'web'],
  ])('one pod deleted is a pod killed: "%s"', (text, namespace, target) => {
    const r = read(text);
    expect(r.plan).toMatchObject({
      outcome: 'tool',
      tool: 'launch_chaos',
      args: { namespace, target, experiment: 'pod-kill' },
    });
    expect(r.confident).toBe(false);
  });

  it.each([
    // Not before: later.
    'Enlève une réplique à web en staging, mais pas avant la démo.',
    'redémarre api en staging, mais pas avant demain',
    'Dodaj dwie repliki do web na stagingu, ale dopiero po demo.',
    'zrestartuj api na stagingu, ale dopiero jutro',
    'Starte den worker in prod neu, aber nicht vor dem Release.',
    'Skaliere web in staging auf 4, nicht vor 18 Uhr',
    'Reinicia api en staging, pero no antes de la demo.',
    'Reinicia o api em staging, mas não antes do release',
    'Riavvia api in staging, ma non prima della demo',
    'Перезапусти api в staging, но не раньше демо',
    'Добавь две реплики к web в staging, только после релиза',
    'Herstart api in staging, maar niet vóór de demo',
    // Pods deleted by a count: no scale.
    'Verwijder 2 pods van worker in productie',
    'Удали два пода api в staging',
    'entferne 2 Pods von web in staging',
    'lösche 2 Pods von worker in staging',
    // A count put, negated.
    'no pongas 3 réplicas a web en staging',
    'non mettere 3 repliche al web in staging',
  ])('"%s" proposes no write', (text) => {
    expect(read(text).plan.outcome).not.toBe('tool');
  });
});

describe('Japanese and Korean: the verb ending after a count or a random pod (lang32)', () => {
  it.each([
    // Negated, not needed, reported, asked what if.
    'staging の web のレプリカを2つ増やさないで',
    'staging の web のレプリカを2つ増やさないでください',
    'staging の web のレプリカをあと2台増やさないで',
    'staging の api でランダムなポッドを削除しないでください',
    'staging の worker のレプリカを1つ減らさなくてもいい',
    'staging の web のレプリカを2つ増やしました',
    'staging の api でポッドをランダムに削除したのは誰ですか？',
    'staging の worker のレプリカを1つ減らしたらどうなる？',
    'staging api 레플리카 1개 줄이면 안 돼',
    'staging api 랜덤 파드 삭제하면 안 돼',
    'staging web 레플리카 2개 추가하면 안 돼',
    'staging web 레플리카 1개 줄이지 않아도 돼',
    'staging web 레플리카 1개 줄였어',
    'staging web 레플리카 2개 늘렸어',
    'staging api 랜덤 파드 죽였어',
  ])('"%s" proposes no write', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' ? r.plan.tool : r.plan.outcome).toMatch(
      /^(clarify|unsupported|help|describe_workload|list_pods|get_logs|list_chaos|list_workloads|query_costs)$/,
    );
  });

  it.each([
    'production の worker 用にノードを2台追加して',
    'production の worker に2台のノードを追加して',
    'production worker 노드 2개 추가해줘',
  ])('nodes counted are no replicas: "%s"', (text) => {
    expect(read(text).plan.outcome).toBe('unsupported');
  });

  it.each([
    ['staging の web のレプリカを2つ増やして', 'scale', { namespace: 'staging', name: 'web', replicas: 4 }],
    ['production の web のレプリカを1つ減らして', 'scale', { namespace: 'production', name: 'web', replicas: 5 }],
    ['staging web 레플리카 2개 늘려줘', 'scale', { namespace: 'staging', name: 'web', replicas: 4 }],
    ['production web 레플리카 1개 줄여줘', 'scale', { namespace: 'production', name: 'web', replicas: 5 }],
    ['staging の worker のポッドをランダムに1つ削除して', 'launch_chaos', { target: 'worker', experiment: 'pod-kill' }],
    ['staging api 파드 하나 랜덤으로 죽여줘', 'launch_chaos', { target: 'api', experiment: 'pod-kill' }],
  ])('asked for, still read: "%s"', (text, tool, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });
});

// Blind batches 61–146: every writer read "prd" as an alias the cluster does not configure (rule 12 of their rules),
// never as a typo of "prod"; a workload's name without its vowels is still read, unsure.
describe('a namespace short form the cluster does not configure', () => {
  it('"restart api in prd" asks back', () => {
    expect(planOffline('restart api in prd', sandboxPlanContext()).plan.outcome).toBe('clarify');
  });
  it('"bounce wrkr in stg" restarts staging/worker, unsure', () => {
    const r = planOffline('bounce wrkr in stg', sandboxPlanContext());
    expect(r).toMatchObject({ plan: { tool: 'restart', args: { namespace: 'staging', name: 'worker' } }, confident: false });
  });
});

// blind155 and blind157's first runs, in texts of their own.
describe('Italian "fare" with an English verb, a greeting and "anzi no"; names kept whole', () => {
  it.each([
    ['Ciao, puoi fare restart del worker in staging?', 'restart', { namespace: 'staging', name: 'worker' }],
    ['fai rollback di web in staging... anzi no, in production', 'rollback', { namespace: 'production', name: 'web' }],
    ['borra el pod web-5c6d7e8f9-a1b2e en staging', 'delete_pod', { namespace: 'staging', name: 'web-5c6d7e8f9-a1b2e' }],
    ['haz rollback del api en staging a la revisión 1', 'rollback', { namespace: 'staging', name: 'api', toRevision: 1 }],
  ])('"%s" → %s, for the requester to confirm', (text, tool, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });
});
