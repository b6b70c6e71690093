/**
 * Requests in German, Spanish, Portuguese or French ("Bitte starte den worker in staging neu", "¿puedes escalar web en
 * staging a 4 réplicas?"): the words of the catalog's requests in English, for the reader to read as unsure. Only a
 * message with words that are no English ones is read this way, and only with the table of its language, so "die",
 * "a" or "en" in English text are never touched. Pure.
 */

/** strip: the script of words no rule read, dropped as the reader would not know them. */
type Table = { markers: RegExp; phrases: [RegExp, string][]; strip?: RegExp };

const NUM = '(\\d+)';

// Whole words of the languages below: a letter, digit, "_" or "-" on either side makes them part of a name
// ("api-pod-kill-x1y2", "web-preview"), and N stands for a number.
const B = '(?<![\\p{L}\\p{N}_-])';
const E = '(?![\\p{L}\\p{N}_-])';
const words = (source: string) => new RegExp(`${B}(?:${source.replaceAll('N', '(?<![\\d.])(\\d+)(?![.,]\\d)')})${E}`, 'giu');
/** A rule of a table: these words (N a number, $1 the first number or group) in English. */
const w = (source: string, to: string): [RegExp, string] => [words(source), to];
/** The units of time and of logs, each language's words for them in English: "2 ghante" → "2 hours". */
const units = (hours: string, minutes: string, seconds: string, days: string, lines: string): [RegExp, string][] => [
  w(hours, 'hours'),
  w(minutes, 'minutes'),
  w(seconds, 'seconds'),
  w(days, 'days'),
  w(lines, 'lines'),
];

/**
 * A command negated after its verb ("lösche web nicht", "breek de rollout nog niet af"): "don't" before the verb and
 * "yet" for "noch"/"nog", in a clause that starts with one of the language's verbs in the command form (no question).
 */
const negatedCommand = (verbs: string, neg: string, yet: string): [RegExp, string][] => {
  const start = `(^|[,.;!:]\\s*|\\s(?:bitte|alsjeblieft|aub|graag|maar|aber|und|en|dann|dan) )`;
  const clause = `((?:${verbs})(?![\\p{L}])[^,.;!?:]*?)`;
  const end = `(?![\\p{L}])(?=[^,.;!?:]*(?:[,.;!:]|$))`;
  return [
    [new RegExp(`${start}${clause} (?:${yet}) (?:${neg})${end}`, 'giu'), "$1don't $2 yet"],
    [new RegExp(`${start}${clause} (?:${neg})${end}`, 'giu'), "$1don't $2"],
  ];
};

/**
 * "in two hours", numbers in words before (or, with `after`, a unit then "sonra") hours and minutes: "in 2 hours".
 * (Red-team round 25: "en dos horas", "dans deux heures", "через два часа", "iki saat sonra".)
 */
const inWords = (before: string, numbers: Record<string, number>, hours: string, minutes: string, after = '') =>
  Object.entries(numbers).flatMap(([word, n]): [RegExp, string][] => [
    w(`${before}${word} (?:${hours})${after}`, `in ${n} hours`),
    w(`${before}${word} (?:${minutes})${after}`, `in ${n} minutes`),
  ]);

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** The days of the week, Monday first, each language's names (after any of `before`) as "on monday". */
const weekdays = (names: string[], before = '', after = ''): [RegExp, string][] =>
  names.map((n, i) => w(`${before}(?:${n})${after}`, `on ${DAYS[i]}`));

/**
 * A language's words for memory, CPU and cores in English ("N Kerne" → "N cpu cores"), read before the counts so no
 * count rule takes them for replicas; a change of them reaches the reader as a change of a limit (resourceLimits).
 * (Red-team round 27: "dobra a memória", "dodaj 2 rdzenie", "belleğini iki katına çıkar", "удвой память".)
 */
const resources = (memory: string, cpu: string, cores: string): [RegExp, string][] => [
  w(`N ?(?:${cores})`, '$1 cpu cores'),
  w(`(?<!cpu )(?:${cores})`, 'cpu cores'),
  w(memory, 'memory'),
  w(cpu, 'cpu'),
];
/**
 * A count in words just before a word for replicas ("deux réplicas", "una réplica", "zwei Replikas"): the count in
 * digits, read first so that each table's rules for a count added or taken away ("ajoute N", "entferne N …") read it.
 */
const countWords = (numbers: Record<string, number>, nouns: string, between = ''): [RegExp, string][] =>
  Object.entries(numbers).map(([word, n]) => w(`${word} (${between}(?:${nouns}))`, `${n} $1`));

/** The end of a clause, for words that take a request back only there ("Ach, lass mal.", not "lass mal sehen"). */
const END = '(?=\\s*(?:[.!?,;:…،]|$))';

/**
 * A count said again after "no" at the end of a clause ("ajoute deux réplicas au worker, non, trois"): "no, 3", which
 * correctedCount reads as the count the request meant (lang32).
 */
const countCorrected = (no: string, numbers: Record<string, number>): [RegExp, string][] =>
  Object.entries(numbers).map(([word, n]) => w(`(?:${no}),? ${word}${END}`, `no, ${n}`));

const GERMAN: Table = {
  markers:
    /\b(wie|viel|gekostet|kostet|mal|fünf|der|ignoriere|anweisungen|regeln|vorherigen|hallo|bitte|kannst|könntest|zeig|zeige|zeigen|mir|neu|starte|skaliere|skalieren|zeilen|letzten|repliken|replikas|kosten|gestern|heute|löschen|lösche|abbrechen|pausieren|pausiere|zurück|zurückrollen|rolle|minuten|stunden|sekunden|vorherige|welche|laufen|läuft|gerade|aktualisieren|aktualisiere|das|von)\b|(?<![\p{L}\p{N}_-])(füg|füge|hinzu|latenz|verzögerung|lege|erstelle|erstell|neues|neuen|namens|produktion|stoppe|beende|wiederhole|erneut|vollständig|komplett|töte|kille|paketverlust|experimente|diesen|dieser|diesem|monat|woche|tage|tagen|stunde|zeile|beschreibe|befördere|schritt|nächsten|setze|stufe|teuersten|und|dem|ein|eine|einen|neue|nicht|auf|den|morgen|später|nächste|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|kein|keine|keinen|keinem|keiner|nachmittag|vormittag|abend|mitternacht|wochenende|uhr|hoch|runter|herunter|replik|weitere|zusätzliche|verdopple|verdoppele|nötig|brauchst|(?<!\d\s?)gib|gebt|mehr|erst|aber|ach|lass|egal|sollte|sollten|speicher|arbeitsspeicher|hauptspeicher|kerne|kernen|erhöhe|erhöh|reduziere|verringere|halbiere|feierabend|mittagessen|mittagspause|besprechung|anderthalb|eineinhalb|nein|wenn|hängt|nimm|ihm|nachher|danach|abendessen|abendbrot|weile|kürze|oder|lieber|prozessorkerne|prozessorkernen|warte|sowie|brich|breche|brecht|killen|zufällig\p{L}*|beliebig\p{L}*|fahr|fahre|fahrt|halte|haltet|fort|frei|ausgegeben|zieh|ziehe|dazu|entferne|entfern|ständig|dauernd|meinte|roll(?=[^,.;!?:]* zurück(?![\p{L}])))(?![\p{L}\p{N}_-])/giu,
  phrases: [
    // A count in words before replicas, and a random pod, read first (lang31): "entferne eine Replika von web".
    ...countWords(
      { ein: 1, eine: 1, einen: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10 },
      'replik\\p{L}*|instanz\\p{L}*',
      '(?:weitere |zusätzliche )?',
    ),
    ...countCorrected('nein|nee|äh|ich meine|oder', { eine: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, zehn: 10 }),
    w('(?:einen |ein )?(?:zufällig|beliebig|irgendein)(?:e|en|er)? pod', 'a random pod'),
    // lang32: a separable verb in the third person with its particle before a question mark asks what happens ("Startet
    // der worker in prod ständig neu?", "Rollt api in staging gerade zurück?", "Warum bricht der Rollout ab?").
    ...(
      [
        ['startet|starten', 'neu', 'restarting'],
        ['rollt|rollen|dreht|drehen|setzt|setzen|fährt|fahren', 'zurück', 'rolling back'],
        ['bricht|brechen', 'ab', 'aborting'],
        ['fährt|fahren|skaliert|skalieren', 'hoch|rauf|herauf', 'scaling up'],
        ['fährt|fahren|skaliert|skalieren', 'runter|herunter', 'scaling down'],
        ['hält|halten', 'an', 'pausing'],
        ['setzt|setzen|führt|führen', 'fort', 'continuing'],
        ['gibt|geben', 'frei', 'promoting'],
      ] as const
    ).map(([verbs, particle, ing]): [RegExp, string] => [
      new RegExp(`(?<![\\p{L}])(?:${verbs}) (?!sie )([^,.;!?:]+?) (?:${particle})(?=\\s*\\?)`, 'giu'),
      `is $1 ${ing}`,
    ]),
    w('ständig|dauernd|andauernd|immer wieder|laufend', 'constantly'),
    // An experiment by its kind ("Brich das Pod-Kill-Experiment auf api ab") is no experiment's name.
    w(
      '(pod-kill|pod-failure|network-delay|network-loss|network-partition|cpu-stress|memory-stress|latenz|netzwerk-latenz|verzögerung|paketverlust|cpu-last)[- ](?:experiment|test|versuch|chaos)(?:e|s)?',
      '$1 experiment',
    ),
    // lang32: a count turned, set or driven back ("Dreh web in prod auf 4 Replikas zurück", "… auf 4 zurückdrehen") is
    // that count (not a rollback; "auf Revision 1 zurück" stays one); "stell … zurück", "zurückstellen" postpone.
    w(
      '(?:dreh|drehe|dreht|stell|stelle|stellt|setz|setze|setzt|fahr|fahre|fahrt|skalier|skaliere) ((?:(?!(?:nicht|kein\\p{L}*) )[^,.;!?:])+?) auf N(?: (?:replik\\p{L}*|instanz\\p{L}*|pods))? zurück',
      'scale $1 to $2 replicas',
    ),
    w(
      'auf N(?: (?:replik\\p{L}*|instanz\\p{L}*|pods))? zurück(?:drehen|stellen|setzen|fahren|skalieren|zudrehen|zustellen|zusetzen|zufahren)',
      'scaled back to $1 replicas',
    ),
    w(
      '(?:stell|stelle|stellt) ((?:(?!(?:nicht|kein\\p{L}*) )[^,.;!?:])+?) (?:erst ?mal |vorerst |erst )?zurück',
      'do $1 later on, not now',
    ),
    w('zurückstellen|zurückgestellt|zurückzustellen', 'do later on, not now'),
    // "gib dem worker eine Replika dazu", "zieh web eine Replika ab": a count given or taken with its particle.
    w('N (?:weitere |zusätzliche )?(?:replik\\p{L}*|instanz\\p{L}*) (?:dazu|mehr|extra|obendrauf)', 'by $1 more replicas'),
    w(
      '(?<!nicht )(?:zieh|ziehe|zieht|nimm|nehmt) ([^,.;!?:]+?) N (?:replik\\p{L}*|instanz\\p{L}*) (?:ab|weg)(?=\\s*(?:[,.;!?:]|$))',
      'take $2 replicas away from $1',
    ),
    // lang32: "nicht vor dem Release" (not before) is later, as "erst nach" is.
    w('(?:aber |doch )?(?:nicht|keinesfalls|auf keinen fall) (?:vor|bevor|früher als)', 'but later on, after'),
    // Red-team round 28: Prozessorkerne, 'ihm', after dinner, in a while, 'oder lieber' (a correction), 'lass es sein', 'warte', 'immer wenn'.
    w('N ?prozessorkern(?:e|en)?', '$1 cpu cores'),
    w('prozessorkern(?:e|en)?', 'cpu cores'),
    w('ihm', 'it'),
    w('nach dem (?:abendessen|abendbrot)|in einer weile|in kürze|gleich danach', 'later on'),
    // "describe worker in staging, äh, production meinte ich": the word meant, then "meinte ich" (blind169).
    w('(?:äh,? )?(\\p{L}+) meinte ich', 'I mean $1'),
    w('(?:oder|nein,?) (?:lieber|besser|eher)(?! (?:doch )?nicht)|oder vielmehr|ich meine|ich meinte', 'I mean'),
    w(`lass (?:es|das) (?:lieber )?sein|(?:nein|nee),? doch nicht${END}`, 'never mind'),
    w(`(?:warte|wart mal|moment mal)${END}`, 'no, wait'),
    w('immer wenn|jedes mal,? wenn|sowie', 'if'),
    // Red-team round 27: memory, CPU and cores beside their verb ("gib web zwei CPUs mehr"), later times (nach dem
    // Mittagessen, nach Feierabend, nach dem Meeting, in anderthalb Stunden), taken back ("Ach, lass mal.", "doch
    // nicht"), conditions ("Sollte web hängen, …", "für den Fall, dass"), "aber erst morgen", "vergiss nicht".
    ...resources('arbeitsspeicher|hauptspeicher|speicher|ram', 'cpus?|vcpus?|prozessor(?:en)?', '(?:cpu-)?kernen?|cores?'),
    // (Not "4 GiB".)
    w('(?<!\\d\\s?)gib|gebt|geben sie', 'give'),
    w('(?:nimm|entferne|entfern|zieh)(?= [^,.;!?]*(?:cpu|memory))', 'remove'),
    w('(?:setze|setz|stelle|stell)(?= [^,.;!?]*(?:cpu|memory))', 'set'),
    w('nicht mehr', 'no longer'),
    w('mehr', 'more'),
    w('erhöhe|erhöh|erhöhen', 'increase'),
    w('reduziere|reduzier|verringere|verringer|senke|senk', 'reduce'),
    w('halbiere|halbier|halbieren', 'halve'),
    w('nach (?:dem )?(?:mittagessen|essen)|nach (?:der )?mittagspause', 'after lunch'),
    w('nach (?:der arbeit|feierabend|dienstschluss|büroschluss)|zum feierabend', 'after hours'),
    w('nach (?:dem|der) (?:meeting|besprechung|sitzung|termin|standup|call|daily)', 'later, after the meeting'),
    w('in (?:anderthalb|eineinhalb) stunden', 'in 90 minutes'),
    w('in einer halben stunde|in (?:einer )?halbstunde', 'in 30 minutes'),
    w('vergiss nicht|nicht vergessen', 'remember'),
    w(
      `(?:(?:ach|ach nee|nee|ne|nein|och),? )?(?:lass (?:mal|es|das|gut sein)|doch nicht|schon gut|egal|(?:oder )?lieber (?:doch )?nicht)${END}`,
      'never mind',
    ),
    w('für den fall,? dass|im fall(?:e)?,? dass|im fall(?:e)? (?:von|eines|einer)', 'in case'),
    [/(^|[.!?]\s*)sollten? (?=[^,.;!?]+,)/giu, '$1if '],
    w(
      '(?:nimm|entferne|entfern|zieh) (?:nicht|keine|niemals) N (?:weitere |zusätzliche )?(?:replik\\p{L}*|instanz\\p{L}*|pods)',
      "don't remove $1 replicas",
    ),
    w('nein|nee', 'no'),
    w('aber', 'but'),
    w('erst(?= (?:morgen|übermorgen|später|heute|nach|am|um|in|wenn|nächste))', 'only'),
    w('ihn', 'it'),
    // Red-team round 25: conditions, "gegen 18 Uhr", taken back ("vergiss"), and counts taken away ("um 2 runter").
    w('wenn|falls|sobald', 'if'),
    w('gegen N(?::\\d\\d)? uhr', 'at $1:00'),
    ...inWords(
      'in ',
      { einer: 1, einem: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, zehn: 10, zwanzig: 20, dreißig: 30 },
      'stunden?',
      'minuten?',
    ),
    w('vergiss (?:es|das)|vergiss', 'never mind'),
    w('um N (?:replik\\p{L}*|instanz\\p{L}*|pods)? ?(?:runter|herunter|nach unten|weniger)', 'down by $1 replicas'),
    w('(?:entferne|entfern|nimm) N (?:weitere |zusätzliche )?(?:replik\\p{L}*|instanz\\p{L}*)(?: weg)?', 'remove $1 replicas'),
    [/\b(hallo|servus|moin|guten (morgen|tag|abend))\b/giu, 'hi'],
    [/(?<![\p{L}])lass(?:t)? uns (.+?) nicht (\p{L}+)/giu, "don't $2 $1"],
    ...negatedCommand(
      'starte|startet|lösche|lösch|skaliere|skalier|rolle|roll|setze|setz|stoppe|stopp|beende|pausiere|brich|breche|mach|mache|führe|führ|befördere|erstelle|töte|kille|füg|füge|leg|lege|ändere|aktualisiere|zeig|zeige|lass|lasse|fahre|fahr|spiele|spiel|deploye|promote|restarte',
      'nicht|nie|niemals',
      'noch',
    ),
    // Not now, no need, none: "heute nicht", "nicht jetzt", "lass uns … nicht", "nicht nötig", "kein Rollback".
    w('(?:aber )?(?:heute|jetzt|gerade) nicht|(?:aber )?nicht (?:heute|jetzt|sofort|gleich)', 'later on'),
    w('(?:das )?(?:ist )?nicht nötig|(?:du )?(?:musst|brauchst) (?:nicht|kein\\p{L}*)(?: zu)?|nicht notwendig', 'no need to'),
    w('kein|keine|keinen|keinem|keiner', 'no'),
    // Parts of the day, hours, the weekend: "heute Nachmittag", "um 18 Uhr", "um Mitternacht", "in einer Stunde".
    w('(?:heute |am )?nachmittag|nachmittags', 'this afternoon'),
    w('(?:heute |am )?vormittag|vormittags|heute (?:morgen|früh)', 'in the morning'),
    w('(?:am )?abend|abends', 'in the evening'),
    w('(?:um )?mitternacht', 'at midnight'),
    w('(?:um )?mittag|mittags', 'at noon'),
    w('um N(?::\\d\\d)? uhr|um N:\\d\\d', 'at $1:00'),
    w('in (?:einer|1) stunde', 'in an hour'),
    w('in (?:einer|1) minute', 'in a minute'),
    w('in einer halben stunde', 'in 30 minutes'),
    w('(?:am |an diesem |dieses |diesem |nächstes |am nächsten )?wochenende', 'this weekend'),
    // Relative counts: "um eine Replik hoch", "2 weitere Repliken", "verdopple".
    w('um (?:eine|einen|ein|1) (?:replik\\p{L}*|instanz\\p{L}*|pod)? ?(?:hoch|rauf|nach oben|mehr)', 'up by 1 replicas'),
    w('um N (?:replik\\p{L}*|instanz\\p{L}*|pods)? ?(?:hoch|rauf|nach oben|mehr)', 'up by $1 replicas'),
    ...['zwei', 'drei', 'vier', 'fünf'].map((n, i) =>
      w(`um ${n} (?:replik\\p{L}*|instanz\\p{L}*|pods)? ?(?:hoch|rauf|nach oben|mehr)`, `up by ${i + 2} replicas`),
    ),
    w('N (?:weitere|zusätzliche|mehr) (?:replik\\p{L}*|instanz\\p{L}*|pods)', 'by $1 more replicas'),
    w('(?:eine|einen) (?:weitere|zusätzliche) (?:replik\\p{L}*|instanz\\p{L}*)', 'by 1 more replicas'),
    w('verdopple|verdoppele|verdoppeln', 'double'),
    w('nie|niemals', 'never'),
    w('noch nicht', 'not yet'),
    // Later: "morgen früh", "heute Abend", "später", "in 10 Minuten", "nach dem Deploy", "nächste Woche", "am Montag".
    w('morgen (?:früh|vormittag)', 'tomorrow morning'),
    w('übermorgen', 'the day after tomorrow'),
    w('morgen(?: abend| nachmittag)?', 'tomorrow'),
    w('heute (?:abend|nacht)', 'tonight'),
    w('und (?:danach|dann|nachher)', 'and then'),
    w('später|nachher|danach', 'later on'),
    w('nach (?:dem|der) (\\p{L}+)', 'after the $1'),
    w('(?:nächste|kommende) woche|in der nächsten woche', 'next week'),
    ...weekdays(
      ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
      '(?:am |nächsten |diesen |kommenden )?',
    ),
    // Separable verbs with their particle at the end of the clause (lang31): "brich den checkout-Canary in staging ab",
    // "roll api in staging zurück", "fahr web in staging auf 3 hoch", "halte den Rollout an", "setz ihn fort", "gib
    // ihn frei", "nimm eine Replika von worker weg"; an infinitive at the end: "einen zufälligen Pod von worker killen".
    ...(
      [
        ['brich|breche|brecht', 'ab', 'abort'],
        ['roll|rolle|rollt|setz|setze|setzt|dreh|drehe|dreht', 'zurück', 'roll back'],
        ['fahr|fahre|fahrt|skalier|skaliere|skaliert|stock|stocke', 'hoch|rauf|herauf', 'scale up'],
        ['fahr|fahre|fahrt|skalier|skaliere|skaliert', 'runter|herunter', 'scale down'],
        ['halt|halte|haltet', 'an', 'pause'],
        ['setz|setze|setzt|führ|führe|führt', 'fort', 'continue'],
        ['give', 'frei', 'promote'],
        ['start|starte|startet', 'neu', 'restart'],
      ] as const
    ).map(([verbs, particle, to]): [RegExp, string] => [
      new RegExp(
        `(?<![\\p{L}])(?:${verbs}) ((?:(?!(?:nicht|kein\\p{L}*)(?![\\p{L}]))[^,.;!?:])+?) (?:${particle})(?=\\s*(?:[,.;!?:]|auf \\d|$))`,
        'giu',
      ),
      `${to} $1`,
    ]),
    [/(remove \d+ replicas [^,.;!?:]+?) weg(?=\s*(?:[,.;!?:]|$))/giu, '$1'],
    // lang32: a request until a time ("Halte checkout in staging bis 15 Uhr an") is two actions, the second later.
    w('(?<!\\d(?::\\d\\d)? )bis (?:um |at )?N(?::\\d\\d)?(?: uhr|:00)?', 'until $1:00, then resume it'),
    w(
      'bis (tomorrow(?: morning)?|tonight|later on|next week|on \\p{L}+day|this (?:afternoon|weekend)|in the (?:morning|evening)|at (?:noon|midnight))',
      'until $1, then resume it',
    ),
    [
      /(a random pod [^,.;!?:]*?) (?:killen|töten|abschießen|abschiessen|löschen|terminieren|plattmachen)(?=\s*(?:[,.;!?:]|$))/giu,
      'kill $1',
    ],
    // Separable verbs: "füg … hinzu", "leg … an" (at the end of the sentence).
    [/(?<![\p{L}])(?:füg|füge|fügt) (.+?) hinzu(?![\p{L}])/giu, 'add $1'],
    [/(?<![\p{L}])(?:leg|lege|legt) (.+?) an(?=\s*[.!?]?\s*$)/giu, 'create $1'],
    w('erstelle|erstell|erzeuge|anlegen|erstellen', 'create'),
    w('ein neues|eine neue|einen neuen|ein neuer', 'a'),
    w('namens|mit dem namen|mit namen', 'named'),
    w('mit dem image|mit image', 'with image'),
    w('latenz|verzögerung', 'latency'),
    w('paketverlust', 'packet loss'),
    w('(?:in |auf )?(?:der )?produktion', 'in production'),
    w('stoppe|stopp|beende|beenden', 'stop'),
    w('wiederhole|erneut versuchen|nochmal versuchen|versuche (?:es )?erneut', 'retry'),
    w('vollständig|komplett|ganz', 'fully'),
    w('befördere|befördern|hochstufen', 'promote'),
    w('(?:um )?einen schritt|den nächsten schritt', 'one step'),
    w('töte|töten|kille', 'kill'),
    w('experimente', 'experiments'),
    w('pro', 'by'),
    w('diese[nmr]? monat', 'this month'),
    w('diese[nr]? woche', 'this week'),
    w('(?:im )?(?:letzten|vorigen|vergangenen) monat', 'last month'),
    w('(?:die )?N teuersten', 'top $1'),
    w('auf (?:die )?revision N', 'to revision $1'),
    w('stufe N', 'level $1'),
    w('(?:setze|setz|ändere) das image', 'set the image'),
    w('beschreibe|beschreib', 'describe'),
    w('stunde', 'hour'),
    w('tage|tagen', 'days'),
    w('zeile', 'lines'),
    // "Wie viel haben wir gestern in production ausgegeben?", "was kostet staging diese Woche?" (lang31).
    [/\bwie ?viel (?:haben wir|habt ihr|hat man|hat|haben) ([^?.!]*?) ausgegeben\b/giu, 'how much did we spend $1'],
    [/\bwas (?:kostet|kosten) ([^?.!]*?)(?=\s*[?.!]|$)/giu, 'how much did $1 cost'],
    [/\bwas (?:hat|haben) ([^?.!]*?) gekostet(?=\s*[?.!]|$)/giu, 'how much did $1 cost'],
    [/\bwie ?viel (hat|haben|kostet|kosten)\b([^?.!]*?)\s*\b(gekostet)?(?=\s*[?.!]|$)/giu, 'how much did $2 cost'],
    [/\bignoriere?n?\b/giu, 'ignore'],
    [/\b(anweisungen|befehle)\b/giu, 'instructions'],
    [/\bregeln\b/giu, 'rules'],
    [/\b(vorherigen|bisherigen|vorigen)\b/giu, 'previous'],
    [/\balle\b/giu, 'all'],
    // "starte den worker nicht neu": a negation stays one ("restart … not", which the reader takes as taken back).
    [/\b(starte|startet|starten)\s+(.+?)\s+nicht\s+neu\b/giu, "don't restart $2"],
    [/\b(starte|startet|starten)\s+(.+?)\s+neu\b/giu, 'restart $2'],
    [/\bnicht\b/giu, 'not'],
    // "die coredns-Logs der letzten fünf Minuten": a compound with a name, and numbers in words.
    [/\b([a-z0-9-]+)-(logs|pods|kosten|rollout|deployment|canary)\b/giu, '$2 of $1'],
    [/\bdas image von ([a-z0-9-]+) auf (\S+) aktualisieren\b/giu, 'set the image of $1 to $2'],
    [/\b(aktualisieren|aktualisiere)\b/giu, 'update'],
    [/\b(eins|ein|eine|einen)\b/giu, '1'],
    [/\bnull\b/giu, '0'],
    [/\bzwei\b/giu, '2'],
    [/\bdrei\b/giu, '3'],
    [/\bvier\b/giu, '4'],
    [/\bfünf\b/giu, '5'],
    [/\bsechs\b/giu, '6'],
    [/\bzehn\b/giu, '10'],
    [/\b(mal|doch|bitte mal)\b/giu, ''],
    [/\bneu\s*(starten|start)\b|\bneustarten\b|\bneustart\b/giu, 'restart'],
    [/\b(rolle|rollt|setze)\s+(.+?)\s+zurück\b/giu, 'roll back $2'],
    [/\bzurück(rollen|setzen)\b/giu, 'roll back'],
    [/\bskaliere?n?\b/giu, 'scale'],
    [/\b(zeig|zeige|zeigen|zeigst)\b/giu, 'show'],
    [/\b(kannst|könntest) du\b/giu, 'can you'],
    [/\bbitte\b/giu, 'please'],
    [/\bmir\b/giu, 'me'],
    [/\b(die|den|das|der|dem|des)\b/giu, 'the'],
    [/\b(von|vom)\b/giu, 'of'],
    [/\bim\b/giu, 'in'],
    [new RegExp(`\\bauf ${NUM}\\b`, 'giu'), 'to $1'],
    [/\bletzte woche\b/giu, 'last week'],
    [/\bletzten?\b/giu, 'last'],
    [/\bzeilen\b/giu, 'lines'],
    [/\b(protokolle|logs)\b/giu, 'logs'],
    [/\b(repliken|replikas|instanzen)\b/giu, 'replicas'],
    [/\bkosten\b/giu, 'cost'],
    [/\bgestern\b/giu, 'yesterday'],
    [/\bheute\b/giu, 'today'],
    [/\b(lösche|löschen)\b/giu, 'delete'],
    w('entferne|entfern|entfernen', 'remove'),
    [/\babbrechen\b/giu, 'abort'],
    [/\b(pausieren|pausiere|anhalten)\b/giu, 'pause'],
    [/\bund\b/giu, 'and'],
    [/\b(vorherige|vorige)\b/giu, 'previous'],
    [/\bwelche\b/giu, 'which'],
    [/\b(laufen|läuft)\b/giu, 'running'],
    [/\bgerade\b/giu, 'now'],
    [/\bfür\b/giu, 'for'],
    [/\bminuten\b/giu, 'minutes'],
    [/\bstunden\b/giu, 'hours'],
    [/\bsekunden\b/giu, 'seconds'],
    w('mit', 'with'),
    w('zu', 'to'),
  ],
};

const IBERIAN: Table = {
  markers:
    /(?<![\p{L}])(desfaz|desfaça|desfazer|deshaz|último|ultimo|corre|corren|mata|gente|pra|fim|hacer|haz|revisión|promove|promova|promover|promueve|promueva|faz|fazer|faça|travado|travada|travou|pegado|pegada|até|aleatório|aleatorio|em|el|los|las|del|una|por|para|con|qué|está|están|tiene|ignora|instrucciones|instruções|anteriores|reglas|regras|hola|olá|cuánto|cuanto|costó|pasada|passada|produção|producción|puedes|podrías|podrias|puede|pode|podes|você|escal\p{L}*|rein[ií]ci\p{L}*|muéstrame|muestrame|mostrar|mostra|mostre|registros|réplicas|últimas|ultimas|líneas|lineas|linhas|ayer|hoy|ontem|hoje|semana|mes|pasado|passado|nos|revierte|reverter|revertir|reverte|pausar|abortar|borra|elimina|apaga|minutos|segundos|horas|detén|deten|detener|experimento|reintenta|reintentar|crea|llamado|imagen|puerto|azar|revisão|quanto|custou|custa|tenta|novo|análise|falhou|só|porque|qué|cargas|trabajo|hay|corriendo|rodando|sus|seus|suas|produccion|producao|paquetes|pacotes|cria|crie|chamado|chamada|imagem|días|dias|semana|nivel|nível|experimentos|caos|añade|agrega|adiciona|latencia|latência|anterior|esta|este|nunca|não|nao|pausa|pauses|reverta|mañana|amanhã|amanha|luego|después|despues|depois|próxima|lunes|martes|miércoles|jueves|viernes|sábado|domingo|tarde|noche|medianoche|mediodía|meia-noite|daqui|agora|ahora|finde|más|mais|ningún|ninguna|nenhum|nenhuma|duplica|dobla|dobra|necesario|precisa|falta|quita|quites|quito|quitar|quitale|quítale|déjalo|dejalo|así|pero|memoria|memória|núcleos|nucleos|sube|súbele|subele|baja|bájale|aumenta|aumente|reduz|diminui|disminuye|almuerzo|almoço|almoco|reunión|reunião|reuniao|expediente|meia|mitad|metade|dale|réplica|falla|vez|otra|espera|cena|rato|ratito|luego|olvídalo|olvidalo|déjalo|dejalo|dicho|jantar|melhor|esquece|pouco|bajes|cuanto|assim|depois|tarde|pon|ponle|pongas|ponga|coloca|coloque|põe|ponha)(?![\p{L}])/giu,
  phrases: [
    // "para o experimento de caos X em staging", "desfaz o último deploy do web": stop it, roll it back (blind170, blind177).
    w(
      '(?:para|pare|parar|detén|deten|detener) (?:o |el |la |a )?(?:experimento|experiência|experiencia)(?: de (?:caos|chaos))?',
      'stop the chaos experiment',
    ),
    w(
      '(?:desfaz|desfaça|desfazer|deshaz|deshacer)(?: (?:o|el) (?:último |ultimo )?(?:deploy|despliegue))?(?: (?:do|da|de|del))?',
      'roll back',
    ),
    // "¿qué corre en staging?": what runs there (blind174).
    w('qu[eé] (?:corre|corren|est[aá] corriendo|hay corriendo)', 'what is running'),
    // "escala o api pra 6... não, pra 7": a number corrected with its preposition (blind170).
    w('(?:\\.{2,}\\s*)?(?:no|n[aã]o|nao),? (?:pra|para|a|hasta|até|ate) N', 'no, to $1'),
    // A count in words before replicas, a count added or taken away, a random pod and what was spent (lang31): "añade
    // una réplica a api", "tira uma réplica do web", "mata un pod aleatorio de web", "¿cuánto hemos gastado ayer …?".
    // (Not "dos pods": Portuguese "of the pods".)
    ...countWords(
      {
        un: 1,
        una: 1,
        uno: 1,
        um: 1,
        uma: 1,
        dos: 2,
        dois: 2,
        duas: 2,
        tres: 3,
        três: 3,
        cuatro: 4,
        quatro: 4,
        cinco: 5,
        seis: 6,
        siete: 7,
        sete: 7,
        ocho: 8,
        oito: 8,
        nueve: 9,
        nove: 9,
        diez: 10,
        dez: 10,
      },
      'r[eé]plicas?|instancias?|inst[aâ]ncias?',
    ),
    // lang32: "no antes de la demo", "não antes do release" (not before) are later.
    w('(?:pero |mas |aunque )?(?:no|n[aã]o|nunca) antes (?:del|de|dos|das|do|da|que)', 'but later on, after'),
    ...countCorrected('no|n[aã]o|mejor|digo|quer dizer|quero dizer', {
      una: 1,
      uma: 1,
      dos: 2,
      dois: 2,
      duas: 2,
      tres: 3,
      três: 3,
      cuatro: 4,
      quatro: 4,
      cinco: 5,
      seis: 6,
      diez: 10,
      dez: 10,
    }),
    // lang32: "pon 3 réplicas a web", "coloca 3 réplicas no web" set the count (not 3 more; "pon 2 réplicas más" adds).
    w(
      '(?<!(?:no|n[aã]o|nunca|jam[aá]s|ni) (?:(?:le|les|lhe|lo|la|se|me) )?)(?:pon|ponle|ponles|ponga|póngale|pongale|poned|coloca|colócale|colocale|coloque|coloquem|põe|poe|põem|ponha|ponham|deja|déjale|dejale|deixa|deixe) N (?:r[eé]plicas?|instancias?|inst[aâ]ncias?|pods?)(?! m[aá]s| mais| extra| adicional\\p{L}*| a mais)(?: al| a| ao| à| para| en| em| no| na| de| del| do| da)? ([^,.;!?:]+?)(?=\\s*(?:[,.;!?:]|$))',
      'scale $2 to $1 replicas',
    ),
    w(
      '(?<!(?:no|n[aã]o|nunca|jam[aá]s|ni) (?:(?:le|les|lhe|lo|la|se|me) )?)(?:añade|añádele|añadele|agrega|agrégale|agregale|adiciona|adicione|adicionar|acrescenta|acrescente|suma|súmale|soma|pon|ponle) (?:otras |mais |outras )?N (?:r[eé]plicas?|instancias?|inst[aâ]ncias?|pods?)(?: m[aá]s| mais| extra| adicionales| adicionais)?(?: al| a| ao| à| para| en| em)?',
      'add $1 replicas to',
    ),
    w(
      '(?<!(?:no|n[aã]o|nunca|jam[aá]s|ni) (?:(?:le|les|lhe|lo|la|se|me) )?)(?:quita|quítale|quitale|quite|quitá|tira|tire|tírale|retira|retire|retírale|saca|sácale|sacale|elimina|remove|remova|reduce|reduz|reduza|diminui|diminuye|baja|bájale) (?:otras |mais |outras )?N (?:r[eé]plicas?|instancias?|inst[aâ]ncias?)(?: m[aá]s| mais)?(?: al| a| ao| à| do| da| de| del| en| em)?',
      'take $1 replicas away from',
    ),
    w('(?:un |uno |una |um |uma )?pod (?:al azar|aleat[oó]rio|cualquiera|qualquer|random)', 'a random pod'),
    [
      /(?<![\p{L}])(?:cu[aá]nto|quanto) (?:hemos|habéis|han|ha|temos|t[eê]m|tem) (?:gastado|gasto)(?![\p{L}])/giu,
      'how much did we spend',
    ],
    // Red-team round 28: after dinner, in a while, later at a clause's end, taken back (olvídalo, esquece), a correction ('ou melhor',
    // 'mejor dicho'), conditions (en cuanto, assim que), a negated change to N ('no le bajes … a 2').
    w(
      '(?:después de|tras) (?:la )?cena|depois do jantar|(?:dentro de |en )un (?:rato|ratito)|al rato|daqui a (?:pouco|um tempo|um pouco)|(?:un )?poco m[aá]s tarde',
      'later on',
    ),
    w(`(?:luego|depois|m[aá]s tarde|mais tarde)${END}`, 'later on'),
    w(
      `(?:bueno,? )?(?:olv[ií]dalo|olvida eso|d[eé]jalo|no hace falta|no importa)${END}|(?:deixa (?:pra|para) l[aá]|esque[cç]e|esque[cç]a|n[aã]o precisa)${END}`,
      'never mind',
    ),
    w('ou melhor|o mejor dicho|mejor dicho|quer dizer|quero dizer|o sea', 'I mean'),
    w('en cuanto|tan pronto como|cada vez que|siempre que|assim que|logo que|sempre que|toda vez que', 'if'),
    w('no (?:le |lo |la |les )?(bajes|reduzcas|disminuyas|subas|aumentes|escales|pongas)', "don't $1"),
    w('n[aã]o (?:o |a |lhe )?(reduza|diminua|abaixe|baixe|escale|aumente)', "don't $1"),
    w('bajes|bajar|baja|b[aá]jale|reduzcas|disminuyas|reduza|diminua|abaixe|baixe|baixar', 'reduce'),
    w('subas|aumentes', 'increase'),
    // Red-team round 27: memory, CPU and cores beside their verb ("dobra a memória", "sube la memoria … a 4"), later
    // times (después del almuerzo, depois do expediente, daqui a meia hora, en una hora y media), taken back ("da
    // igual", "déjalo así", "deixa quieto"), conditions ("en caso de que", "por si"), "pero …" after an English
    // request, and counts taken away that are negated ("no quites 2 réplicas") or asked ("¿le quito 2 réplicas?").
    ...resources('memoria|memória|ram', 'cpus?|vcpus?|procesador(?:es)?|processador(?:es)?', 'n[uú]cleos?'),
    w('sube|subir|súbele|subele|súbela|aumenta|aumentar|aumente|aumentá|incrementa|incrementar', 'increase'),
    w('baja|bajar|bájale|bajale|reduce|reducir|reduz|reduza|reduzir|disminuye|disminuir|diminui|diminua|diminuir', 'reduce'),
    w('dale|dele|dales|dá(?! para| pra)', 'give'),
    w('(?:pon|ponle|pone|ponga|coloca|põe|ponha|configura|ajusta)(?= [^,.;!?]*(?:cpu|memory))', 'set'),
    w('(?:quita|quítale|quitale|quitar|quítales|retira|retírale|tira|tírale)(?= (?:\\d+ )?(?:cpu|memory))', 'remove'),
    w('a la mitad|por la mitad|pela metade|à metade|a metade', 'by half'),
    w(
      '(?:después|despues|luego) (?:del|de) (?:almuerzo|almorzar|comer|la comida)|(?:depois|após|apos) (?:do|de) (?:almoço|almoco|almoçar|almocar|comer)',
      'after lunch',
    ),
    w(
      '(?:después|despues) (?:del|de) (?:trabajo|curro|la oficina|la jornada)|al salir del trabajo|(?:depois|após|apos) (?:do|de|o) (?:trabalho|expediente|serviço|servico)',
      'after hours',
    ),
    w(
      '(?:después|despues) de la (?:reunión|reunion|junta|llamada)|(?:después|despues) del (?:meeting|standup|daily)|(?:depois|após|apos) (?:da|de) (?:reunião|reuniao|call|daily)',
      'later, after the meeting',
    ),
    w('(?:en|dentro de|daqui a|em) (?:media hora|meia hora|meia-hora)', 'in 30 minutes'),
    w('(?:en|dentro de|daqui a|em) (?:una|uma) hora (?:y|e) (?:media|meia)|(?:daqui a|em) hora e meia', 'in 90 minutes'),
    // ("wait" alone: a "no" would be read as Portuguese "in the" below.) "a 3, no, mejor a 2": a correction.
    w('no,? espera|n[aã]o,? espera|espera', 'wait'),
    w('(?:no|n[aã]o),? (?:mejor|melhor)(?! n[oã]o?(?![\\p{L}]))', 'wait, rather'),
    w('(?<=[,;:] ?)(?:no|n[aã]o)(?=,? (?:(?:a|para|en|em) )?\\d)', 'wait'),
    w('pero|mas(?= (?:no|não|nao|después|despues|depois|luego|mañana|amanhã|amanha|s[oó]lo|só)(?![\\p{L}]))', 'but'),
    w(
      `(?:(?:bueno|nah|no|nada|bah|ah|ay|oh|ok),? )?(?:(?:no,? )?mejor no|(?:n[aã]o,? )?melhor n[aã]o|mejor d[eé]jalo|d[eé]jalo así|deja(?:lo)? estar|da igual|no importa|deixa quieto|deixa estar|n[aã]o precisa mais|pensándolo bien,? no|pensando bem,? n[aã]o)${END}`,
      'never mind',
    ),
    w('en caso de que|en caso de|por si(?: acaso)?|no caso de|em caso de|na eventualidade de|se por acaso', 'in case'),
    w(
      '(?:n[oã]o?|nao) (?:le |les |lhe )?(?:quites|quite|quitéis|quitemos|retires|retire|tires|tire|elimines|elimine|remova|removas|removam|tirem) (?:otras |mais |outras )?N (?:r[eé]plicas?|instancias?|instâncias?)(?: más| mais)?(?: al| a| do| da| de| ao)?',
      "don't take $1 replicas away from",
    ),
    w(
      '(?:le |les |lhe )?(?:quito|retiro|tiro) (?:otras |mais |outras )?N (?:r[eé]plicas?|instancias?|instâncias?)(?: más| mais)?(?: al| a| do| da| de| ao)?',
      'should I take $1 replicas away from',
    ),
    w(
      '(?:quítale|quitale|quitarle|quítales|quitales|quitar|retírale|retirale|tírale|tirale) (?:otras |mais |outras )?N (?:r[eé]plicas?|instancias?|instâncias?)(?: más| mais)?(?: al| a| do| da| de| ao)?',
      'take $1 replicas away from',
    ),
    // Red-team round 25: conditions, "en dos horas", taken back ("ni se te ocurra"), counts taken away ("quita otras 2").
    w('ni se te ocurra|nem pense em', "don't"),
    w('olvídalo|olvidalo|olvida eso|déjalo|dejalo|esquece(?: isso)?|deixa (?:pra|para) lá', 'never mind'),
    w('si|caso|se(?= (?:o|a|os|as|houver|tiver|for|der|estiver|continuar)(?![\\p{L}]))', 'if'),
    ...inWords(
      '(?:en|em|dentro de|daqui a) ',
      {
        un: 1,
        una: 1,
        um: 1,
        uma: 1,
        dos: 2,
        dois: 2,
        duas: 2,
        tres: 3,
        três: 3,
        cuatro: 4,
        quatro: 4,
        cinco: 5,
        diez: 10,
        dez: 10,
        veinte: 20,
        vinte: 20,
        treinta: 30,
        trinta: 30,
      },
      'horas?',
      'minutos?',
    ),
    w(
      '(?:quita|quite|quitá|tira|tire|retira|retire|elimina|remove) (?:otras |mais |outras )?N (?:r[eé]plicas?|instancias?|instâncias?)(?: más| mais)?(?: al| a| do| da| de)?',
      'remove $1 replicas of',
    ),
    [/¿|¡/gu, ''],
    // Not now, no need, none, let's not: "pero no hoy", "mas agora não", "no hace falta", "ningún rollback", "mejor no".
    w(
      '(?:pero |mas |aunque )?(?:no|n[aã]o) (?:hoy|hoje|ahora|agora|ya|j[aá])|(?:pero |mas )?(?:hoy|hoje|ahora|agora) (?:no|n[aã]o)',
      'later on',
    ),
    w(
      'no (?:hace falta|es necesario|necesitas|tienes que|hay que)|n[aã]o (?:precisa(?:s)?(?: de)?|[eé] necess[aá]rio|tem que)',
      "don't need to",
    ),
    w('mejor no|melhor n[aã]o|no vamos a|n[aã]o vamos', "don't"),
    // ("no" itself would be read as Portuguese "in the" below.)
    w('ning[uú]n|ninguna|ninguno|nenhum|nenhuma', "don't"),
    // Parts of the day, hours, the weekend: "esta tarde", "daqui a 10 minutos", "a las 18", "el fin de semana".
    w('(?:esta|hoy por la|hoje à|hoje a|(?:por|en) la|à|a|pela|de) tarde', 'this afternoon'),
    w('(?:por|en|de) la noche|(?:à|de|pela) noite', 'in the evening'),
    w('(?:a |à )?(?:medianoche|meia-noite|meia noite)', 'at midnight'),
    w('(?:al |ao )?(?:mediod[ií]a|meio-dia)', 'at noon'),
    w('(?:a las|a la|às|as) N(?:[:h]\\d\\d|h)?', 'at $1:00'),
    w('(?:daqui a|dentro de|en|em) (?:una|uma) hora', 'in an hour'),
    w('(?:daqui a|en|em) N (minutos?|horas?)', 'in $1 $2'),
    w('(?:este |el |no |neste |nesse |o )?(?:fin de semana|finde|fim de semana)', 'this weekend'),
    // Relative counts: "a 2 réplicas más", "2 réplicas a mais", "duplica".
    w(
      '(?:a |para |en |em )?N (?:r[eé]plicas?|inst[aâ]ncias?|pods?) (?:m[aá]s|a mais|adicionales|adicionais|adicional|extra)',
      'by $1 more replicas',
    ),
    w('(?:a |para |en |em )?N (?:m[aá]s|mais) (?:r[eé]plicas?|inst[aâ]ncias?|pods?)', 'by $1 more replicas'),
    w('(?:m[aá]s|mais|otras|outras|otra|outra) N (?:r[eé]plicas?|inst[aâ]ncias?|pods?)', '$1 more replicas'),
    w('(?:otra|outra) (?:r[eé]plica|inst[aâ]ncia)', 'by 1 more replicas'),
    w('duplica|dobla|dobra|duplique', 'double'),
    w('nunca', 'never'),
    w('todav[ií]a no|a[uú]n no|ainda n[aã]o', 'not yet'),
    // Later: "mañana por la mañana", "amanhã", "esta noche", "más tarde", "en 10 minutos", "después del deploy",
    // "la próxima semana", "el lunes", "na segunda-feira".
    w('pasado mañana|depois de amanhã', 'the day after tomorrow'),
    w('(?:por|de|en|pela|de) la mañana|(?:de|pela) manhã', 'in the morning'),
    w('mañana|amanh[aã]', 'tomorrow'),
    w('esta noche|hoy (?:en|por) la noche|esta noite|hoje à noite|hoje a noite', 'tonight'),
    w('(?:después|despues|depois) (?:del|de la|de|do|da) (\\p{L}+)', 'after the $1'),
    w('(?:y|e) (?:luego|después|despues|depois)', 'and then'),
    w('más tarde|mas tarde|mais tarde|luego|después|despues|depois', 'later on'),
    w('dentro de N', 'in $1'),
    w('(?:la |na )?pr[oó]xima semana|la semana que viene|semana que vem', 'next week'),
    ...weekdays(
      ['lunes', 'martes', 'mi[eé]rcoles', 'jueves', 'viernes', 's[aá]bado', 'domingo'],
      '(?:el |este |el pr[oó]ximo |no |neste |na |nesta )?',
    ),
    ...weekdays(['segunda', 'ter[cç]a', 'quarta', 'quinta', 'sexta'], '(?:na |nesta |na pr[oó]xima )?', '[- ]feira'),
    w('p[eé]rdida de paquetes|perda de pacotes', 'packet loss'),
    w('tira|descarta|pierde|perde|derruba', 'drop'),
    w('paquetes|pacotes', 'packets'),
    w('latencia|latência|retraso|atraso', 'latency'),
    w('(?:cria|criar|crie|crea|crear|cree)(?: (?:un|una|um|uma))?', 'create a'),
    w('chamado|chamada|llamado|llamada|de nome|con (?:el )?nombre|com o nome', 'named'),
    w('com a imagem|com imagem|con la imagen|con imagen', 'with image'),
    w('imagem|imagen', 'image'),
    w('(?:y el |e a |y |e )?(?:puerto|porta)', 'port'),
    w('esta semana', 'this week'),
    w('este m[eê]s|esse m[eê]s', 'this month'),
    w('(?:los |os )?[uú]ltimos N', 'last $1'),
    w('d[ií]as', 'days'),
    w('n[ií]vel N', 'level $1'),
    w('(?:un|um) (?:paso|passo)|(?:al |ao )?(?:siguiente paso|pr[oó]ximo passo)', 'one step'),
    w('experimentos', 'experiments'),
    w('caos', 'chaos'),
    w('(?:añade|agrega|adiciona|suma|soma) N', 'add $1 more'),
    w('(?:a la |à )?(?:versi[oó]n|vers[aã]o) anterior', 'to the previous version'),
    w('lista|listar|enumera', 'list'),
    w('describe|descreve|descrever|describir', 'describe'),
    w('com|con', 'with'),
    [/(?<![\p{L}])(hola|olá|ola|oi|buenos días|buenos dias|buenas|bom dia|boa tarde)(?![\p{L}])/giu, 'hi'],
    [/(?<![\p{L}])(produção|producao|producción|produccion)(?![\p{L}])/giu, 'production'],
    [/(?<![\p{L}])(ignora|ignorar|ignore|olvida|olvidar|esquece|esqueça)(?![\p{L}])/giu, 'ignore'],
    [/(?<![\p{L}])(instrucciones|instruções|instrucoes|órdenes|ordens)(?![\p{L}])/giu, 'instructions'],
    [/(?<![\p{L}])(reglas|regras)(?![\p{L}])/giu, 'rules'],
    [/(?<![\p{L}])(anteriores|previas|prévias)(?![\p{L}])/giu, 'previous'],
    [/(?<![\p{L}])(todas|todos|tudo|todo)(?![\p{L}])/giu, 'all'],
    [
      /(?<![\p{L}])(cuánto|cuanto|quanto) (costó|costo|cuesta|custou|custa|gastamos|gastó|gasto)(?![\p{L}])/giu,
      'how much did cost',
    ],
    // "no escales worker": a verb after "no"/"não" is negated (not "no" as Portuguese "in the").
    [
      /(?<![\p{L}])(no|não|nao) (?=(escal|reinici|borr|elimin|paus|abort|promuev|promov|revi|revert|hag|fa[cç]|toqu|cambi|mud|mat|apag|desplieg|implant|lanc|lanz|cre[aeé]|cri[aeé]|deten|det[eé]n|par[ae]|reanud|retom|ejecut|execut|aument|reduz|reduc|quit|sub|baj|reint|pon|coloc|p[oõ]e))/giu,
      "don't ",
    ],
    // "¿Lo puedes reiniciar?", "reinícialo", "pode reiniciá-lo": the object said as a pronoun, which is "it".
    [/(?<![\p{L}])(?:lo|la) (puedes|podrías|podrias|puede|pode|podes|podría|podria) (\p{L}+)/giu, '$1 $2 it'],
    [
      /(?<![\p{L}])(rein[ií]ci|escal|paus|ab[oó]rt|promov|promuev|revi[eé]rt|revert|reintent)(\p{L}*?)-?(?:lo|la)(?![\p{L}])/giu,
      '$1$2 it',
    ],
    // "dá pra escalar …?", "consegue reiniciar …?": Portuguese for "can you".
    [/(?<![\p{L}])(?:dá|da|daria) (?:pra|para)(?= \p{L})|(?<![\p{L}])consegues?(?= \p{L})/giu, 'can you'],
    [/(?<![\p{L}])(puedes|podrías|podrias|puede|pode|podes|você pode|podría|podria)(?![\p{L}])/giu, 'can you'],
    // "¿Qué cargas de trabajo hay corriendo en producción?": the workloads of a namespace.
    [
      /(?<![\p{L}])(qu[ée]|quais|cu[aá]les) (cargas de trabajo|workloads|deployments|servi[cç]os)( (hay|tem|h[aá]|est[aá]n|est[aã]o))?( (corriendo|rodando|ejecut[aá]ndose|executando))?(?![\p{L}])/giu,
      'what workloads are running',
    ],
    [/(?<![\p{L}])(solo|só|somente|apenas)(?![\p{L}])/giu, 'just'],
    [/(?<![\p{L}])(porque|ya que|já que)(?![\p{L}])/giu, 'because'],
    [/(?<![\p{L}])(falhou|falló|fallo)(?![\p{L}])/giu, 'failed'],
    [/(?<![\p{L}])(caiu|cayó|se cayó)(?![\p{L}])/giu, 'was down'],
    [/(?<![\p{L}])(an[aá]lise|an[aá]lisis)(?![\p{L}])/giu, 'analysis'],
    [/(?<![\p{L}])(sus|seus|suas)(?![\p{L}])/giu, 'its'],
    [/(?<![\p{L}])escal\p{L}*/giu, 'scale'],
    [/(?<![\p{L}])rein[ií]ci\p{L}*/giu, 'restart'],
    [/(?<![\p{L}])(muéstrame|muestrame|enséñame|mostrar|muestra|mostra|mostre|me mostre)(?![\p{L}])/giu, 'show'],
    [/(?<![\p{L}])(revierte|revertir|reverter|reverta|reverte|deshaz)(?![\p{L}])/giu, 'roll back'],
    [/(?<![\p{L}])(detén|deten|detener|detenga|pare o)(?![\p{L}])/giu, 'stop'],
    [/(?<![\p{L}])(gastamos|gastámos|gastado)(?![\p{L}])/giu, 'cost'],
    [/(?<![\p{L}])este mes(?![\p{L}])/giu, 'this month'],
    [/(?<![\p{L}])n?o m[eê]s passado(?![\p{L}])/giu, 'last month'],
    [/(?<![\p{L}])por (deployment|namespace|pod|controlador)(?![\p{L}])/giu, 'by $1'],
    [/(?<![\p{L}])(dame|dá-me|me dê) los (\d+) más caros(?![\p{L}])/giu, 'top $2'],
    [/(?<![\p{L}])los (\d+) más caros(?![\p{L}])/giu, 'top $1'],
    [/(?<![\p{L}])(experimento)(?![\p{L}])/giu, 'experiment'],
    [/(?<![\p{L}])(reintenta|reintentar|reintente|tenta de novo)(?![\p{L}])/giu, 'retry'],
    [/(?<![\p{L}])mata (un|uno|a|um) pod al azar de(?![\p{L}])/giu, 'kill a random pod of'],
    [/(?<![\p{L}])al azar|aleat[oó]rio(?![\p{L}])/giu, 'random'],
    [/(?<![\p{L}])crea (un|una) deployment(?![\p{L}])/giu, 'create a deployment'],
    [/(?<![\p{L}])llamado(?![\p{L}])/giu, 'named'],
    [/(?<![\p{L}])con la imagen(?![\p{L}])/giu, 'with image'],
    [/(?<![\p{L}])y el puerto(?![\p{L}])/giu, 'port'],
    [/(?<![\p{L}])(a|para|pra|à) (la |a )?(revisão|revisión|revision) (\d+)(?![\p{L}])/giu, 'to revision $4'],
    [new RegExp(`(?<![\\p{L}])pra ${NUM}(?![\\p{L}])`, 'giu'), 'to $1'],
    // "promove o payments de vez": once and for all, the whole promotion.
    [/(?<![\p{L}])de (?:uma )?vez(?! (?:em|en) )(?![\p{L}])/giu, 'all the way'],
    [/(?<![\p{L}])(pausa|pausar|pause)(?![\p{L}])/giu, 'pause'],
    [/(?<![\p{L}])(aborta|abortar|aborte|cancela|cancelar)(?![\p{L}])/giu, 'abort'],
    [/(?<![\p{L}])(promueve|promover|promova|promociona)(?![\p{L}])/giu, 'promote'],
    [/(?<![\p{L}])(borra|borrar|elimina|eliminar|apaga|apagar|exclua)(?![\p{L}])/giu, 'delete'],
    [/(?<![\p{L}])(mata|matar|mate|mat[aá]) (um|uno|un) pod (aleat[oó]rio)?/giu, 'kill a random pod'],
    [/(?<![\p{L}])(mata|matar|mate)(?![\p{L}])/giu, 'kill'],
    [/(?<![\p{L}])(aleat[oó]rio|aleatorio|al azar)(?![\p{L}])/giu, 'random'],
    [/(?<![\p{L}])(at[eé] o fim|hasta el final|del todo|por completo|completamente)(?![\p{L}])/giu, 'all the way'],
    [/(?<![\p{L}])(promove|promova|promover|promueve)(?![\p{L}])/giu, 'promote'],
    [/(?<![\p{L}])(pra|para a gente|pra gente)(?![\p{L}])/giu, 'for'],
    [/(?<![\p{L}\p{N}_-])(um|uma|uno|una)(?![\p{L}\p{N}_-])/giu, 'a'],
    [/(?<![\p{L}])por favor(?![\p{L}])/giu, 'please'],
    [/(?<![\p{L}\p{N}_-])(los|las|el|la|os|as|o)(?![\p{L}\p{N}_-])/giu, 'the'],
    [/(?<![\p{L}])(registros|logs)(?![\p{L}])/giu, 'logs'],
    [/(?<![\p{L}\p{N}_-])(de|del|do|da|dos|das)(?![\p{L}\p{N}_-])/giu, 'of'],
    [/(?<![\p{L}\p{N}_-])(en|em|no|na)(?![\p{L}\p{N}_-])/giu, 'in'],
    [new RegExp(`(?<![\\p{L}])(a|para) ${NUM}(?![\\p{L}])`, 'giu'), 'to $2'],
    [/(?<![\p{L}])(réplicas|replicas|instancias|instâncias)(?![\p{L}])/giu, 'replicas'],
    [/(?<![\p{L}])semana pasada|semana passada(?![\p{L}])/giu, 'last week'],
    [/(?<![\p{L}])(el |o )?m[eê]s pasado|(o )?m[eê]s passado(?![\p{L}])/giu, 'last month'],
    [/(?<![\p{L}])(últimas|ultimas|últimos|ultimos)(?![\p{L}])/giu, 'last'],
    [/(?<![\p{L}])(líneas|lineas|linhas)(?![\p{L}])/giu, 'lines'],
    [/(?<![\p{L}])(costo|coste|costos|custo|custos)(?![\p{L}])/giu, 'cost'],
    [/(?<![\p{L}])(ayer|ontem)(?![\p{L}])/giu, 'yesterday'],
    [/(?<![\p{L}])(hoy|hoje)(?![\p{L}])/giu, 'today'],
    [/(?<![\p{L}\p{N}_-])(y|e)(?![\p{L}\p{N}_-])/giu, 'and'],
    [/(?<![\p{L}])(durante|por)(?![\p{L}])/giu, 'for'],
    [/(?<![\p{L}])minutos(?![\p{L}])/giu, 'minutes'],
    [/(?<![\p{L}])segundos(?![\p{L}])/giu, 'seconds'],
    [/(?<![\p{L}])horas(?![\p{L}])/giu, 'hours'],
    [/(?<![\p{L}\p{N}_-])(me|mi)(?![\p{L}\p{N}_-])/giu, 'me'],
  ],
};

const FRENCH: Table = {
  markers:
    /(?<![\p{L}])(réplique|répliques|enlève|enlevez|retirez|tourne|combien|coûté|couté|cassé|c'est|heures|arrête|arrêter|arrete|annule|annuler|expérience|experience|voudrais|déploiement|tu|mettre|dans|pas|ignorez|consignes|règles|précédentes|bonjour|salut|peux|pouvez|redémarre|redémarrer|redemarre|relance|relancer|montre|affiche|journaux|lignes|dernières|derniers|plaît|plait|stp|svp|coût|coûts|aujourd'hui|semaine|répliques|supprime|supprimer|annule|annuler|mois|passe|lance|lancer|niveau|pendant|réplicas|jours|crée|créer|nommé|appelé|avec|latence|perte|paquets|tue|réessaie|réessayer|promeus|promouvoir|complètement|entièrement|étape|révision|reviens|revenir|décris|ajoute|derniers|chers|expériences|sur|le|les|des|du|une|au|aux|demain|soir|tard|prochaine|jamais|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aucun|aucune|heure|après-midi|minuit|midi|week-end|besoin|inutile|doubler|supplémentaires|supplémentaire|la|mémoire|memoire|cœurs|coeurs|augmente|réduis|diminue|baisse|donne|divise|maintenant|plante|fais|où|déjeuner|réunion|boulot|demie|finalement|rien|mais|non(?!-)|laisse|tomber|attends|dîner|diner|souper|moment|instant|peine|plutôt|plutot|mieux|aussitôt|seulement|uniquement|enfin|oublie|réduis|reduis|baisse|diminue|coûte|coute|coûtent|dépensé|depense|hasard|aléatoire|retire|rajoute|ajoutez|importe|mets|mettez|deux|trois)(?![\p{L}])/giu,
  phrases: [
    // A count in words before replicas, a count added or taken away, a random pod and what was spent (lang31):
    // "ajoute deux réplicas au worker", "enlève une réplique à web", "tue un pod au hasard de api", "combien coûte …".
    ...countWords(
      { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 },
      'r[ée]pliques?|r[ée]plicas?|replicas?|instances?',
      '(?:autres? )?',
    ),
    // lang32: "mets 3 réplicas au worker" sets the count (not 3 more; "mets 2 réplicas de plus" adds), and a count
    // added corrected after it ("ajoute deux réplicas …, non, trois") is the count added.
    w(
      "(?<!(?:ne |n')(?:(?:le|la|les|lui|leur|y) )?)(?:mets|mettez|mettons|mettre|passe|passez|fixe|fixez) N (?:r[ée]pliques?|r[ée]plicas?|replicas?|instances?|pods?)(?! de plus| supplémentaires?| en plus| pas)(?: au| aux| à| a| pour| sur| de| du| dans)? ([^,.;!?:]+?)(?=\\s*(?:[,.;!?:]|$))",
      'scale $2 to $1 replicas',
    ),
    // lang32: "mais pas avant la démo" (not before) is later.
    w("(?:mais |et )?(?:pas|jamais|surtout pas) avant(?: que| d'| de)?", 'but later on, after'),
    ...countCorrected('(?:non|enfin|euh),? (?:plut[oô]t|enfin)|non|plut[oô]t', {
      un: 1,
      une: 1,
      deux: 2,
      trois: 3,
      quatre: 4,
      cinq: 5,
      six: 6,
      dix: 10,
    }),
    w(
      '(?:ajoute|ajoutez|ajouter|rajoute|rajoutez) N (?:autres? )?(?:r[ée]pliques?|r[ée]plicas?|replicas?|instances?|pods?)(?: de plus| supplémentaires?| en plus)?(?: au| aux| à| a| pour| sur| de| du)?',
      'add $1 replicas to',
    ),
    w(
      '(?:retire|retirez|retirer|enlève|enleve|enlevez|enlever|ôte|ote|supprime|supprimez) N (?:r[ée]pliques?|r[ée]plicas?|replicas?|instances?)(?: de plus| supplémentaires?| en plus)?(?: au| aux| à| a| de| du| sur)?',
      'remove $1 replicas from',
    ),
    w("(?:un |1 )?pod (?:au hasard|pris au hasard|al[ée]atoire|quelconque|random)|(?:un |1 )?n'importe quel pod", 'a random pod'),
    [/(?<![\p{L}])combien (?:nous |me |vous )?(?:co[uû]te|co[uû]tent) ([^?.!]*?)(?=\s*[?.!]|$)/giu, 'how much did $1 cost'],
    [
      /(?<![\p{L}])combien (?:(?:est-ce qu')?on a|avons-nous|a-t-on|nous avons|vous avez|avez-vous) d[ée]pens[ée](?![\p{L}])/giu,
      'how much did we spend',
    ],
    // Red-team round 28: after dinner, in a while, taken back ('enfin non', 'pas la peine'), a correction ('ou plutôt'), 'seulement',
    // conditions ('dès que', 'chaque fois que'), a negated change to N ('ne le réduis pas à 2').
    w(
      "apr[eè]s (?:le )?(?:d[iî]ner|souper|repas)|dans un (?:moment|instant)|tout à l'heure|d'ici peu|un peu plus tard",
      'later on',
    ),
    w(
      `(?:enfin|bon|ah|euh|bof),? non${END}|(?:c'est |ce n'est )?pas la peine|laisse(?:z)? tomber|oublie(?:z)?(?: [çc]a)?${END}|tant pis${END}`,
      'never mind',
    ),
    w('ou plut[oô]t|ou mieux|je veux dire', 'I mean'),
    w('seulement|uniquement', 'only'),
    w('(\\p{L}+)-(?:le|la|les|lui)', '$1 it'),
    w('apr[eè]s (?:le |la )?(?:d[ée]ploiement|mise en prod(?:uction)?)', 'after the deploy'),
    w('aussit[oô]t que|chaque fois que|à chaque fois que', 'if'),
    w(
      'ne (?:le |la |les |lui )?(r[ée]duis|baisse|diminue|descends|augmente|monte)(?: (?:le|la|les|lui))? (?:pas|jamais)',
      "don't $1",
    ),
    w('r[ée]duis|r[ée]duire|baisse|diminue|descends', 'reduce'),
    // Red-team round 27: memory, CPU and cores beside their verb ("double la mémoire", "donne 2 cœurs de plus"),
    // halved counts ("divise par deux"), later times (après le déjeuner, après le boulot, après la réunion, dans une
    // heure et demie), taken back ("non, rien", "finalement non"), conditions ("au cas où", "si jamais"), "mais …"
    // after an English request, and a count taken away that is negated ("ne retire pas 2 répliques").
    ...resources('mémoire|memoire|ram', 'cpus?|vcpus?|processeurs?', 'c(?:œ|oe)urs?'),
    w('augmente|augmenter|augmentez', 'increase'),
    w('réduis|réduire|réduisez|reduis|diminue|diminuer|diminuez|baisse|baisser|baissez', 'reduce'),
    w('donne|donner|donnez', 'give'),
    w('(?:retire|retirez|enlève|enleve|enlevez)(?= (?:\\d+ )?(?:cpu|memory))', 'remove'),
    w('divise(?:z)? par (?:deux|2)|(?:réduis|diminue|baisse) de moitié', 'halve'),
    w('apr[eè]s (?:le )?(?:déjeuner|dejeuner|manger|repas)|apr[eè]s (?:la )?pause (?:de midi|déj|dej)', 'after lunch'),
    w('apr[eè]s (?:le )?(?:boulot|travail|taf)|apr[eè]s (?:les )?heures de bureau|en fin de journée', 'after hours'),
    w('apr[eè]s (?:la )?(?:réunion|reunion)|apr[eè]s (?:le )?(?:meeting|point|stand-?up|daily)', 'later, after the meeting'),
    w('dans (?:une|1) heure et demie|dans 1 ?h ?30', 'in 90 minutes'),
    w('dans (?:une )?demi-heure|dans une demi heure', 'in 30 minutes'),
    w(
      `(?:(?:ah|oh|bon|euh|non),? )?(?:non,? rien|finalement non|en fait non|plutôt (?:pas|non)|mieux vaut pas|laisse|c'est bon,? (?:pas besoin|laisse))${END}`,
      'never mind',
    ),
    w('au cas où|au cas ou|en cas de|si jamais|pour le cas où', 'in case'),
    w(
      "(?:ne |n')(?:retire|retirez|enlève|enleve|enlevez|supprime) (?:pas|jamais) N (?:r[eé]pliques?|instances?)(?: de plus| supplémentaires)?(?: au| à| a| de)?",
      "don't remove $1 replicas of",
    ),
    w('non,? attends|attends', 'no, wait'),
    w('non', 'no'),
    w('mais', 'but'),
    w('fais|faites', 'do'),
    // Red-team round 25: conditions, "dans deux heures", taken back ("laisse tomber"), counts taken away.
    w('laisse tomber|laisse courir|oublie(?: ça| ca)?|tant pis', 'never mind'),
    w('si|quand|lorsque|dès que|des que|une fois que', 'if'),
    w('(?:sera|est|soit|aura) (?:terminée?s?|finie?s?|fini)', 'is done'),
    ...inWords(
      'dans ',
      { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, dix: 10, vingt: 20, trente: 30 },
      'heures?',
      'minutes?',
    ),
    w(
      '(?:retire|retirez|enlève|enleve|enlevez|supprime) N (?:r[eé]pliques?|instances?)(?: de plus| supplémentaires)?(?: au| à| a| de)?',
      'remove $1 replicas of',
    ),
    // Not now, no need, none, let's not: "pas aujourd'hui", "pas besoin de", "aucun rollback", "ne … pas" with "-ons".
    w(
      "(?:mais )?pas (?:aujourd'hui|maintenant|tout de suite|ce jour)|aujourd'hui non|(?:mais )?pas pour (?:l'instant|le moment)",
      'later on',
    ),
    w("(?:il n'y a )?pas besoin de|inutile de|(?:tu n'as|vous n'avez) pas besoin de|(?:il )?ne faut pas", 'no need to'),
    w('aucun|aucune', 'no'),
    w('redémarrons|relançons', 'restart'),
    w('supprimons', 'delete'),
    w('revenons en arrière', 'roll back'),
    w('annulons', 'abort'),
    // Parts of the day, hours, the weekend: "cet après-midi", "à 18h", "à minuit", "dans une heure", "ce week-end".
    w("(?:cet |l'|dans l')apr[eè]s-midi", 'this afternoon'),
    w('(?:à )?minuit', 'at midnight'),
    w('(?:à )?midi', 'at noon'),
    w('(?:à|vers) N ?h(?:\\d\\d)?|(?:à|vers) N heures?', 'at $1:00'),
    w('dans (?:une|1) heure|dans une petite heure', 'in an hour'),
    w('dans une demi-heure', 'in 30 minutes'),
    w('dans N (minutes?|heures?)', 'in $1 $2'),
    w('(?:ce |le )?week-end|(?:ce )?weekend', 'this weekend'),
    // Relative counts: "2 réplicas de plus", "N supplémentaires", "double".
    w('(?:à |de )?N (?:répliques?|réplicas?|instances?|pods?) (?:de plus|supplémentaires?|en plus)', 'by $1 more replicas'),
    w('(?:une|1) (?:réplique|réplica|instance) (?:de plus|supplémentaire|en plus)', 'by 1 more replicas'),
    w('double|doubler|doublez', 'double'),
    // Later: "demain matin", "ce soir", "plus tard", "dans 10 minutes", "après le déploiement", "lundi".
    w('après-demain|apres-demain', 'the day after tomorrow'),
    w('demain', 'tomorrow'),
    w('ce soir|cette nuit', 'tonight'),
    w("plus tard|tout à l'heure", 'later on'),
    w("apr[eè]s (?:le |la |l')(\\p{L}+)", 'after the $1'),
    w('(?:la )?semaine prochaine', 'next week'),
    ...weekdays(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'], '', '(?: prochain)?'),
    w('matin', 'morning'),
    w('pas encore', 'not yet'),
    [/(?<![\p{L}])(arrête|arrêter|arrete|arrêtez)(?![\p{L}])/giu, 'stop'],
    [/(?<![\p{L}])(annule|annuler|annulez)(?![\p{L}])/giu, 'abort'],
    [/(?<![\p{L}])l'(expérience|experience)(?![\p{L}])/giu, 'the experiment'],
    [/(?<![\p{L}])(c'est cassé|c'est casse)(?![\p{L}])/giu, 'it is broken'],
    [/(?<![\p{L}])combien (a|ont) (coûté|couté|coute|coûte)(?![\p{L}])/giu, 'how much did cost'],
    // "combien ça a coûté hier, le namespace production ?": what it cost, said with "ça" (blind167).
    [
      /(?<![\p{L}])combien (?:ça|ca|cela) (?:nous |m'|me |vous )?(?:a |a-t-il )?(?:coûté|couté|coute|coûte)(?![\p{L}])/giu,
      'how much did cost',
    ],
    [/(?<![\p{L}])tout ce qui (tourne|est déployé|roule)(?![\p{L}])/giu, 'what is running'],
    // "les logs des 10 dernières minutes": the last 10 minutes.
    [
      /(?<![\p{L}])(?:des |les |aux )?(\d+) (?:dernières|derniers|dernieres) (minutes|heures|lignes|secondes)(?![\p{L}])/giu,
      'last $1 $2',
    ],
    w('(?:les |des )?N (?:derniers|dernières) jours', 'last $1 days'),
    w('ce mois-ci|ce mois|le mois en cours', 'this month'),
    w('(?:le )?mois dernier|(?:le )?mois passé', 'last month'),
    w('cette semaine', 'this week'),
    // "passe web à 9 réplicas", "mets le worker à 3": a count set.
    [/(?<![\p{L}])(?:passe|passer|mets|mettre|monte|descends) (.+?) à (\d+)(?![\p{L}])/giu, 'scale $1 to $2'],
    w('niveau N', 'level $1'),
    w('lance|lancer|lancez|démarre', 'run'),
    w('déploie|déployer|déployez', 'deploy'),
    w('jours|jour', 'days'),
    w('crée|créer|créez', 'create'),
    w('nommé|nommée|appelé|appelée', 'named'),
    w("avec l'image|avec image", 'with image'),
    w('latence|délai', 'latency'),
    w('perte de paquets', 'packet loss'),
    w('tue|tuer', 'kill'),
    w('réessaie|réessayer|réessayez', 'retry'),
    w('promeus|promouvoir|promeut|promouvez', 'promote'),
    w("complètement|entièrement|jusqu'au bout|à 100%", 'fully'),
    w("(?:d')?une étape|(?:à )?l'étape suivante", 'one step'),
    w('(?:à )?la révision N', 'to revision $1'),
    w('(?:à )?la version précédente', 'to the previous version'),
    w('reviens|revenir|reviens en arrière|restaure', 'roll back'),
    w('décris|décrire', 'describe'),
    w('ajoute N', 'add $1 more'),
    w('(?:les )?N plus chers', 'top $1'),
    w('par', 'by'),
    w('expériences', 'experiments'),
    w('avec', 'with'),
    w('sur', 'on'),
    w('un|une', 'a'),
    [/(?<![\p{L}])heures(?![\p{L}])/giu, 'hours'],
    [/(?<![\p{L}])secondes(?![\p{L}])/giu, 'seconds'],
    [/(?<![\p{L}])(bonjour|salut|coucou)(?![\p{L}])/giu, 'hi'],
    // "ne redémarre pas l'api": a negation around the verb.
    [/(?<![\p{L}])n(?:e |')(\S+) (pas|jamais|plus)(?![\p{L}])/giu, "don't $1"],
    [/(?<![\p{L}])ne (pas|jamais|plus)(?![\p{L}])/giu, "don't"],
    // Spoken French drops the "ne": "redémarre pas l'api".
    [/(^|[,.;!:]\s*)(\p{L}+) (?:pas|jamais)(?![\p{L}])/giu, "$1don't $2"],
    [/(?<![\p{L}])(ignore|ignorez|ignorer|oublie|oubliez)(?![\p{L}])/giu, 'ignore'],
    [/(?<![\p{L}])(consignes|règles|regles)(?![\p{L}])/giu, 'rules'],
    [/(?<![\p{L}])(précédentes|precedentes|précédents|antérieures)(?![\p{L}])/giu, 'previous'],
    [/(?<![\p{L}])(toutes|tous|tout)(?![\p{L}])/giu, 'all'],
    [/(?<![\p{L}])(peux-tu|peux tu|pouvez-vous|pouvez vous|tu peux|vous pouvez)(?![\p{L}])/giu, 'can you'],
    [/(?<![\p{L}])(redémarre|redémarrer|redemarre|redemarrer|relance|relancer)(?![\p{L}])/giu, 'restart'],
    [/(?<![\p{L}])(mets|mettre|met) en pause(?![\p{L}])/giu, 'pause'],
    [/(?<![\p{L}])(annule|annuler|interromps|interrompre)(?![\p{L}])/giu, 'abort'],
    [/(?<![\p{L}])(je voudrais|j'aimerais|je veux)(?![\p{L}])/giu, 'i want to'],
    [/(?<![\p{L}])(déploiement|deploiement)(?![\p{L}])/giu, 'rollout'],
    [/(?<![\p{L}])(mets|mettre|passe|passer) (.+?) à l'échelle(?![\p{L}])/giu, 'scale $2'],
    [/(?<![\p{L}])(montre-moi|montre moi|montre|affiche|afficher)(?![\p{L}])/giu, 'show'],
    [/(?<![\p{L}])(supprime|supprimer)(?![\p{L}])/giu, 'delete'],
    [/(?<![\p{L}])(annule|annuler)(?![\p{L}])/giu, 'abort'],
    [/(?<![\p{L}])(s'il te plaît|s'il vous plaît|s'il te plait|s'il vous plait|stp|svp)(?![\p{L}])/giu, 'please'],
    [/(?<![\p{L}])(les|le|la|l')(?![\p{L}])/giu, 'the '],
    [/(?<![\p{L}])journaux(?![\p{L}])/giu, 'logs'],
    [/(?<![\p{L}])(de|du|des|d')(?![\p{L}])/giu, 'of '],
    [/(?<![\p{L}])(dans|en)(?![\p{L}])/giu, 'in'],
    [new RegExp(`(?<![\\p{L}])à ${NUM}(?![\\p{L}])`, 'giu'), 'to $1'],
    [/(?<![\p{L}])(répliques|replicas|réplicas|instances)(?![\p{L}])/giu, 'replicas'],
    [/(?<![\p{L}])semaine dernière(?![\p{L}])/giu, 'last week'],
    [/(?<![\p{L}])(dernières|derniers|dernière)(?![\p{L}])/giu, 'last'],
    [/(?<![\p{L}])lignes(?![\p{L}])/giu, 'lines'],
    [/(?<![\p{L}])(coût|coûts|cout|couts)(?![\p{L}])/giu, 'cost'],
    [/(?<![\p{L}])hier(?![\p{L}])/giu, 'yesterday'],
    [/(?<![\p{L}])aujourd'hui(?![\p{L}])/giu, 'today'],
    [/(?<![\p{L}])et(?![\p{L}])/giu, 'and'],
    [/(?<![\p{L}])(pour|pendant)(?![\p{L}])/giu, 'for'],
  ],
};

const ITALIAN: Table = {
  markers:
    /(?<![\p{L}\p{N}_-])(raddoppia|raddoppiare|aiuto|sai|ignora|ignorate|istruzioni|precedenti|costi|costi|ieri|oggi|non|puoi|fai|fare|fate|facciamo|potresti|mostrami|mostra|riavvia|riavviare|repliche|produzione|aumenta|diminuisci|ultime|righe|grazie|per favore|di|le|il|della|delle|costato|costata|giorni|ultimi|negli|riprova|ritenta|aggiorna|immagine|l'immagine|annulla|interrompi|promuovi|completamente|ferma|chiamato|esperimenti|latenza|pacchetti|settimana|mese|scorso|scorsa|questo|questa|nel|nella|sul|sulla|uccidi|elenca|descrivi|revisione|scala|scalare|domani|domattina|stasera|tardi|dopo|tra|fra|prossima|lunedì|martedì|mercoledì|giovedì|venerdì|nessun|nessuna|nessuno|aggiungi|altre|aggiuntive|pomeriggio|dopodomani|stamattina|sera|mezzanotte|mezzogiorno|alle|raddoppia|più|la|memoria|dimezza|riduci|abbassa|alza|togli|tolgo|togliere|pranzo|riunione|mezz'ora|mezza|anzi|niente|caso|casomai|qualora|ma|aspetta|cena|po|poco|tardi|breve|attimo|lascia|stare|perdere|importa|meglio|cioè|appena|ogni|ridurre|ridurlo|riduci|abbassare|abbassa|dopo|quanto|speso|spendiamo|costa|costano|abbiamo|togli|rimuovi|caso|casuale|qualsiasi|una replica|dal|dalla|alla|allo|(?<=(?:aggiungi|aggiungete|togli|rimuovi|leva|metti|mettete|imposta) (?:altre |altra )?(?:\d+|una|un|uno|due|tre|quattro|cinque) )(?:replica|istanza))(?![\p{L}\p{N}_-])/giu,
  phrases: [
    // "Ignora le istruzioni precedenti …", "raddoppia i worker", "aiuto, cosa sai fare?" (blind173).
    w('ignora(?:te)? (?:le |tutte le )?(?:istruzioni|regole) precedenti', 'ignore previous instructions'),
    w('raddoppia(?:re)?(?: i| il| lo| la| gli| le)?', 'double'),
    w('(?:aiuto,? )?cosa sai fare|cosa puoi fare', 'what can you do'),
    w('aiuto', 'help'),
    // A count in words before replicas, a count added or taken away, a random pod and what was spent (lang31):
    // "togli una replica a web", "uccidi un pod a caso di api", "quanto abbiamo speso ieri in production?".
    ...countWords(
      { un: 1, una: 1, uno: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10 },
      'repliche|replica|istanze|istanza',
      '(?:altre |altra )?',
    ),
    // "Ciao, puoi …": a greeting, not a colleague's name; "… in staging, anzi no, in production": a correction.
    w('ciao', 'hi'),
    w('anzi,? no|anzi', 'actually no'),
    // "puoi fare restart del worker?", "fate solo promote del checkout": an English verb after "fare" is the verb.
    w(
      '(?:fai|fare|fate|facciamo|faccio)(?: (?:un|il|lo|una))? (restart|rollback|promote|scale|pause|abort|retry|redeploy|bounce)',
      '$1',
    ),
    // lang32: "ma non prima della demo" (not before) is later.
    w("(?:ma |però )?(?:non|mai) prima (?:della|dello|delle|degli|dei|del|di|che|d')", 'but later on, after'),
    ...countCorrected('no|anzi|cioè|cioe', { una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, dieci: 10 }),
    // lang32: "metti 3 repliche al web" sets the count (not 3 more; "metti altre 2 repliche" adds).
    w(
      '(?<!non (?:(?:gli|le|lo|la|ci) )?)(?:metti|mettete|mettiamo|imposta|impostate) N (?:repliche|replica|istanze|istanza|pod)(?! in più| aggiuntiv\\p{L}*| extra)(?: al| alla| allo| a| ad| per| su| sul| sulla| di| del| della| nel| nella)? ([^,.;!?:]+?)(?=\\s*(?:[,.;!?:]|$))',
      'scale $2 to $1 replicas',
    ),
    w(
      '(?<!non (?:(?:gli|le|lo|la|ci) )?)(?:aggiungi|aggiungere|aggiungete|metti) (?:altre |altra )?N (?:repliche|replica|istanze|istanza|pod)(?: in più| aggiuntive)?(?: al| alla| allo| a| ad| per| su| sul| di)?',
      'add $1 replicas to',
    ),
    w(
      '(?<!non (?:(?:gli|le|lo|la|ci) )?)(?:togli|togliere|rimuovi|rimuovere|leva|levare|elimina|riduci) (?:altre |altra )?N (?:repliche|replica|istanze|istanza)(?: in più)?(?: al| alla| allo| a| ad| di| del| dal| dalla| da| su| sul)?',
      'take $1 replicas away from',
    ),
    w('(?:un )?pod (?:a caso|casuale|qualsiasi|qualunque|random)|(?:un )?pod scelto a caso', 'any pod at random'),
    [
      /(?<![\p{L}])quanto (?:abbiamo|avete|hanno|ha|hai|ho|si è|si e|ci è|ci e) (?:speso|pagato)(?![\p{L}])/giu,
      'how much did we spend',
    ],
    [/(?<![\p{L}])quanto (?:spendiamo|paghiamo)(?![\p{L}])/giu, 'how much did we spend'],
    [/(?<![\p{L}])quanto (?:ci |mi )?(?:costa|costano|(?:è|e|sono) costat[oaie])(?![\p{L}])/giu, 'how much did cost'],
    w('(riduci|diminuisci|abbassa|aumenta|alza) ([^,.;!?:]+?) di N (?:repliche|replica|istanze|istanza)', '$1 $2 by $3 replicas'),
    // Red-team round 28: after dinner, in a while, taken back ('lascia stare', 'meglio di no'), a correction ('o meglio'), conditions
    // ('non appena', 'ogni volta che'), a negated change to N ('non ridurlo a 2').
    w("dopo (?:la )?cena|(?:tra|fra) (?:un po'?|poco|un attimo)|a breve|pi[uù] tardi", 'later on'),
    w(`lascia (?:stare|perdere)|non importa|meglio di no|non serve(?: pi[uù])?${END}|dimenticalo`, 'never mind'),
    w('o meglio|volevo dire|cio[eè]', 'I mean'),
    w('non appena|appena|ogni volta che|nel momento in cui', 'if'),
    w('(riavvia|scala|elimina|cancella|ferma|ridimensiona)(?:lo|la|li|le)', '$1 it'),
    w('non (ridurre|ridurlo|abbassare|abbassarlo|diminuire|aumentare|scalare)', "don't $1"),
    w('ridurre|ridurlo|riduci|abbassa|abbassare|abbassarlo|diminuisci|diminuire', 'reduce'),
    // Red-team round 27: memory, CPU and cores beside their verb ("raddoppia la memoria", "dai 2 core in più"),
    // later times (dopo pranzo, dopo il lavoro, dopo la riunione, tra un'ora e mezza), taken back ("anzi no", "come
    // non detto"), conditions ("nel caso", "casomai", "qualora"), and counts taken away negated or asked ("tolgo 2
    // repliche al web?").
    ...resources('memoria|ram', 'cpus?|vcpus?|processor[ei]', 'core|nuclei|nucleo'),
    w('(?:aumenta|alza|incrementa)(?! di )', 'increase'),
    w('(?:riduci|abbassa|diminuisci)(?! di )', 'reduce'),
    w('dai(?= [^,.;!?]*(?:memory|cpu))', 'give'),
    w('(?:imposta|metti|porta)(?= [^,.;!?]*(?:memory|cpu))', 'set'),
    w('dimezza|dimezzare|dividi per due', 'halve'),
    w('dopo (?:il )?pranzo|dopo mangiato|dopo (?:la )?pausa pranzo', 'after lunch'),
    w("dopo (?:il )?lavoro|a fine giornata|dopo l'ufficio|fuori orario", 'after hours'),
    w('dopo (?:la )?riunione|dopo (?:il )?meeting', 'later, after the meeting'),
    w("(?:tra|fra) (?:un'ora|un ora|1 ora) e mezz[ao]|(?:tra|fra) un'ora e mezz[ao]", 'in 90 minutes'),
    w("(?:tra|fra) (?:mezz'ora|mezz ora|mezzora|mezza ora)", 'in 30 minutes'),
    w(
      `(?:(?:ah|oh|no|beh),? )?(?:anzi no|come non detto|fa niente|niente|lascia|meglio di no|lasciamo stare)${END}`,
      'never mind',
    ),
    w('nel caso(?: in cui| che)?|in caso(?: di| che)?|casomai|qualora|semmai|se mai', 'in case'),
    w('no,? aspetta|aspetta', 'no, wait'),
    w('ma', 'but'),
    w(
      '(?:gli |le )?(?:tolgo|rimuovo|levo) (?:altre )?N (?:repliche|replica|istanze|istanza)(?: in più)?(?: al| a| di| dal)?',
      'should we remove $1 replicas of',
    ),
    w(
      'non (?:togliere|rimuovere|levare|togli|rimuovi|leva) (?:altre )?N (?:repliche|replica|istanze|istanza)(?: in più)?(?: al| a| di| dal)?',
      "don't remove $1 replicas of",
    ),
    // Red-team round 25: conditions, "tra due ore", taken back ("lascia perdere"), counts taken away.
    w('lascia perdere|lascia stare|lasciamo perdere|dimenticalo|non importa', 'never mind'),
    w('se|quando', 'if'),
    ...inWords(
      '(?:tra|fra) ',
      { un: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, dieci: 10, venti: 20, trenta: 30 },
      'ore|ora',
      'minuti|minuto',
    ),
    w(
      '(?:togli|rimuovi|leva) (?:altre |altra )?N (?:repliche|replica|istanze|istanza)(?: in più)?(?: al| a| di| dal)?',
      'remove $1 replicas of',
    ),
    // Not now, no need, none: "non oggi", "non ora", "non serve", "nessun rollback".
    w('(?:ma )?non (?:oggi|ora|adesso|subito)|(?:ma )?(?:oggi|ora|adesso) no', 'later on'),
    w("non (?:serve|occorre|è necessario|c'è bisogno di)", 'no need to'),
    w('nessun|nessuna|nessuno', 'no'),
    // Parts of the day, hours, the weekend: "oggi pomeriggio", "alle 18", "a mezzanotte", "fra un'ora".
    w('(?:oggi |questo |nel )?pomeriggio', 'this afternoon'),
    w('(?:a )?mezzanotte', 'at midnight'),
    w('(?:a )?mezzogiorno', 'at noon'),
    w('(?:alle|verso le) N(?::\\d\\d)?', 'at $1:00'),
    w("(?:tra|fra) (?:un'ora|un ora|1 ora)", 'in an hour'),
    w("(?:tra|fra) mezz'ora", 'in 30 minutes'),
    w('(?:questo |nel |il )?(?:fine settimana|weekend)', 'this weekend'),
    // Relative counts: "2 repliche in più", "altre 2 repliche", "raddoppia".
    w('(?:a |di )?N (?:repliche|istanze|pod) in più|N (?:repliche|istanze) aggiuntive', 'by $1$2 more replicas'),
    w('altre N (?:repliche|istanze)', '$1 more replicas'),
    w('aggiungi|aggiungere', 'add'),
    w('raddoppia|raddoppiare', 'double'),
    [/(?<![\p{L}])non (?=\p{L})/giu, "don't "],
    w('mai', 'never'),
    // Later: "domattina", "stasera", "più tardi", "tra 10 minuti", "dopo il deploy", "la prossima settimana", "lunedì".
    w('domattina|domani mattina', 'tomorrow morning'),
    w('dopodomani', 'the day after tomorrow'),
    w('domani(?: sera)?', 'tomorrow'),
    w('stasera|stanotte|questa sera', 'tonight'),
    w("dopo (?:il |la |lo |l')(\\p{L}+)", 'after the $1'),
    w('e (?:dopo|poi)', 'and then'),
    w('più tardi|piu tardi|dopo', 'later on'),
    w('(?:tra|fra) N', 'in $1'),
    w('(?:la )?prossima settimana|(?:la )?settimana prossima', 'next week'),
    ...weekdays(
      ['luned[iì]', 'marted[iì]', 'mercoled[iì]', 'gioved[iì]', 'venerd[iì]', 'sabato', 'domenica'],
      '',
      '(?: prossim[oa])?',
    ),
    w('quanto (?:è|e|sono|ha|hanno) costat[oaie]', 'how much did cost'),
    w('negli|nelle|nei', 'in the'),
    w('(?:gli |le |i )?(?:ultimi|ultime) N', 'last $1'),
    ...units('ore', 'minuti|minuto', 'secondi|secondo', 'giorni|giorno', 'righe|riga'),
    w('questo mese', 'this month'),
    w('(?:il )?mese scorso', 'last month'),
    w('questa settimana', 'this week'),
    w('riprova|riprovare|ritenta', 'retry'),
    w("aggiorna l'immagine|cambia l'immagine", 'set the image'),
    w("l'immagine|immagine", 'image'),
    w("con l'immagine", 'with image'),
    w('annulla|interrompi', 'abort'),
    w('metti in pausa|pausa', 'pause'),
    w('promuovi|promuovere', 'promote'),
    w('completamente|fino in fondo|del tutto', 'fully'),
    w('(?:di )?un passo', 'one step'),
    w('elimina|cancella', 'delete'),
    w('ferma|arresta', 'stop'),
    w('crea', 'create'),
    w('chiamato|chiamata|di nome', 'named'),
    w('porta', 'port'),
    w('esperimenti', 'experiments'),
    w('latenza|ritardo', 'latency'),
    w('perdita di pacchetti', 'packet loss'),
    w('uccidi', 'kill'),
    w('(?:i )?N più costosi', 'top $1'),
    w('(?:alla )?revisione N', 'to revision $1'),
    w('(?:alla )?versione precedente', 'to the previous version'),
    w('torna indietro|ripristina', 'roll back'),
    w('descrivi', 'describe'),
    w('elenca', 'list'),
    w('a', 'to'),
    w('nel|nella|sul|sulla', 'in'),
    w('con', 'with'),
    w('e', 'and'),
    [/(?<![\p{L}])(puoi|potresti)(?![\p{L}])/giu, 'can you'],
    [/(?<![\p{L}])(mostrami|mostra|fammi vedere)(?![\p{L}])/giu, 'show me'],
    [/(?<![\p{L}])(riavvia|riavviare)(?![\p{L}])/giu, 'restart'],
    [/(?<![\p{L}])aumenta di (\d+|due|tre|uno|quattro)(?![\p{L}])/giu, 'add $1'],
    [/(?<![\p{L}])diminuisci di (\d+|due|tre|uno|quattro)(?![\p{L}])/giu, 'reduce by $1'],
    [/(?<![\p{L}])(scala|scalare)(?![\p{L}])/giu, 'scale'],
    [/(?<![\p{L}])(repliche)(?![\p{L}])/giu, 'replicas'],
    [/(?<![\p{L}])produzione(?![\p{L}])/giu, 'production'],
    [/(?<![\p{L}])(ultime|ultimi)(?![\p{L}])/giu, 'last'],
    [/(?<![\p{L}])righe(?![\p{L}])/giu, 'lines'],
    [/(?<![\p{L}])(costi|costo)(?![\p{L}])/giu, 'cost'],
    [/(?<![\p{L}])ieri(?![\p{L}])/giu, 'yesterday'],
    [/(?<![\p{L}])oggi(?![\p{L}])/giu, 'today'],
    [/(?<![\p{L}])(settimana scorsa)(?![\p{L}])/giu, 'last week'],
    [/(?<![\p{L}])(per favore|grazie)(?![\p{L}])/giu, 'please'],
    [/(?<![\p{L}])uno(?![\p{L}])/giu, '1'],
    [/(?<![\p{L}])due(?![\p{L}])/giu, '2'],
    [/(?<![\p{L}])tre(?![\p{L}])/giu, '3'],
    [/(?<![\p{L}])(di|della|delle|dei|del)(?![\p{L}])/giu, 'of'],
    [/(?<![\p{L}])(le|il|la|i|gli)(?![\p{L}])/giu, 'the'],
  ],
};

const DUTCH: Table = {
  markers:
    /(?<![\p{L}])(niet|kun|kunt|je|jij|de|het|van|afbreken|herstart|herstarten|laat|zien|hoeveel|kost|ons|deze|maand|tot|nu|toe|alsjeblieft|graag|pauzeer|pauzeren|schaal|volledig|afgelopen|dagen|kostte|productie|promoten|naar|uur|minuten|seconden|regels|gekost|zet|draai|terug|helemaal|revisie|verwijder|verwijderen|toon|geef|laatste|gisteren|vandaag|opnieuw|experimenten|maak|genaamd|poort|welke|draaien|draait|een|alle|stap|volgende|vertraging|pakketverlies|probeer|breek|beschrijf|stoppen|nooit|morgen|vanavond|straks|volgende|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|geen|vanmiddag|middag|middernacht|morgenmiddag|morgenavond|morgenochtend|overmorgen|weekend|extra|hoeft|verdubbel|haal|bij|tegen|geheugen|werkgeheugen|kernen|verhoog|verlaag|halveer|vergadering|werktijd|anderhalf|toch|mocht|geval|maar|nee|wacht|avondeten|eten|meteen|zometeen|straks|tijdje|poosje|liever|bedoel|telkens|wanneer|verlaag|verminder|voeg|aan|twee|drie|willekeurige|uitgegeven|weg)(?![\p{L}])/giu,
  phrases: [
    // A count in words before replicas, a count added or taken away, a random pod and what was spent (lang31): "voeg
    // twee replica's toe aan web", "haal een replica weg bij web", "hoeveel hebben we gisteren uitgegeven?".
    ...countWords(
      { een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10 },
      "replica'?s|replica|instanties?",
      '(?:extra )?',
    ),
    // lang32: "maar niet vóór de demo", "niet eerder dan morgen" (not before) are later.
    w(
      '(?:maar )?niet (?:vóór|eerder dan|voor(?= (?:de|het) (?:demo|release|deploy|lunch|meeting|vergadering|standup|launch|migratie)| morgen| vanavond| \\d))',
      'but not now, only after',
    ),
    ...countCorrected('nee|ik bedoel|of', { een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, tien: 10 }),
    w(
      "(?<!niet )voeg N (?:extra )?(?:replica'?s|replica|instanties?|pods?) (?:extra )?(?:toe (?:aan|bij)|aan|bij) ([^,.;!?:]+?)(?: toe)?(?=\\s*(?:[,.;!?:]|$))",
      'add $1 replicas to $2',
    ),
    w(
      "(?<!niet )voeg ([^,.;!?:]+?) N (?:extra )?(?:replica'?s|replica|instanties?|pods?) (?:extra )?toe",
      'add $2 replicas to $1',
    ),
    // (lang32: pods deleted are no replicas taken away: "verwijder 2 pods van worker" is read as it says, and asked.)
    w(
      "(?<!niet )(?:haal|verwijder|neem) N (?:replica'?s|replica|instanties?) (?:weg )?(?:bij|van) ([^,.;!?:]+?)(?: weg| af)?(?=\\s*(?:[,.;!?:]|$))",
      'take $1 replicas away from $2',
    ),
    w('(?:een )?willekeurige pod|(?:een )?pod naar keuze|(?:een )?random pod', 'a random pod'),
    [
      /(?<![\p{L}])hoeveel (?:hebben we|heb je|hebben jullie|hebben wij) ([^?.!]*?) uitgegeven(?![\p{L}])/giu,
      'how much did we spend $1',
    ],
    [/(?<![\p{L}])wat (?:kost|kosten|kostte|kostten) ([^?.!]*?)(?=\s*[?.!]|$)/giu, 'how much did $1 cost'],
    // Red-team round 28: after dinner, in a while, a correction ('of liever'), conditions ('telkens als'), 'verlaag'.
    w('na het (?:avond)?eten|na het diner|zo meteen|zometeen|straks|over een (?:tijdje|poosje)', 'later on'),
    w(`laat (?:ook )?maar(?: zitten)?${END}|vergeet (?:het|dat)(?: maar)?|hoeft niet${END}`, 'never mind'),
    w('(?:of|nee,?) (?:liever|beter)(?! niet)|ik bedoel', 'I mean'),
    w('telkens (?:als|wanneer)|elke keer (?:als|dat)|wanneer', 'if'),
    w('verlaag|verminder|verlagen', 'reduce'),
    // Red-team round 27: memory, CPU and cores beside their verb ("geef worker 2 extra cores"), later times (na de
    // lunch, na het werk, na de vergadering, over anderhalf uur), taken back ("toch maar niet"), conditions ("mocht",
    // "voor het geval dat").
    ...resources('werkgeheugen|geheugen|ram', "cpu'?s?|vcpu'?s?|processors?", 'kernen|cores?'),
    w('geef(?! me)', 'give'),
    w('verhoog|verhogen|vergroot', 'increase'),
    w('verlaag|verlagen|verminder|verkleinen', 'reduce'),
    w('halveer|halveren', 'halve'),
    w('na de lunch|na het (?:middag)?eten|na de middagpauze', 'after lunch'),
    w('na het werk|na werktijd|na kantoortijd|na sluitingstijd', 'after hours'),
    w('na de (?:vergadering|meeting|stand-?up|bespreking|daily)', 'later, after the meeting'),
    w('over anderhalf uur', 'in 90 minutes'),
    w('over (?:een )?half ?uur', 'in 30 minutes'),
    w(`(?:(?:ach|oh|nee),? )?(?:toch maar niet|toch niet|laat ook maar|liever niet)${END}`, 'never mind'),
    w('voor het geval(?: dat)?|in geval van|ingeval|mocht(?:en)?', 'if'),
    w("(?:haal|verwijder) (?:niet|geen) N (?:extra |meer )?(?:replica'?s|instanties)", "don't remove $1 replicas"),
    w('nee,? wacht|wacht', 'no, wait'),
    w('nee', 'no'),
    w('maar', 'but'),
    w(
      'pas(?= (?:morgen|overmorgen|later|straks|vanavond|na|om|over|volgende|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag))',
      'only',
    ),
    // Red-team round 25: conditions, "tegen de avond", taken back, counts taken away ("haal 2 extra weg").
    w('laat maar(?: zitten)?|vergeet het|laat zitten', 'never mind'),
    w('als|indien|zodra', 'if'),
    w('tegen de avond|(?:in de|tegen) avond', 'in the evening'),
    w('tegen N(?::\\d\\d)? uur', 'at $1:00'),
    ...inWords(
      'over ',
      { een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, tien: 10, twintig: 20, dertig: 30 },
      'uur',
      'minuten?',
    ),
    w("haal N (?:extra |meer |more )?(?:replica'?s|instanties)(?: weg)?(?: bij| van)?", 'remove $1 replicas of'),
    w("verwijder N (?:extra |meer |more )?(?:replica'?s|instanties)(?: bij| van)?", 'remove $1 replicas of'),
    // Not now, no need, none, let's not: "niet vandaag", "nu niet", "hoeft niet", "geen rollback", "laten we … niet".
    w('(?:maar )?niet (?:vandaag|nu|meteen)|(?:maar )?(?:vandaag|nu) niet', 'later on'),
    w('(?:je )?(?:hoeft|hoef je|hoeven) (?:niet|geen)(?: te)?|niet nodig', 'no need to'),
    [/(?<![\p{L}])laten we (.+?) niet (\p{L}+)/giu, "don't $2 $1"],
    w('geen', 'no'),
    // Parts of the day, hours, the weekend: "vanmiddag", "om 18 uur", "om middernacht", "over een uur", "dit weekend".
    w("vanmiddag|(?:'s |in de )middags?", 'this afternoon'),
    w('vanochtend|vanmorgen', 'this morning'),
    w('(?:om )?middernacht', 'at midnight'),
    w('om N(?::\\d\\d)?(?: uur)?', 'at $1:00'),
    w('over (?:een|één|1) uur|over een uurtje', 'in an hour'),
    w('over een half uur', 'in 30 minutes'),
    w('(?:dit |in het |het )?weekend', 'this weekend'),
    // Relative counts: "zet web op 2 extra replica's", "2 replica's erbij", "verdubbel".
    [
      /(?<![\p{L}])zet ([^,.;!?]+?) (?:op|met) (\d+) (?:extra|meer|more) (?:replica's|replicas|pods)(?![\p{L}])/giu,
      'add $2 more replicas to $1',
    ],
    w(
      "N (?:extra |meer |more )?(?:replica's|replicas|pods) (?:erbij|extra)|N (?:extra|more) (?:replica's|replicas|pods)",
      'by $1$2 more replicas',
    ),
    w('verdubbel|verdubbelen', 'double'),
    ...negatedCommand(
      'draai|zet|rol|breek|herstart|schaal|verwijder|stop|pauzeer|probeer|maak|laat|toon|geef|promoot|promote|doe|voer|start|wis|dood|kill',
      'niet|nooit',
      'nog',
    ),
    w('nog niet', 'not yet'),
    w('nooit', 'never'),
    [/(?<![\p{L}])(niet|geen)(?![\p{L}])/giu, 'not'],
    // Later: "morgenochtend", "vanavond", "straks", "over 10 minuten", "na de deploy", "volgende week", "op maandag".
    w('morgen ?ochtend|morgenvroeg|morgen vroeg', 'tomorrow morning'),
    w('overmorgen', 'the day after tomorrow'),
    w('morgen(?: ?avond| ?middag)?', 'tomorrow'),
    w('vanavond|vannacht', 'tonight'),
    w('en (?:daarna|dan|later)', 'and then'),
    w('straks|later|daarna', 'later on'),
    w('over N', 'in $1'),
    w('na (?:de|het) (\\p{L}+)', 'after the $1'),
    w('volgende week|komende week', 'next week'),
    ...weekdays(
      ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
      '(?:op |aanstaande |volgende )?',
    ),
    // A count set: "zet web op 6 replica's", "zet de replica's van web terug naar 6".
    [/(?<![\p{L}])zet ([^,.;!?]+?) (?:terug |weer )?(?:naar|op) (\d+)(?![\d.,%\p{L}])/giu, 'scale $1 to $2'],
    // Separable verbs, their particle at the end of the clause: "draai web terug", "zet de rollout helemaal door",
    // "laat de logs … zien", "breek … af" ("de drukte komt door de actie" is no "zet … door").
    [/(?<![\p{L}])(?:draai|zet|rol|draait) ([^,.;!?]+?) terug(?![\p{L}])/giu, 'roll back $1'],
    [/(?<![\p{L}])terug(?:draaien|zetten|rollen)(?![\p{L}])/giu, 'roll back'],
    [/(?<![\p{L}])zet ([^,.;!?]+?) helemaal door(?![\p{L}])/giu, 'promote $1 fully'],
    [/(?<![\p{L}])zet ([^,.;!?]+?) (?:een stap )?door(?=\s*(?:[,.;!?]|$))/giu, 'promote $1'],
    [/(?<![\p{L}])laat (me |mij )?([^,.;!?]+?) zien(?![\p{L}])/giu, 'show $2'],
    [/(?<![\p{L}])breek ([^,.;!?]+?) af(?![\p{L}])/giu, 'abort $1'],
    [/(?<![\p{L}])probeer ([^,.;!?]+?) opnieuw(?![\p{L}])/giu, 'retry $1'],
    w('opnieuw proberen', 'retry'),
    w('(?:het |de )?(?:afgelopen|laatste|vorige) uur', 'the last hour'),
    w('(?:de )?(?:afgelopen|laatste) N', 'the last $1'),
    ...units('uur|uren', 'minuten|minuut', 'seconden|seconde', 'dagen|dag', 'regels|regel'),
    w('(?:wat|hoeveel) (?:heeft|hebben)', 'how much did'),
    w('vorige maand', 'last month'),
    w('vorige week', 'last week'),
    w('gekost', 'cost'),
    w('(?:de )?N duurste', 'top $1'),
    w('gisteren', 'yesterday'),
    w('vandaag', 'today'),
    w('naar (?:revisie|versie) N', 'to revision $1'),
    w('naar (?:de )?vorige versie', 'to the previous version'),
    w('naar N', 'to $1'),
    w("voeg N (?:replica's |replicas )?toe|N extra", 'add $1$2 more'),
    w('(?:een|één) stap|(?:naar )?de volgende stap', 'one step'),
    w('helemaal|tot 100%|naar 100%', 'fully'),
    w('verwijder|verwijderen|wis', 'delete'),
    w('stop|stoppen|beëindig', 'stop'),
    w('toon|geef (?:me )?|bekijk', 'show'),
    w('beschrijf', 'describe'),
    w('maak (?:een )?(?:nieuwe )?', 'create a '),
    w('genaamd|met de naam', 'named'),
    w('met (?:het )?image', 'with image'),
    w('poort', 'port'),
    w("replica's", 'replicas'),
    w('vertraging|latentie', 'latency'),
    w('pakketverlies', 'packet loss'),
    w('experimenten', 'experiments'),
    w('dood|kill', 'kill'),
    w('welke', 'which'),
    w('draaien|draait|lopen', 'running'),
    w('voor|gedurende', 'for'),
    w('met', 'with'),
    w('een', 'a'),
    w('alle', 'all'),
    w('en', 'and'),
    [/(?<![\p{L}])(kun je|kunt u|kan je)(?![\p{L}])/giu, 'can you'],
    [/(?<![\p{L}])afbreken(?![\p{L}])/giu, 'abort'],
    [/(?<![\p{L}])(herstart|herstarten|opnieuw starten)(?![\p{L}])/giu, 'restart'],
    [/(?<![\p{L}])(pauzeer|pauzeren)(?![\p{L}])/giu, 'pause'],
    [/(?<![\p{L}])(schaal|schalen)(?![\p{L}])/giu, 'scale'],
    [/(?<![\p{L}])laat (me )?zien(?![\p{L}])/giu, 'show me'],
    [/(?<![\p{L}])hoeveel kost(?![\p{L}])/giu, 'how much does cost'],
    [/(?<![\p{L}])deze maand( tot nu toe)?(?![\p{L}])/giu, 'this month'],
    [/(?<![\p{L}])deze week(?![\p{L}])/giu, 'this week'],
    [/(?<![\p{L}])vorige (maand|week)(?![\p{L}])/giu, 'last $1'],
    [/(?<![\p{L}])(alsjeblieft|graag|aub)(?![\p{L}])/giu, 'please'],
    [/(?<![\p{L}])volledig(?![\p{L}])/giu, 'fully'],
    [/(?<![\p{L}])(de )?afgelopen (\d+) dagen(?![\p{L}])/giu, 'the last $2 days'],
    [/(?<![\p{L}])(kostte|kosten)(?![\p{L}])/giu, 'cost'],
    [/(?<![\p{L}])productie(?![\p{L}])/giu, 'production'],
    [/(?<![\p{L}])promoten(?![\p{L}])/giu, 'promote'],
    [/(?<![\p{L}])(de|het)(?![\p{L}])/giu, 'the'],
    [/(?<![\p{L}])van(?![\p{L}])/giu, 'of'],
    [/(?<![\p{L}])ons(?![\p{L}])/giu, 'us'],
    [/(?<![\p{L}])het foutpercentage loopt op(?![\p{L}])/giu, 'the error rate is climbing'],
  ],
};

/** Japanese, Chinese and Korean, with names in Latin letters: the words of the catalog, each as its own word. */
const CJK_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;
/** The message has words in Japanese, Chinese or Korean script (which the English reader drops). */
export const inCjkScript = (text: string) => CJK_SCRIPT.test(text);
/**
 * The ending of a Japanese or Korean verb after a count or a random pod, up to "안 돼"/"않아도"/"마" after a space
 * (lang32: the count and random-pod rules took any ending, and "増やさないで", "削除しないでください", "줄이면 안 돼",
 * "줄이지 않아도 돼", "増やしました", "減らしたらどうなる" were read as asked).
 */
const ENDING = String.raw`(\p{L}*(?:\s?(?:안\s?(?:돼|되|됩)|않아도|마(?![\p{L}])|말(?:아|라|고)?(?![\p{L}]))\p{L}*)?)`;
/** The action as the verb's ending has it: not to be done, no need, a condition, done already, or asked for. */
function asked(action: string, ending: string): string {
  if (/なくて(?:も)?\s*(?:いい|良い|大丈夫|構わ)|必要(?:は|が)?(?:ない|ありません)|않아도|필요\s?없/u.test(ending))
    return `no need to ${action}`;
  if (
    /ないで|ないよう|なくて|(?:る|す)な$|ちゃ(?:だめ|ダメ)|ては(?:いけ|だめ|ダメ)|ません(?!か)|면\s?안|지\s?(?:마|말)/u.test(
      ending,
    )
  )
    return `don't ${action}`;
  if (/たら|れば|면$/u.test(ending)) return `if we ${action},`;
  if (/ました|[しさっいん]た(?![らいく])|[었았였했됐렸뺐앴]/u.test(ending)) return `${action} was already done`;
  if (/ますか|ましょうか|べき|까|나요/u.test(ending)) return `should we ${action}?`;
  return action;
}
/** A rule whose action depends on the verb's ending, the last group of `re` (ENDING). */
const byEnding = (re: RegExp, action: string): [RegExp, (...m: string[]) => string] => [
  re,
  (...m: string[]) => {
    const groups = m.slice(1, -2);
    // (Of a rule with two ways to say it, the ending of the way that matched.)
    const ending = groups.findLast((g) => g !== undefined) ?? '';
    const filled = action.replace(/\$(\d)/g, (_, i) => groups[Number(i) - 1] ?? '');
    return asked(filled, ending);
  },
];

const CJK: [RegExp, string | ((...m: string[]) => string)][] = [
  // Red-team round 28: after dinner, in a while, not now, wait and no at a clause's end, taken back (그만두자,
  // やっぱ待って), conditions ('一挂就', '죽을 때', 'たびに', '每当').
  [
    /晚饭(?:以|之)?后|吃完晚饭|晚餐(?:以|之)?后|夕(?:食|飯)(?:の)?後|晩(?:ご飯|ごはん)(?:の)?後|저녁\s?(?:먹고|식사\s?(?:후|뒤)에?)|过一会儿?|一会儿|等会儿?|待会儿?|回头再说|しばらくしたら|少ししたら|좀\s?있다가|잠시\s?(?:후|뒤)에?|今じゃな(?:い|くて)|지금\s?말고|지금은\s?안/gu,
    'later on',
  ],
  [/(?:いや、?\s*)?やっぱ(?:り)?待って|그만두자|그만둬|그만하자|관두자|관둬|하지\s?말자|没事了|別了|别了/gu, 'never mind'],
  [
    /(?:ちょっと)?待って(?=\s*(?:[,.!…。、！]|$))|等一下(?=\s*(?:[,.!…。，！]|$))|等等(?=\s*(?:[,.!…。，！]|$))|잠깐(?:만)?(?=\s*(?:[,.!…]|$))|기다려(?=\s*(?:[,.!…]|$))/gu,
    'no, wait',
  ],
  // At the message's end, "no" alone holds the request back ("restart web, 아니").
  [/(?:(?<![\u3400-\u9fff])不|いいえ|(?<![\u3040-\u30ff])いや|(?<![\uac00-\ud7af])아니(?:요|야)?)(?=[\s.!。！]*$)/gu, 'no, wait'],
  [
    /(?<![\u3400-\u9fff])不(?=\s*(?:[,.!。，！]|$))|いいえ|(?<![\u3040-\u30ff])いや(?=\s*(?:[,.!。、！]|$))|(?<![\uac00-\ud7af])아니(?:요|야)?(?=\s*(?:[,.!]|$))/gu,
    ', no,',
  ],
  [/一([\u3400-\u9fff]{1,3}?)就/gu, 'if $1'],
  [/每当|每次|只要|たびに|度に|とたん(?:に)?|次第/gu, 'if'],
  [/(?<=[\uac00-\ud7af])\s?때(?:마다|에는|에|는)?(?![\uac00-\ud7af])/gu, 'if'],
  [/挂了?|宕机|崩了|崩溃|죽을|다운될/gu, 'goes down'],
  // Negations, conditions, times, someone's words and instructions to ignore: read first, so they are never lost.
  [/忽略|無視|무시/gu, 'ignore'],
  // "재시작 안 해도 돼": no need to (red-team round 25), before "해도 돼?" asks whether it is ok.
  [/안\s?해도\s?(?:돼|됩니다|된다|괜찮아)\p{L}*/gu, 'never mind'],
  // "再起動してもいいですか", "재시작해도 돼?": asking whether it is ok, not asking for it.
  [/してもいいですか|してもいい[？?]|しても大丈夫ですか|해도\s?(돼|될까|되나)\p{L}*|可以吗|可以嗎/gu, ' is it ok? '],
  // Namespaces by their everyday names: 本番 (production), ステージング / 스테이징 / 预发布 (staging).
  [/本番環境|本番|生产环境|生產環境|프로덕션|운영\s?환경/gu, ' production '],
  [/ステージング環境|ステージング|预发布环境|预发布|스테이징/gu, ' staging '],
  [/规则|ルール|규칙|指示|指令/gu, 'rules'],
  // Red-team round 27: memory and cores beside their verb ("内存翻倍", "CPUをあと2コア増やして", "메모리 두 배로"; an
  // experiment's "内存压力" or "メモリ負荷" stays one), later times (下班后, 午饭后, 开完会, 一个半小时后, 仕事の後,
  // 昼休みの後, 会議の後, 퇴근하고, 점심 먹고, 회의 끝나고), taken back ("还是算了吧", "아 아니다, 됐어", "やっぱりいいや"),
  // "잠깐" (wait) and "不对" (no) after a request.
  [/内存(?!压力)|記憶體|メモリー?(?!負荷)|메모리(?!\s?(?:부하|스트레스))|램/gu, 'memory'],
  [/(?:再|多)?(?:减|减少|降低?)\s*(\d+)\s*(?:个|個)?\s*(?:核心?|vCPU)/giu, 'remove $1 cpu cores'],
  byEnding(
    new RegExp(String.raw`(?:あと|もう)?\s*(\d+)\s*(?:個の)?\s*(?:コア|vCPU)\s*減ら${ENDING}`, 'giu'),
    'remove $1 cpu cores',
  ),
  byEnding(
    new RegExp(String.raw`(?:あと|もう)?\s*(\d+)\s*(?:個の)?\s*(?:コア|vCPU)\s*(?:増や|追加)${ENDING}`, 'giu'),
    'add $1 more cpu cores',
  ),
  byEnding(
    new RegExp(String.raw`(\d+)\s*(?:개의?)?\s*(?:코어|vCPU)\s*(?:더\s*)?(?:줄|감소)${ENDING}`, 'giu'),
    'remove $1 cpu cores',
  ),
  byEnding(
    new RegExp(String.raw`(\d+)\s*(?:개의?)?\s*(?:코어|vCPU)\s*(?:더\s*)?(?:늘|추가|증가)${ENDING}`, 'giu'),
    'add $1 more cpu cores',
  ),
  [/(\d+)\s*(?:个|個|개)?\s*(?:核心?|コア|코어)|(?:コア|코어)\s*(?:を)?\s*(\d+)\s*(?:個|つ|개)/gu, '$1$2 cpu cores'],
  // lang32: nodes counted are no replicas ("ノードを2台追加して", "노드 2개 추가해줘"): nodes, which the bot cannot add.
  byEnding(
    new RegExp(
      String.raw`(?:ノード|노드|节点|節點|nodes?)\s*(?:を|를|을)?\s*(\d+)\s*(?:台|個|つ|개|个|個)?\s*(?:追加|増や|추가|늘려|늘리|증가|增加|加)${ENDING}`,
      'giu',
    ),
    'add $1 more nodes',
  ),
  byEnding(
    new RegExp(
      String.raw`(\d+)\s*(?:台|個|つ|개|个)\s*の?\s*(?:ノード|노드|节点|節點)\s*(?:を|를|을)?\s*(?:追加|増や|추가|늘려|늘리|증가|增加|加)${ENDING}`,
      'gu',
    ),
    'add $1 more nodes',
  ),
  [/(\d+)\s*(?:台|個|つ|개|个)\s*の?\s*(?:ノード|노드|节点|節點)/gu, '$1 nodes'],
  // "2개 추가해줘": 2 more, not 2 in all.
  byEnding(new RegExp(String.raw`(\d+)\s*개\s*(?:더\s*)?(?:추가|늘|증가)${ENDING}`, 'gu'), 'add $1 more replicas'),
  [/核心|コア|코어/gu, 'cpu cores'],
  [/减半|減半|半分に|절반으로/gu, 'halve'],
  [/下班(?:以|之)?后|下了班|下班了?再/gu, 'after hours'],
  [/(?:吃完)?午饭(?:以|之)?后|吃完(?:午)?饭|午休(?:以|之)?后|中午(?:以|之)后/gu, 'after lunch'],
  [/开完会|(?:会议|开会)(?:结束)?(?:以|之)?后|会后/gu, 'later, after the meeting'],
  [/仕事(?:の|が終わった)後|仕事終わり(?:に)?|終業後|定時後|退勤後|業務後/gu, 'after hours'],
  [/昼休み(?:の)?後|昼(?:ご飯|ごはん|食)(?:の)?後|ランチ(?:の)?後|お昼(?:の)?後/gu, 'after lunch'],
  [/会議(?:の)?後|会議が終わったら|ミーティング(?:の)?後|打ち合わせ(?:の)?後/gu, 'later, after the meeting'],
  [/퇴근\s?(?:하고|후에?|하면|뒤에?)|일\s?끝나고|업무\s?(?:후에?|끝나고)/gu, 'after hours'],
  [/점심\s?(?:먹고|먹은\s?(?:후|뒤)에?|후에?|시간\s?(?:후|뒤)에?|이후에?|뒤에?)/gu, 'after lunch'],
  [/회의\s?(?:끝나고|후에?|뒤에?|마치고|끝나면)|미팅\s?(?:끝나고|후에?|뒤에?)/gu, 'later, after the meeting'],
  [/一个半(?:小时|钟头)(?:以|之)?后|(?:一|1)時間半後|(?:한|1)\s?시간\s?반\s?(?:후|뒤)에?/gu, 'in 90 minutes'],
  [/三十分(?:钟)?(?:以|之)?[后後]|半時間後|삼십\s?분\s?(?:후|뒤)에?|반\s?시간\s?(?:후|뒤)에?/gu, 'in 30 minutes'],
  [/还是算了吧?|算了吧?|还是不要了|还是别了|最好不要了?|不用了|不要了|当我没说|别弄了|取消吧/gu, 'never mind'],
  [/やっぱり?(?:いいや|いい|なし)|今のなし|忘れて|やめ(?:た|る)(?:ほう|方)がいい\p{L}*/gu, 'never mind'],
  [/(?:안\s?하는|하지\s?않는)\s?(?:게|것이)\s?(?:좋겠|낫겠)\p{L}*/gu, 'never mind'],
  [
    /(?:아\s?)?아니다|아니야\s?됐어|(?<![\uac00-\ud7af])됐(?:어|다|습니다)(?=\s*(?:[.!,。]|$))|그냥\s?(?:두자|둬|놔둬)|냅둬|잊어버려/gu,
    'never mind',
  ],
  [/잠깐(?:만)?(?=\s*(?:[,.!…]|$))/gu, 'wait'],
  [/不对|错了|说错了/gu, ', no,'],
  // Red-team round 25: hours and minutes in number words ("两个小时后", "二時間後"), let's not ("やめとこう", "안 해도
  // 돼"), counts taken away ("再减2个", "あと2台減らして", "2개 더 줄여").
  ...[...'一二三四五六七八九十'].flatMap((d, i): [RegExp, string][] => [
    [new RegExp(`(?<![一二三四五六七八九十])${d}(?:个|個)?(?:小时|小時|時間)(?:之|以)?(?:后|後)`, 'gu'), `in ${i + 1} hours`],
    [new RegExp(`(?<![一二三四五六七八九十])${d}(?:分钟|分)(?:之|以)?(?:后|後)`, 'gu'), `in ${i + 1} minutes`],
  ]),
  [/两(?:个|個)?(?:小时|小時)(?:之|以)?(?:后|後)/gu, 'in 2 hours'],
  [/半(?:个|個)?(?:小时|小時|時間)(?:之|以)?(?:后|後)/gu, 'in 30 minutes'],
  [/(?:두|세|네)\s?시간\s?(?:후|뒤)에?/gu, 'later on'],
  [/やめとこう|やめておこう|やめよう|やめとく|やめておく|やっぱりやめ\p{L}*|やっぱいい/gu, 'never mind'],
  // Red-team round 27: a count taken away that is negated ("あと2台減らさないで", "2개 더 줄이지 마").
  [/(?:あと|もう)?\s*(\d+)\s*(?:台|個|つ|レプリカ)\s*減ら(?:さないで|すな|さなくて)\p{L}*/gu, "don't remove $1 replicas"],
  [/(\d+)\s*개\s*(?:더\s*)?(?:줄이지|빼지|감소시키지)\s?(?:마|말)\p{L}*/gu, "don't remove $1 replicas"],
  [/(?:再|多)减(?:少)?\s*(\d+)\s*(?:个|個)?(?:副本|实例|pod)?/gu, 'remove $1 replicas'],
  byEnding(new RegExp(String.raw`(?:あと|もう)\s*(\d+)\s*(?:台|個|つ|レプリカ)\s*減ら${ENDING}`, 'gu'), 'remove $1 replicas'),
  byEnding(new RegExp(String.raw`(\d+)\s*개\s*더\s*(?:줄|감소)${ENDING}`, 'gu'), 'remove $1 replicas'),
  // lang31: a count added or taken away without "あと"/"더" ("レプリカを2つ増やして", "1개 줄여줘"), and a random pod
  // killed ("ポッドをランダムに1つ削除して", "파드 하나 랜덤으로 죽여줘", "随机杀掉一个 pod").
  byEnding(new RegExp(String.raw`(\d+)\s*(?:台|個|つ)\s*(?:追加|増や)${ENDING}`, 'gu'), 'add $1 more replicas'),
  byEnding(new RegExp(String.raw`(\d+)\s*(?:台|個|つ)\s*減ら${ENDING}`, 'gu'), 'remove $1 replicas'),
  byEnding(new RegExp(String.raw`(\d+)\s*개\s*(?:줄|감소|빼|뺐)${ENDING}`, 'gu'), 'remove $1 replicas'),
  byEnding(
    new RegExp(
      String.raw`(?:ランダムな|適当な|無作為な)\s*(?:ポッド|pod)\s*を?\s*(?:1つ|一つ|ひとつ|1個)?\s*(?:削除|停止|落と|殺|kill)${ENDING}|(?:ポッド|pod)\s*を?\s*(?:1つ|一つ|ひとつ|1個)?\s*(?:ランダムに|無作為に|適当に)\s*(?:1つ|一つ|ひとつ|1個)?\s*(?:削除|停止|落と|殺|kill)${ENDING}`,
      'giu',
    ),
    'kill a random pod',
  ),
  byEnding(
    new RegExp(
      String.raw`(?:랜덤|무작위|아무)\s*(?:파드|포드|pod)\s*(?:하나|1개|한\s?개)?\s*(?:를|을)?\s*(?:죽|삭제|kill|종료|없애|없앴)${ENDING}|(?:파드|포드|pod)\s*(?:하나|1개|한\s?개)?\s*(?:를|을)?\s*(?:랜덤으로|무작위로|아무거나)\s*(?:하나|1개|한\s?개)?\s*(?:죽|삭제|kill|종료|없애|없앴)${ENDING}`,
      'giu',
    ),
    'kill a random pod',
  ),
  [/之前的?|以前の|이전/gu, 'previous'],
  // Not now, no need, not to: "先不重启", "今天不", "再起動しなくていい", "재시작하면 안 돼", "재시작할 필요 없어".
  [/今天(?:先)?不|今天别|现在(?:先)?不|今日は(?:やめて|しないで)|今じゃなくて|오늘은\s?말고|지금은\s?말고/gu, 'later on'],
  [/先不|暂时不|暂不|先别|还是不要|还是别/gu, "don't"],
  [/([\u3040-\u30ff\u3400-\u9fff]+?)しなくて(?:も)?(?:いい|良い|大丈夫)/gu, 'no need to $1'],
  [/不需要|不必|没必要|没有必要|用不着/gu, 'no need to'],
  [/([\uac00-\ud7af]+?)(?:하면|해서는|하면은)\s?안\s?(?:돼|되|됩)\p{L}*/gu, "don't $1"],
  [/([\uac00-\ud7af]+?)(?:할\s?필요(?:가|는)?\s?없|하지\s?않아도\s?(?:돼|됩))\p{L}*/gu, 'no need to $1'],
  // Parts of the day, hours, the weekend, the day after tomorrow: "下午", "午後", "오후", "午夜", "18点", "周末", "모레".
  // (Said before the verb, where "this afternoon" would make the verb a noun to the reader: "later today".)
  [/后天|明後日|あさって|모레/gu, 'the day after tomorrow'],
  [/(?:今天)?下午|(?:今日の)?午後|(?:오늘\s?)?오후/gu, 'later today'],
  [/午夜|半夜|深夜|真夜中|夜中の?12時|자정/gu, 'at midnight'],
  [/中午|正午|お昼|昼に|정오/gu, 'at noon'],
  [/(\d{1,2})\s*(?:点|點)(?:钟|半)?|(\d{1,2})\s*時(?!間)(?:半)?|(\d{1,2})\s*시(?!간)(?:\s*반)?/gu, 'at $1$2$3:00'],
  [/一个?小时(?:之)?后|一時間後|한\s?시간\s?(?:후|뒤)에?/gu, 'in 60 minutes'],
  [/(?:这个?|本)?周末|(?:今|この)?週末|(?:이번\s?)?주말(?:에)?/gu, 'later on'],
  // Relative counts: "扩容到2倍", "翻倍", "あと3台", "3台追加", "2개 더".
  [/(?:扩容|扩|增加|调整)到?\s*(?:2|两|二)\s*倍|翻倍|倍に(?:して|する)?|2倍に|(?:두|2)\s?배로?/gu, 'double the replicas'],
  [/(?:あと|もう)\s*(\d+)\s*(?:台|個|つ|レプリカ)|(\d+)\s*(?:台|個|レプリカ)\s*(?:追加|増や)/gu, 'add $1$2 more replicas'],
  [/(?:再|多)(?:加|增加|扩)\s*(\d+)\s*个?(?:副本|实例|pod)?/gu, 'add $1 more replicas'],
  [/(\d+)\s*개\s*더/gu, 'add $1 more replicas'],
  [/([\u3040-\u30ff\u3400-\u9fff]+?)(しないで|するな)/gu, "don't $1"],
  [/([\uac00-\ud7af]+)\s?하지\s?(마|말)\p{L}*/gu, "don't $1"],
  // "올리지 마", "잠깐, 하지 마": any verb before "-지 마" is not to be done (red-team round 27).
  [/[\uac00-\ud7af]*지\s?(?:마|말)(?!고)(?:라|요|세요|아)?(?![\uac00-\ud7af])/gu, "don't do it"],
  [/不要|别|不用|ないで/gu, "don't"],
  [/如果|もし|만약/gu, 'if'],
  // Red-team round 27: conditions in the verb's ending ("落ちたら", "遅ければ", "다운되면") and their words ("要是", "万一").
  [/(?<=[\u3040-\u30ff\u3400-\u9fff])(?:ったら|たら|だら|れば)(?![\u3040-\u309f])/gu, 'if'],
  [/(?<=[\u3040-\u30ff\u3400-\u9fff])なら(?![\u3040-\u309f])|場合(?:は|に)?/gu, 'if'],
  [/要是|万一|假如|假设|若是|一旦|的话/gu, 'if'],
  [/(?<=[\uac00-\ud7af])(?:되|하|지|으|나|라|이|가|오|뜨|추|리|르|치)면(?![\uac00-\ud7af])|경우(?:에는|엔|에)?/gu, 'if'],
  [/([\u3040-\u30ff\u3400-\u9fff]+?)(?:するのは|は|を)やめて/gu, "don't $1"],
  [/明天|明日|내일/gu, 'tomorrow'],
  [/今晚|今夜|今晩|오늘\s?밤|(?<!昨天|昨日の?|어제\s?)(?:晚上|傍晚|夕方|(?:오늘\s?)?저녁(?:에)?)/gu, 'tonight'],
  // Later: "稍后", "後で", "나중에", "10分钟后", "10分後", "10분 후", "部署后", "下周", weekdays.
  [/稍后|晚点|晚些时候|过一会儿?|後で|あとで|のちほど|나중에|이따가/gu, 'later on'],
  [/(\d+)\s*(?:分钟|分)\s*(?:之)?后|(\d+)\s*分後|(\d+)\s*분\s*(?:후|뒤)에?/gu, 'in $1$2$3 minutes'],
  [/(\d+)\s*(?:个)?小时\s*(?:之)?后|(\d+)\s*時間後|(\d+)\s*시간\s*(?:후|뒤)에?/gu, 'in $1$2$3 hours'],
  [/部署(?:之)?后|发布(?:之)?后|デプロイ(?:の)?後|배포\s?(?:후|뒤)에?/gu, 'after the deploy'],
  [/下周|下星期|下个星期|来週|다음\s?주/gu, 'next week'],
  ...(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const).map((day, i): [RegExp, string] => [
    new RegExp(`(?:周|星期|礼拜)${'一二三四五六日'[i]}|${'月火水木金土日'[i]}曜日?|${'월화수목금토일'[i]}요일`, 'gu'),
    `on ${day}`,
  ]),
  [/说过?|って言って(た|る)|と言って(た|る)|言ってた|라고\s?했/gu, 'said'],
  [/减少\s*(\d+)\s*个?副本/gu, 'reduce by $1 replicas'],
  [/增加\s*(\d+)\s*个?副本/gu, 'add $1 replicas'],
  [/需要.*吗|必要(ですか|がある)|해야\s?(하나요|돼|할까)/gu, 'should we ?'],
  // Revisions, all the way, chaos and the words of costs, in all three.
  [/(?:到|回到)?\s*(?:版本|修订版?)\s*(\d+)/gu, 'to revision $1'],
  [/リビジョン\s*(\d+)/gu, 'to revision $1'],
  [/(?:리비전|버전)\s*(\d+)\s*(?:으로|로)?/gu, 'to revision $1'],
  [/最後まで|完全に|全量|100%まで|끝까지|완전히/gu, 'fully'],
  [/混沌实验|混沌工程|カオス実験|카오스\s?실험/gu, 'chaos experiments'],
  [/ネットワーク分断|ネットワークパーティション|网络分区|네트워크\s?파티션/gu, 'network partition'],
  [/所有|すべて|全て|모든/gu, 'all'],
  [/상위\s*(\d+)\s*개?/gu, 'top $1'],
  [/前\s*(\d+)\s*(名|个)?|上位\s*(\d+)/gu, 'top $1$3'],
  [/디플로이먼트별|deployment별/gu, 'by deployment'],
  [/디플로이먼트/gu, 'deployment'],
  [/파드/gu, 'pods'],
  [/목록/gu, 'list'],
  [/최근\s*(\d+)\s*시간/gu, 'last $1 hours'],
  [/최근\s*(\d+)\s*분/gu, 'last $1 minutes'],
  [/최근\s*(\d+)\s*줄/gu, 'last $1 lines'],
  [/(\d+)\s*시간/gu, '$1 hours'],
  [/(\d+)\s*분\s*(?:동안)?/gu, '$1 minutes'],
  [/(\d+)\s*초/gu, '$1 seconds'],
  [/(\d+)\s*줄/gu, '$1 lines'],
  [/(\d+)\s*行/gu, '$1 lines'],
  [/지연/gu, 'latency'],
  [/패킷\s?손실/gu, 'packet loss'],
  [/재시도/gu, 'retry'],
  [/생성|만들어/gu, 'create'],
  [/이미지/gu, 'image'],
  [/포트/gu, 'port'],
  [/중지|멈춰/gu, 'stop'],
  [/프로모트|승격/gu, 'promote'],
  [/(?<!一時)停止/gu, 'stop'],
  [/重试/gu, 'retry'],
  [/创建/gu, 'create'],
  [/镜像/gu, 'image'],
  [/端口/gu, 'port'],
  [/杀掉|杀死/gu, 'kill'],
  [/内存压力/gu, 'memory stress'],
  [/CPU\s*(压力|負荷|부하)/giu, 'cpu stress'],
  [/メモリ負荷/gu, 'memory stress'],
  [/作成/gu, 'create'],
  [/イメージ/gu, 'image'],
  [/ポート/gu, 'port'],
  [/再試行|リトライ/gu, 'retry'],
  // Japanese.
  [/再起動/gu, 'restart'],
  [/スケール(アウト|イン)?/gu, 'scale'],
  [/ロールバック|巻き戻[しす]|(元に|前の\S{0,8}に)?戻[しす]/gu, 'roll back'],
  [/プロモート|昇格/gu, 'promote'],
  [/次のステップ/gu, 'next step'],
  [/中止|アボート/gu, 'abort'],
  [/一時停止/gu, 'pause'],
  [/削除/gu, 'delete'],
  [/ログ/gu, 'logs'],
  [/ポッド/gu, 'pods'],
  [/コスト|費用|料金/gu, 'cost'],
  [/状態|ステータス/gu, 'status'],
  [/遅延|レイテンシ/gu, 'latency'],
  [/パケットロス|パケット損失/gu, 'packet loss'],
  [/名前空間|ネームスペース/gu, 'namespace'],
  [/ワークロード|デプロイメント/gu, 'workloads'],
  [/一覧|リスト/gu, 'list'],
  [/見せて|表示して|表示|教えて|確認して/gu, 'show'],
  [/(\d+)\s*(台|個|つ|レプリカ)に/gu, 'to $1 replicas'],
  [/(\d+)\s*(台|個|レプリカ)/gu, '$1 replicas'],
  [/ミリ秒/gu, 'ms'],
  [/(\d+)\s*分間?/gu, '$1 minutes'],
  [/(\d+)\s*秒間?/gu, '$1 seconds'],
  [/(\d+)\s*時間/gu, '$1 hours'],
  [/昨日/gu, 'yesterday'],
  [/今日/gu, 'today'],
  [/先週/gu, 'last week'],
  [/今週/gu, 'this week'],
  [/先月/gu, 'last month'],
  [/今月/gu, 'this month'],
  [/直近|最近|過去/gu, 'last'],
  [/いくら|いくつ/gu, 'how much'],
  [/してください|して下さい|してくれ|して|ください|お願いします|お願い/gu, 'please'],
  // Chinese.
  [/重启/gu, 'restart'],
  [/扩容到|扩到|缩容到|缩到|调整到/gu, 'scale to'],
  [/扩容|缩容|伸缩/gu, 'scale'],
  [/(\d+)\s*个?副本/gu, '$1 replicas'],
  [/副本/gu, 'replicas'],
  [/回滚/gu, 'roll back'],
  [/日志/gu, 'logs'],
  [/看一下|看看|查看|显示|给我看|列出/gu, 'show'],
  [/毫秒/gu, 'ms'],
  [/(\d+)\s*分钟/gu, '$1 minutes'],
  [/(\d+)\s*秒钟?/gu, '$1 seconds'],
  [/(\d+)\s*小时/gu, '$1 hours'],
  [/延迟/gu, 'latency'],
  [/丢包/gu, 'packet loss'],
  [/持续/gu, 'for'],
  [/成本|费用|花费|花了/gu, 'cost'],
  [/昨天/gu, 'yesterday'],
  [/今天/gu, 'today'],
  [/上周/gu, 'last week'],
  [/本周|这周/gu, 'this week'],
  [/上个月/gu, 'last month'],
  [/本月|这个月/gu, 'this month'],
  [/暂停/gu, 'pause'],
  [/中止|终止/gu, 'abort'],
  [/推进|晋升|发布到下一步/gu, 'promote'],
  [/下一步/gu, 'next step'],
  [/删除/gu, 'delete'],
  [/状态/gu, 'status'],
  [/多少/gu, 'how much'],
  [/帮我|请/gu, 'please'],
  [/加/gu, 'add'],
  // Korean.
  [/재시작/gu, 'restart'],
  [/스케일|확장|축소/gu, 'scale'],
  [/롤백/gu, 'roll back'],
  [/로그/gu, 'logs'],
  [/보여\s?줘|보여\s?주세요|보여/gu, 'show'],
  [/비용/gu, 'cost'],
  [/지난\s?주/gu, 'last week'],
  [/이번\s?주/gu, 'this week'],
  [/지난\s?달/gu, 'last month'],
  [/이번\s?달/gu, 'this month'],
  [/어제/gu, 'yesterday'],
  [/오늘/gu, 'today'],
  [/네임스페이스별/gu, 'by namespace'],
  [/네임스페이스/gu, 'namespace'],
  [/워크로드/gu, 'workloads'],
  [/어떤|무슨/gu, 'what'],
  [/카나리/gu, 'canary'],
  [/다음\s?단계/gu, 'next step'],
  [/진행/gu, 'promote'],
  [/일시\s?중지/gu, 'pause'],
  [/중단/gu, 'abort'],
  [/삭제/gu, 'delete'],
  [/(\d+)\s*개/gu, '$1 replicas'],
  [/해\s?줘|해\s?주세요|해주세요/gu, 'please'],
  // Red-team round 27: a change of memory or CPU said with a verb of more or less ("内存调低", "メモリを減らして").
  [
    /(?<=(?:memory|cpu|cores)\s[^,.;!?\d]{0,20})(?:减少|降低|调低|减小|缩小|減らし\p{L}*|減ら\p{L}*|줄여\p{L}*|줄이\p{L}*|낮춰\p{L}*|낮추\p{L}*)/giu,
    'reduce',
  ],
  [
    /(?<=(?:memory|cpu|cores)\s[^,.;!?\d]{0,20})(?:提高|调高|加大|増やし\p{L}*|増や\p{L}*|追加\p{L}*|늘려\p{L}*|늘리\p{L}*|추가\p{L}*)/giu,
    'increase',
  ],
];

const DECLINED =
  /\s*([:,;.!?—–-])\s*(?:no|non|nein|nee|não|nao|hayır)[,!.]?\s+(?:gracias|obrigad[oa]|merci|grazie|danke|dank je|thanks|thank you)[.!]*\s*$/iu;

/** The message in English words when it is written in Japanese, Chinese or Korean, or undefined. */
function cjkInEnglish(text: string): string | undefined {
  if (!CJK_SCRIPT.test(text)) return undefined;
  let out = text;
  for (const [re, to] of CJK)
    out = typeof to === 'string' ? out.replace(re, ` ${to} `) : out.replace(re, (...m: string[]) => ` ${to(...m)} `);
  // Particles and the rest of the script carry no word of the catalog.
  out = out.replace(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u3000-\u303f\uff01-\uff5e]+/gu, ' ');
  return out.replace(/\s+/g, ' ').trim();
}

const POLISH: Table = {
  markers:
    /(?<![\p{L}])(możesz|mozesz|możecie|zrestartować|zrestartowac|restartować|repliki|replikę|opóźnienia|jeśli|jesli|jeżeli|czy|wstrzymaj|wznów|przerwij|stagingu|produkcji|na|nie|zrestartuj|uruchom|ponownie|pokaż|pokaz|koszty|według|wedlug|proszę|prosze|za|ten|tydzień|tydzien|wczoraj|dzisiaj|przeskaluj|skaluj|wycofaj|logi|replik|deploymentów|w|zatrzymaj|eksperyment\p{L}*|usuń|usun|ponów|spróbuj|promuj|wypromuj|całkowicie|utwórz|stwórz|nazwie|obrazem|opóźnienie|zabij|ostatnie|ostatnich|godzin\p{L}*|minut|miesiącu|tygodniu|ile|kosztował\p{L}*|opisz|dodaj|pody|podów|jutro|pojutrze|później|wieczorem|nigdy|przyszłym|południu|popołudniu|północy|godzinę|weekend|żadnego|żadnej|trzeba|podwój|więcej|pamięć|pamięci|rdzenie|rdzeni|zwiększ|zmniejsz|daj|zabierz|obiedzie|pracy|spotkaniu|półtorej|jednak|zostaw|razie|wypadek|ale|lecz|czekaj|kolacji|chwilę|chwile|chwilkę|później|pozniej|potem|niedługo|nieważne|niewazne|raczej|znaczy|gdy|kiedy|tylko|zmniejszaj|zmniejsz|poczekaj|zaczekaj|chwila|dwie|jedną|losowy|losowego|wydaliśmy|wydalismy)(?![\p{L}])/giu,
  phrases: [
    // "Możesz zrestartować api?", "Daj workerowi 6 replik", "dodaj 250 ms opóźnienia", "i pokaż mi jego logi": can you,
    // a name in the dative, latency in any case, and, me, its (blind168).
    w('(?:czy )?(?:możesz|mozesz|możecie|mozecie|mógłbyś|moglbys|mogłabyś|moglabys|mógłby ktoś|moglby ktos)', 'can you'),
    w('(?:dodaj|dodać|dodac) N ?ms(?: (?:opóźnie|opoznie)\\p{L}*)?', 'add $1 ms latency'),
    w('(?:dodaj|dodać|dodac) ([a-z][a-z0-9-]*?)owi N (?:replik\\p{L}*|instancj\\p{L}*)', 'add $2 replicas to $1'),
    w('(?:opóźnie|opoznie)\\p{L}*', 'latency'),
    w('([a-z][a-z0-9-]*?)owi', '$1'),
    w('i', 'and'),
    w('mi', 'me'),
    w('jego|jej|ich', 'its'),
    // A count in words before replicas, a count added or taken away, a random pod and what was spent (lang31): "dodaj
    // dwie repliki do web", "usuń jedną replikę z web", "zabij losowy pod", "ile wydaliśmy wczoraj na production?".
    ...countWords(
      { jedną: 1, jedna: 1, jeden: 1, dwie: 2, dwa: 2, trzy: 3, cztery: 4, pięć: 5, sześć: 6, dziesięć: 10 },
      'replik\\p{L}*|instancj\\p{L}*',
      '(?:kolejn\\p{L}* |dodatkow\\p{L}* )?',
    ),
    // lang32: "ale dopiero po demo" (only after), "nie przed" (not before) are later.
    w('(?:ale |lecz )?(?:dopiero po|nie przed|nie wcześniej niż(?: po)?|nie wczesniej niz(?: po)?)', 'but later on, after'),
    w('(?:ale |lecz )?dopiero', 'but only'),
    ...countCorrected('nie|to znaczy|znaczy', { jedną: 1, dwie: 2, dwa: 2, trzy: 3, cztery: 4, pięć: 5, sześć: 6 }),
    w('(?<!nie )dodaj (?:jeszcze )?N (?:replik\\p{L}*|instancj\\p{L}*)(?: więcej)?(?: do| dla)?', 'add $1 replicas to'),
    w(
      '(?<!nie )(?:usuń|usun|zabierz|odejmij|odbierz) (?:jeszcze |kolejne )?N (?:replik\\p{L}*|instancj\\p{L}*)(?: z| ze| od| dla)?',
      'take $1 replicas away from',
    ),
    w('(?:jeden |jakiś |jakis )?(?:losow\\p{L}*|przypadkow\\p{L}*) pod(?:a|y)?', 'a random pod'),
    w('ile (?:wydaliśmy|wydalismy|wydaliście|wydaliscie|wydali|wydała|wydał|wydano)', 'how much did cost'),
    // Red-team round 28: after dinner, in a while, taken back ('nieważne', 'zostaw to'), a correction ('a raczej'), conditions ('jak
    // tylko'), a negated change to N ('nie zmniejszaj do 2').
    w('po kolacji|za chwil(?:ę|e|kę|ke)|za jakiś czas|za jakis czas|niedługo|niedlugo|później|pozniej', 'later on'),
    w(`potem${END}`, 'later on'),
    w(
      `(?:a )?(?:jednak|właściwie) nie${END}|nieważne|niewazne|zostaw to|daj spok[oó]j|zapomnij(?: o tym)?|nie trzeba${END}|nie warto`,
      'never mind',
    ),
    w('a raczej|albo raczej|to znaczy|chodzi mi o', 'I mean'),
    w('jak tylko|gdy tylko|kiedy tylko|za każdym razem,? gdy|ilekroć', 'if'),
    w('nie (zmniejszaj|zmniejsz|redukuj|obniżaj|obniż|zwiększaj|zwiększ|skaluj)', "don't $1"),
    w('zmniejszaj|zmniejsz|redukuj|obniżaj|obniż', 'reduce'),
    w(`(?:poczekaj|zaczekaj|chwila|moment)${END}`, 'no, wait'),
    // Red-team round 27: memory, CPU and cores beside their verb ("dodaj 2 rdzenie", "zmniejsz pamięć"), later times
    // (po obiedzie, po pracy, po spotkaniu, za półtorej godziny), taken back ("a nie, jednak nie"), conditions ("w
    // razie gdyby", "na wypadek"), and a count taken away that is negated ("nie usuwaj 2 replik").
    ...resources(
      'pamięć|pamięci|pamiec|pamieci|ram(?:u|em)?',
      'cpu|procesor(?:a|y|ów|ow)?|vcpu',
      'rdzeni(?:e|a|ami)?|rdzeń|rdzen',
    ),
    w('zmniejsz o (?:połowę|polowe)|o (?:połowę|polowe) mniej|podziel na (?:pół|pol)', 'halve'),
    w('zwiększ|zwieksz|zwiększyć|zwiekszyc|podnieś|podnies', 'increase'),
    w('zmniejsz|zmniejszyć|zmniejszyc|obniż|obniz|ogranicz', 'reduce'),
    w('(?:zabierz|odbierz|usuń|usun|odejmij)(?= (?:\\d+ )?(?:cpu|memory))', 'remove'),
    w('daj(?! spok)', 'give'),
    w('o N (?:replik\\p{L}*|pod\\p{L}*|instancj\\p{L}*)(?! więcej)', 'by $1 replicas'),
    w('po obiedzie|po lunchu|po przerwie obiadowej', 'after lunch'),
    w('po pracy|po robocie|po godzinach(?: pracy)?', 'after hours'),
    w('po (?:spotkaniu|zebraniu|naradzie|meetingu|callu|dailym)', 'later, after the meeting'),
    w('za (?:półtorej|poltorej) godziny', 'in 90 minutes'),
    w(
      `(?:(?:a nie|a|o|ach|nie),? )?(?:jednak nie|lepiej nie|zostaw to|zostaw|nic,? zapomnij|olej to|nieważne)${END}`,
      'never mind',
    ),
    w('w razie(?: gdyby| czego)?|na wypadek(?:,? gdyby)?|w przypadku', 'if'),
    w('nie,? czekaj|czekaj', 'no, wait'),
    w('nie(?=,? \\d)', 'no'),
    w('ale|lecz', 'but'),
    w(
      'nie (?:usuwaj|zabieraj|odejmuj|usuń|usun|zabierz|odejmij) (?:jeszcze |kolejnych )?N (?:replik\\p{L}*|instancj\\p{L}*)',
      "don't remove $1 replicas of",
    ),
    // Red-team round 25: "w nocy", taken back ("odpuść"), counts taken away.
    w('odpuść|odpusc|odpuść sobie|zapomnij|daj spokój|daj spokoj|nieważne|niewazne', 'never mind'),
    w('(?:dziś |dzisiaj )?w nocy|nocą', 'tonight'),
    ...inWords(
      'za ',
      { dwie: 2, dwa: 2, trzy: 3, cztery: 4, pięć: 5, dziesięć: 10, dwadzieścia: 20, trzydzieści: 30 },
      'godzin\\p{L}*',
      'minut\\p{L}*',
    ),
    w('(?:usuń|usun|zabierz|odejmij) (?:jeszcze |kolejne )?N (?:replik\\p{L}*|instancj\\p{L}*)', 'remove $1 replicas of'),
    [/(?<![\p{L}])(jeśli|jesli|jeżeli|jezeli|gdyby|kiedy)(?![\p{L}])/giu, 'if'],
    [/(?<![\p{L}])czy(?![\p{L}])/giu, 'should we'],
    [/(?<![\p{L}])(może|moze)(?![\p{L}])/giu, 'maybe we should'],
    // Not now, no need, none: "nie dziś", "nie teraz", "nie trzeba", "żadnego rollbacku".
    w('(?:ale |lecz )?nie (?:dziś|dzis|dzisiaj|teraz)|(?:ale |lecz )?(?:dziś|dzisiaj|teraz) nie', 'later on'),
    w('nie (?:trzeba|musisz|potrzeba|ma potrzeby)', 'no need to'),
    w('żadnego|żadnej|żadnych|zadnego', 'no'),
    // Parts of the day, hours, the weekend: "po południu", "o 18", "o północy", "za godzinę", "w weekend".
    w('(?:dziś |dzisiaj )?(?:po południu|popołudniu)', 'this afternoon'),
    w('(?:dziś |dzisiaj )?rano', 'in the morning'),
    // Relative counts: "o 2 repliki więcej", "2 dodatkowe repliki", "podwój".
    w(
      'o N (?:repliki|replik|pody|podów)? ?więcej|N (?:dodatkowe|dodatkowych) (?:repliki|replik|pody|podów)',
      'by $1$2 more replicas',
    ),
    w('o (?:jedną|jedna) replikę więcej', 'by 1 more replicas'),
    w('podwój|podwoić', 'double'),
    w('restartować|restartowac|zrestartować|zrestartowac', 'restart'),
    w('o północy', 'at midnight'),
    w('w południe', 'at noon'),
    w('o (?:godzinie )?N(?::\\d\\d)?', 'at $1:00'),
    w('za (?:godzinę|godzine)', 'in an hour'),
    w('za pół godziny', 'in 30 minutes'),
    w('(?:w |na |ten |w ten |w ten )?weekend', 'this weekend'),
    w('nigdy(?: nie)?', 'never'),
    w('jeszcze nie', "don't yet"),
    [/(?<![\p{L}])nie(?![\p{L}])/giu, "don't"],
    // Later: "pojutrze", "dziś wieczorem", "później", "za 10 minut", "po wdrożeniu", "w przyszłym tygodniu", "w poniedziałek".
    w('pojutrze', 'the day after tomorrow'),
    w('(?:dziś|dzisiaj) (?:wieczorem|w nocy)|wieczorem', 'tonight'),
    w('(?:a|i) (?:potem|później)', 'and then'),
    w('później|pozniej|potem', 'later on'),
    w('za N', 'in $1'),
    w('po (?:wdrożeniu|wdrozeniu|deploy\\p{L}*|release\\p{L}*)', 'after the deploy'),
    w('w przyszłym tygodniu|w przyszlym tygodniu', 'next week'),
    ...weekdays(
      ['poniedziałek', 'wtorek', 'środę|środa', 'czwartek', 'piątek', 'sobotę|sobota', 'niedzielę|niedziela'],
      '(?:w |we )?',
    ),
    w('rano', 'morning'),
    [/(?<![\p{L}])jutro(?![\p{L}])/giu, 'tomorrow'],
    [/(?<![\p{L}])powiedział[a]?(?![\p{L}])/giu, 'said'],
    [/(?<![\p{L}])(zrestartuj|restartuj|uruchom ponownie)(?![\p{L}])/giu, 'restart'],
    // The imperfective forms a negated command takes: "nie wycofuj", "nie usuwaj", "nie zatrzymuj".
    w('tylko', 'only'),
    w('wycofuj', 'roll back'),
    w('usuwaj', 'delete'),
    w('zatrzymuj', 'stop'),
    w('wstrzymuj', 'pause'),
    w('przerywaj', 'abort'),
    w('(?:z )?(?:ostatnie|ostatnich|ostatniej|ostatnią) N', 'last $1'),
    w('(?:z )?(?:ostatniej|ostatnią) godzin[yęa]', 'last hour'),
    w('(?:na|przez) N (minut\\p{L}*|godzin\\p{L}*|sekund\\p{L}*)', 'for $1 $2'),
    ...units(
      'godzin|godziny|godzinę',
      'minut|minuty|minutę',
      'sekund|sekundy|sekundę',
      'dni|dnia',
      'linii|linijek|linie|wierszy',
    ),
    w('w tym miesiącu', 'this month'),
    w('w (?:zeszłym|poprzednim|ubiegłym) miesiącu', 'last month'),
    w('w tym tygodniu', 'this week'),
    w('w (?:zeszłym|poprzednim|ubiegłym) tygodniu', 'last week'),
    w('ile kosztował\\p{L}*', 'how much did cost'),
    w('koszt\\p{L}*', 'cost'),
    w('zatrzymaj', 'stop'),
    w('eksperyment\\p{L}*', 'experiments'),
    w('usuń|usun', 'delete'),
    w('ponów|spróbuj ponownie', 'retry'),
    w('promuj|wypromuj', 'promote'),
    w('w pełni|całkowicie|do końca', 'fully'),
    w('o jeden krok|jeden krok', 'one step'),
    w('utwórz|stwórz', 'create'),
    w('o nazwie', 'named'),
    w('z obrazem', 'with image'),
    w('utrat\\p{L}* pakietów', 'packet loss'),
    w('zabij', 'kill'),
    w('do rewizji N', 'to revision $1'),
    w('opisz', 'describe'),
    w('dodaj N', 'add $1 more'),
    w('pody|podów', 'pods'),
    w('poziom N', 'level $1'),
    w('(?:w |na )?stagingu', 'in staging'),
    w('(?:w |na )?produkcji', 'in production'),
    w('w|we', 'in'),
    [/(?<![\p{L}])wstrzymaj(?![\p{L}])/giu, 'pause'],
    [/(?<![\p{L}])przerwij(?![\p{L}])/giu, 'abort'],
    [/(?<![\p{L}])na (stagingu|stagingowym)(?![\p{L}])/giu, 'in staging'],
    [/(?<![\p{L}])na (produkcji|prodzie)(?![\p{L}])/giu, 'in production'],
    [/(?<![\p{L}])(przeskaluj|skaluj)(?![\p{L}])/giu, 'scale'],
    [/(?<![\p{L}])wycofaj(?![\p{L}])/giu, 'roll back'],
    [/(?<![\p{L}])(pokaż|pokaz)(?![\p{L}])/giu, 'show'],
    [/(?<![\p{L}])koszty(?![\p{L}])/giu, 'costs'],
    [/(?<![\p{L}])(według|wedlug)(?![\p{L}])/giu, 'by'],
    [/(?<![\p{L}])deploymentów(?![\p{L}])/giu, 'deployment'],
    [/(?<![\p{L}])za ten tydzie[ńn](?![\p{L}])/giu, 'this week'],
    [/(?<![\p{L}])wczoraj(?![\p{L}])/giu, 'yesterday'],
    [/(?<![\p{L}])dzisiaj(?![\p{L}])/giu, 'today'],
    [/(?<![\p{L}])logi(?![\p{L}])/giu, 'logs'],
    [/(?<![\p{L}])do (\d+) replik(?![\p{L}])/giu, 'to $1 replicas'],
    [/(?<![\p{L}])(proszę|prosze)(?![\p{L}])/giu, 'please'],
    w('N (?:repliki|replik|replikami|replikach|replikę|replika)', '$1 replicas'),
  ],
};

const TURKISH: Table = {
  markers:
    /(?<![\p{L}])(bu|ayın|bazında|ilk|listele\p{L}*|misin|mısın|burada|kaos|deneyler\p{L}*|şimdilik|çıkar|cikar|replikaya|hangi|podları|göster|goster|yeniden|başlat|baslat|dün|maliyet\p{L}*|lütfen|lutfen|geri|al|node'larda|yarın|dedi|ölçekle\p{L}*|satır\p{L}*|saat\p{L}*|dakika\p{L}*|saniye\p{L}*|öldür|sil|durdur|iptal|duraklat|tekrar|tamamen|oluştur|adlı|bugün|geçen|hafta|kadar|log\p{L}+|bir|listele|ilerlet|sonra|akşam|haftaya|sadece|henüz|değil|öğleden|gece|yarısı|sonu|gerek|daha|katına|azalt\p{L}*|artır\p{L}*|arttır\p{L}*|bell(?:ek|eğ)\p{L}*|çekirdek\p{L}*|işlemci\p{L}*|ekle|yemeğinden|yemekten|işten|mesaiden|toplantıdan|yarım|buçuk|neyse|durumunda|halinde|ama|fakat|ancak|hayır|dur|yarıya|indir|birazdan|yemeğinden|bekle|boşver|bosver|vazgeçtim|vazgectim|neyse|yani|doğrusu|dogrusu)(?![\p{L}])|'(deki|daki|de|da|te|ta|ı|i|u|ü)(?![\p{L}])/giu,
  phrases: [
    // "bu ayın maliyetleri deployment bazında, ilk 10", "worker podlarını listeler misin?", "kaos deneylerini listele"
    // (blind173).
    w('bu ayın|bu ay', 'this month'),
    w('geçen ayın|geçen ay', 'last month'),
    w('(\\p{L}+) bazında', 'by $1'),
    w('ilk N', 'top $1'),
    w('maliyetleri|maliyetler|maliyeti', 'costs'),
    w('listeler misin|listeler mısın|listele(?:r misin|yebilir misin)?', 'list'),
    w('podlarını|podları|podlar', 'pods'),
    w('kaos deneylerini|kaos deneyleri|deneyleri', 'chaos experiments'),
    w('şimdilik|sadece', ''),
    w('(\\p{L}+) burada', '$1 here'),
    // Red-team round 28: after dinner, in a while, later at a clause's end, 'bekle', taken back ('boşver', 'vazgeçtim'), a
    // correction ('daha doğrusu'), conditions in the verb ('çökünce', 'çöktüğünde').
    w('akşam yemeğinden sonra|aksam yemeginden sonra|birazdan|biraz sonra', 'later on'),
    w(
      `(?<!(?:saat|dakika|saniye|gün|hafta|ay|yemekten|yemeğinden|\\d) )(?:daha )?sonra(?: bakarız| bakariz| hallederiz)?${END}`,
      'later on',
    ),
    w(`bekle${END}`, 'no, wait'),
    w('boş ?ver|bos ?ver|vazgeçtim|vazgectim|neyse|gerek yok|unut gitsin|unut bunu', 'never mind'),
    w('daha doğrusu|daha dogrusu|yani', 'I mean'),
    w('\\p{L}{2,}(?:ınca|ünce|dığında|diğinde|duğunda|düğünde|tığında|tiğinde|tuğunda|tüğünde)|her seferinde', 'if'),
    // Red-team round 27: memory, CPU and cores beside their verb ("belleğini iki katına çıkar", "CPU'sunu azalt"),
    // later times (öğle yemeğinden sonra, işten sonra, toplantıdan sonra, yarım saat sonra), taken back ("neyse"),
    // conditions ("çökmesi durumunda"), and counts taken away that are negated ("2 replika azaltma") or asked.
    ...resources('bell(?:ek|eğ)\\p{L}*|hafıza\\p{L}*|ram', 'cpu|vcpu|işlemci\\p{L}*', 'çekirdek\\p{L}*'),
    w("(memory|cpu(?: cores)?)(?:'\\p{L}+)? (?:(?:N|iki|bir) (?:kat )?)?(?:azalt|düşür|eksilt|indir)\\p{L}*", '$1 reduce'),
    w("(memory|cpu(?: cores)?)(?:'\\p{L}+)? (?:(?:N|iki|bir) (?:kat )?)?(?:artır|arttır|yükselt)\\p{L}*", '$1 increase'),
    w('(memory|cpu(?: cores)?) daha (?:ekle|ver)\\p{L}*', 'add more $1'),
    w('yarıya (?:indir|düşür)\\p{L}*|yarı yarıya (?:azalt|düşür)\\p{L}*', 'halve'),
    w('öğle yemeğinden sonra|öğlen yemeğinden sonra|yemekten sonra|öğle arasından sonra', 'after lunch'),
    w('işten sonra|mesaiden sonra|mesai (?:bitince|sonrası)|iş çıkışı(?:nda)?', 'after hours'),
    w("toplantıdan sonra|toplantı (?:bitince|sonrası)|meeting'den sonra", 'later, after the meeting'),
    w('yarım saat sonra|yarım saate', 'in 30 minutes'),
    w('(?:bir|1) buçuk saat sonra', 'in 90 minutes'),
    w(`(?:(?:yok|ah|of|tamam),? )?(?:neyse|gerek kalmadı)${END}`, 'never mind'),
    w('(\\p{L}+) (?:durumunda|halinde)|olur da (\\p{L}+)', 'if $1$2'),
    w('hayır,? dur|dur bir dakika|bekle', 'no, wait'),
    w('hayır|yok(?=,? \\d)', 'no'),
    w('ama|fakat|ancak', 'but'),
    w(
      'N (?:replika|pod|kopya)(?:lar)? (?:daha )?(?:azaltayım|düşüreyim|azaltalım|düşürelim|eksilteyim)(?: m[ıi])?',
      'should we remove $1 replicas',
    ),
    w('N (?:replika|pod|kopya)(?:lar)? (?:daha )?(?:azaltma|düşürme|eksiltme)(?:yın|yalım)?', 'do not remove $1 replicas'),
    // Red-team round 25: conditions ("artarsa"), "iki saat sonra", taken back ("vazgeçtim"), counts taken away.
    w('vazgeçtim|vazgectim|vazgeç|boş ver|boşver|bos ver|unut gitsin|unut', 'never mind'),
    w('eğer|eger', 'if'),
    w('(\\p{L}{2,}(?:ar|er|ır|ir|ur|ür)(?:sa|se))', 'if $1'),
    ...inWords('', { bir: 1, iki: 2, üç: 3, dört: 4, beş: 5, on: 10, yirmi: 20, otuz: 30 }, 'saat', 'dakika', ' sonra'),
    w('N (?:replika|kopya|pod)(?:lar)? (?:daha )?(?:azalt|düşür|eksilt)', 'remove $1 replicas'),
    // Not now, no need: "bugün değil", "şimdi değil", "gerek yok".
    w('(?:ama )?(?:bugün|şimdi|hemen) değil', 'later on'),
    w('(?:\\p{L}+(?:maya|meye) )?gerek yok', 'no need to'),
    // "ölçekleme", "silmeyin", "geri alma" at the end of a clause: a command negated, "don't" and the verb first.
    [
      /(^|[,.;!:]\s*)([^,.;!?:]*?)(?:(?<![\p{L}])(yeniden|geri|tekrar|iptal) )?(?<![\p{L}])(?!(?:cuma|ama)(?![\p{L}]))(\p{L}{2,}?)(?:ma|me|mayın|meyin|mayin|meyin|masın|mesin|mayalım|meyelim|mayalim|meyelim|mayınız|meyiniz)(?=\s*(?:[,.;!]|lütfen|lutfen|$))/giu,
      '$1do not $3 $4 $2',
    ],
    w('henüz', 'yet'),
    w('değil', 'not'),
    // Later: "yarın sabah", "bu akşam", "10 dakika sonra", "deploy'dan sonra", "haftaya", "pazartesi".
    // Parts of the day, hours, the weekend: "öğleden sonra", "saat 18'de", "gece yarısı", "bir saat sonra", "hafta sonu".
    // (The verb comes last, and "this afternoon", "an hour" before it would make it a noun to the reader.)
    w('(?:bugün )?öğleden sonra', 'later today'),
    w("saat N(?::\\d\\d)?(?:'?(?:de|da|te|ta))?", 'at $1:00'),
    w('gece yarısı(?:nda)?', 'at midnight'),
    w('öğlen|öğle vakti', 'at noon'),
    w('(?:bir|1) saat sonra', 'in 60 minutes'),
    w('(?:bu )?hafta sonu(?:nda)?', 'later on'),
    w('yarından sonra|öbür gün', 'the day after tomorrow'),
    // Relative counts: "2 replika daha", "iki katına çıkar".
    w('N (?:replika|pod|tane) (?:daha|fazla)|N (?:replika|pod) daha ekle', 'by $1 more replicas'),
    w('(?:iki|2) katına (?:çıkar|cikar)', 'double'),
    w('bu (?:akşam|gece)', 'tonight'),
    w('N (dakika|saat|saniye) sonra', 'in $1 $2'),
    [/(?<![\p{L}])([\p{L}0-9-]+?)'?(?:dan|den|tan|ten) sonra(?![\p{L}])/giu, 'after the $1'],
    w('daha sonra', 'later on'),
    w('sonra', 'then'),
    w('haftaya|gelecek hafta|önümüzdeki hafta', 'next week'),
    ...weekdays(['pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar'], '', '(?: günü)?'),
    w('akşam', 'evening'),
    w('sadece|yalnızca', 'just'),
    // "logları göster": the object (many, the accusative "-ları") before its verb, "show the logs".
    [/(?<![\p{L}])(\p{L}+?)(?:larını|lerini|ları|leri) (?:göster|goster)(?![\p{L}])/giu, 'show the $1s'],
    // "production'daki api'yi": the api in production.
    [/([a-z0-9-]+)'(?:deki|daki|teki|taki) ([a-z0-9-]+)/giu, '$2 in $1'],
    [/([a-z0-9-]+)'(deki|daki|de|da|te|ta)(?![\p{L}])/giu, 'in $1'],
    [/([a-z0-9-]+)'(yı|yi|ı|i|u|ü|nin|nın|in|ın)(?![\p{L}])/giu, '$1'],
    // "pod'unu", "rollout'unun": the name without its endings, "node'lar" many of it.
    [/([a-z0-9-]+)'(?:lar|ler)\p{L}*/giu, '$1s'],
    [/([a-z0-9-]+)'\p{L}+/giu, '$1'],
    w('N (dakika|saat|saniye)\\p{L}* (?:boyunca|süreyle|için)', 'for $1 $2'),
    w('son N', 'last $1'),
    w('son (saat|gün|hafta)\\p{L}*', 'last 1 $1'),
    w('N replika(?:ya|ye)?', 'to $1 replicas'),
    w('replika\\p{L}*', 'replicas'),
    ...units('saat\\p{L}*', 'dakika\\p{L}*', 'saniye\\p{L}*', 'gün\\p{L}*', 'satır\\p{L}*'),
    w('log\\p{L}*', 'logs'),
    w('ölçekle\\p{L}*|çıkar|cikar|düşür|indir|ayarla', 'scale'),
    w('ne kadar', 'how much'),
    w('bugün', 'today'),
    w('bu hafta', 'this week'),
    w('geçen hafta', 'last week'),
    w('bu ay', 'this month'),
    w('geçen ay', 'last month'),
    w('(namespace|deployment|pod) (?:başına|bazında)', 'by $1'),
    w('en pahalı N', 'top $1'),
    w('bir adım', 'one step'),
    w('tamamen|sonuna kadar', 'fully'),
    w('ilerlet|terfi ettir|yükselt', 'promote'),
    w('öldür', 'kill'),
    w('sil', 'delete'),
    w('durdur', 'stop'),
    w('iptal et', 'abort'),
    w('duraklat', 'pause'),
    w('(?:tekrar|yeniden) dene', 'retry'),
    w('oluştur', 'create'),
    w('adlı|isimli', 'named'),
    w('listele', 'list'),
    w('gecikme', 'latency'),
    w('paket kaybı', 'packet loss'),
    w('bir', 'a'),
    w('ve', 'and'),
    [/(?<![\p{L}])(\d+) replikaya (çıkar|cikar|düşür|indir)(?![\p{L}])/giu, 'scale to $1 replicas'],
    [/(?<![\p{L}])yarın(?![\p{L}])/giu, 'tomorrow'],
    [/(?<![\p{L}])sabah(?![\p{L}])/giu, 'morning'],
    [/(?<![\p{L}])dedi(?![\p{L}])/giu, 'said'],
    [/(?<![\p{L}])(\p{L}+)(ma|me)(?= lütfen| lutfen|\s*$)/giu, "don't $1"],
    [/(?<![\p{L}])yeniden (başlat|baslat)(?![\p{L}])/giu, 'restart'],
    [/(?<![\p{L}])geri al(?![\p{L}])/giu, 'roll back'],
    [/(?<![\p{L}])(göster|goster)(?![\p{L}])/giu, 'show'],
    [/(?<![\p{L}])hangi(?![\p{L}])/giu, 'which'],
    [/(?<![\p{L}])podları(?![\p{L}])/giu, 'pods'],
    [/(?<![\p{L}])node'larda(?![\p{L}])/giu, 'nodes'],
    [/(?<![\p{L}])dün(?![\p{L}])/giu, 'yesterday'],
    [/(?<![\p{L}])maliyet\p{L}*(?![\p{L}])/giu, 'cost'],
    [/(?<![\p{L}])(lütfen|lutfen)(?![\p{L}])/giu, 'please'],
  ],
};

const RUSSIAN: Table = {
  markers: /[\u0400-\u04ff]+/gu,
  phrases: [
    // A count in words before replicas, a count added or taken away, a random pod and what was spent (lang31):
    // "добавь две реплики к web", "убери одну реплику у web", "сколько мы потратили вчера на production?".
    ...countWords(
      { одну: 1, одна: 1, один: 1, две: 2, два: 2, три: 3, четыре: 4, пять: 5, шесть: 6, десять: 10 },
      'реплик\\p{L}*|инстанс\\p{L}*|под(?:а|ов)?',
      '(?:ещё |еще )?',
    ),
    w(
      '(?<!не )добавь(?:те)? (?:ещё |еще )?N (?:реплик\\p{L}*|инстанс\\p{L}*|под(?:а|ов)?)(?: к| для| в| на)?',
      'add $1 replicas to',
    ),
    w(
      '(?<!не )(?:убери|убавь|удали|сними|отними)(?:те)? (?:ещё |еще )?N (?:реплик\\p{L}*|инстанс\\p{L}*)(?: у| из| с| со| от)?',
      'take $1 replicas away from',
    ),
    // lang32: "но не раньше демо" (not before), "только после релиза" (only after) are later.
    w('(?:но |а )?(?:не раньше(?:,? чем)?(?: после)?|только после|не до)', 'but later on, after'),
    ...countCorrected('нет|то есть|вернее', { одну: 1, две: 2, два: 2, три: 3, четыре: 4, пять: 5, шесть: 6 }),
    // lang32: pods deleted are no replicas taken away ("Удали один под api"): one pod is killed, a count of them asked.
    w(
      '(?<!не )(?:удали|удалите|убери|уберите|убей|убейте|грохни|прибей) (?:1|любой|какой-нибудь) под(?= [a-z])',
      'kill a pod of',
    ),
    w('(?<!не )(?:удали|удалите|убери|уберите|убей|убейте|грохни|прибей) N под(?:а|ов)?(?= [a-z])', 'delete $1 pods of'),
    w('(?:убей|убить|прибей|грохни) (?:один |какой-нибудь )?случайн\\p{L}* под\\p{L}*', 'kill a random pod'),
    w('(?:один )?случайн\\p{L}* под\\p{L}*', 'a random pod'),
    w('сколько (?:мы |вы )?(?:потратили|потрачено|израсходовали|заплатили)', 'how much did we spend'),
    w('сколько (?:стоит|стоят|стоил\\p{L}*)', 'how much did cost'),
    // Red-team round 28: after dinner, in a while, taken back ('хотя нет', 'не стоит'), a correction ('вернее'), conditions ('как
    // только', 'каждый раз, когда'), going down, a negated change to N ('не уменьшай … до 2').
    w('после ужина|чуть позже|попозже|позже|через некоторое время|немного погодя', 'later on'),
    w(`потом${END}`, 'later on'),
    w(`(?:хотя|а|ну),? нет${END}|не стоит|забудь(?: об этом| про это)?|отбой|неважно`, 'never mind'),
    w('вернее|точнее|то есть|(?:а|или) (?:лучше|скорее)(?! не)', 'I mean'),
    w('как только|каждый раз,? когда|всякий раз,? когда|едва', 'if'),
    w('упад[её]т|ляжет|сломается|умр[её]т|отвалится', 'goes down'),
    w('не (уменьшай|уменьши|снижай|снизь|понижай|понизь|сокращай|сократи|масштабируй|увеличивай|увеличь)', "don't $1"),
    w('уменьшай|уменьши|снижай|снизь|понижай|понизь|сокращай|сократи', 'reduce'),
    w('увеличивай|увеличь', 'increase'),
    // Red-team round 27: memory, CPU and cores beside their verb ("удвой память", "уменьши память", "зменш
    // пам'ять"), later times (после работы, после совещания, через полтора часа, після роботи), taken back ("ладно,
    // не надо", "передумал"), conditions ("на случай, если", "якщо"), and a count taken away that is negated ("не
    // убирай 2 реплики").
    ...resources("памят\\p{L}*|оперативк\\p{L}*|озу|пам['’]ят\\p{L}*|ram", 'цп|процессор\\p{L}*|cpu|vcpu', 'ядр\\p{L}*|ядер'),
    w('уменьши вдвое|вдвое уменьши|уменьши в два раза|раздели пополам|зменш (?:удвічі|вдвічі)', 'halve'),
    w('увеличь|увеличить|увеличьте|повысь|подними|збільш\\p{L}*|підвищ\\p{L}*', 'increase'),
    w('уменьши|уменьшить|уменьшите|сократи|снизь|понизь|урежь|зменш\\p{L}*|знизь', 'reduce'),
    w('(?:убери|удали|забери|сними|прибери)(?= (?:\\d+ )?(?:cpu|memory))', 'remove'),
    w('дай|дайте|выдели|выделите|дай ещё|дай еще', 'give'),
    w('(?:после|після) (?:обеда|обіду)', 'after lunch'),
    w('(?:после|після) (?:работы|рабочего дня|роботи|робочого дня)', 'after hours'),
    w(
      '(?:после|після) (?:совещания|встречи|митинга|созвона|планёрки|планерки|наради|зустрічі|мітингу)',
      'later, after the meeting',
    ),
    w('через (?:полтора часа|півтори години)', 'in 90 minutes'),
    w('за (?:пів години|півгодини)|через півгодини', 'in 30 minutes'),
    w(
      `(?:(?:ладно|а|нет|ні|хотя|ой),? )?(?:(?:лучше )?не надо|(?:лучше )?не нужно|лучше не|(?:краще )?не треба|краще не|передумал\\p{L}*|передумав\\p{L}*|отставить|відбій|проїхали|неважливо|забудь)${END}`,
      'never mind',
    ),
    w('в случае(?:,? если)?|на случай(?:,? если)?|если вдруг|якщо|у разі|в разі|на випадок', 'if'),
    w('нет,? (?:стой|подожди|погоди)|ні,? (?:стій|зачекай)|стой|подожди|погоди|зачекай', 'no, wait'),
    w('нет|ні(?=,? \\d)', 'no'),
    w('но|однако|але', 'but'),
    w(
      'не (?:убирай|удаляй|убери|удали|снимай|уменьшай|прибирай|видаляй) (?:ещё |еще )?N (?:реплик\\p{L}*|под\\p{L}*)',
      "don't remove $1 replicas of",
    ),
    // Red-team round 25: conditions, "через два часа", taken back ("отбой"), counts taken away ("на 2 меньше").
    w('отбой|отмена|забудь(?: об этом)?|неважно|проехали', 'never mind'),
    w('если|когда', 'if'),
    ...inWords(
      'через ',
      { один: 1, одну: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, десять: 10, двадцать: 20, тридцать: 30 },
      'час\\p{L}*',
      'минут\\p{L}*',
    ),
    w('на N (?:реплик\\p{L}*|под\\p{L}*|инстанс\\p{L}*) меньше', 'down by $1 replicas'),
    w('(?:убери|удали) (?:ещё |еще )?N (?:реплик\\p{L}*|под\\p{L}*)', 'remove $1 replicas of'),
    // Later: "завтра утром", "сегодня вечером", "позже", "через 10 минут", "после деплоя", "в понедельник".
    w('завтра(?: утром| вечером)?', 'tomorrow'),
    w('послезавтра', 'the day after tomorrow'),
    w('сегодня (?:вечером|ночью)|вечером', 'tonight'),
    w('(?:а|и) (?:потом|затем)', 'and then'),
    w('позже|попозже|потом', 'later on'),
    w('через N', 'in $1'),
    // Not now, no need, let's not: "не сегодня", "не сейчас", "не надо", "давай не будем"; Ukrainian "не зараз", "не треба".
    w('(?:но |а |але )?не (?:сегодня|сейчас|сьогодні|зараз)', 'later on'),
    w('не (?:надо|нужно|стоит|треба|потрібно|варто)', 'no need to'),
    w('(?:давай|давайте) не будем|(?:давай|давайте) не', "don't"),
    w('никаких|никакого|ніяких|жодного', 'no'),
    // Parts of the day, hours, the weekend: "утром", "днём", "в 18:00", "в полночь", "через годину", "на выходных".
    w('(?:завтра |сегодня )?(?:утром|с утра)|вранці|зранку|уранці', 'in the morning'),
    w('(?:сегодня )?(?:днём|днем|после обеда)|(?:сьогодні )?(?:вдень|після обіду)', 'this afternoon'),
    w('ввечері|увечері', 'in the evening'),
    w('(?:в|о|опівночі) полночь|опівночі', 'at midnight'),
    w('в полдень|опівдні', 'at noon'),
    w('(?:в|о) N:(\\d\\d)|(?:в|о) N (?:час\\p{L}*|годин\\p{L}*)', 'at $1$3:00'),
    w('через (?:годину|часок)', 'in an hour'),
    w('через пів(?:години| години)|через полчаса', 'in 30 minutes'),
    w('через N (хвилин\\p{L}*|годин\\p{L}*)', 'in $1 $2'),
    w('(?:на|в|у) (?:эти |ці )?(?:выходных|выходные|вихідних|вихідні)', 'this weekend'),
    w('післязавтра', 'the day after tomorrow'),
    w('пізніше|потім', 'later on'),
    // Relative counts: "ещё 2 реплики", "на 2 реплики больше", "вдвое".
    w('(?:ещё|еще|ще) N (?:реплик\\p{L}*|под\\p{L}*)|на N (?:реплик\\p{L}* )?больше', 'by $1$2 more replicas'),
    w('вдвое|в два раза|удвой|подвой', 'double'),
    w('через час', 'in an hour'),
    w('через минуту', 'in a minute'),
    w('после', 'after the'),
    w('на следующей неделе|на будущей неделе', 'next week'),
    ...weekdays(['понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу', 'воскресенье'], '(?:в|во) '),
    // "никогда не", "пока не", "ещё не": never, not yet; "уже откатили", "перезапустился": done before.
    w('никогда не|никогда', 'never'),
    w('(?:пока|ещё|еще) не', "don't yet"),
    w('уже', 'already'),
    w('его|её|ее|их', 'its'),
    w('откатил\\p{L}*|откачен\\p{L}*', 'rolled back'),
    w('перезапустил\\p{L}*|перезапущен\\p{L}*', 'restarted'),
    w('(?:за )?последн\\p{L}* N', 'last $1'),
    w('(?:за )?последн\\p{L}* (час|день|неделю)', 'last 1 $1'),
    w('на N (минут\\p{L}*|час\\p{L}*|секунд\\p{L}*)', 'for $1 $2'),
    ...units(
      'час|часа|часов|годин|години|годину',
      'минут|минуты|минуту|минута|хвилин|хвилини|хвилину',
      'секунд|секунды|секунду',
      'дней|дня|день',
      'строк|строки|строку',
    ),
    w('в прошлом месяце|за прошлый месяц', 'last month'),
    w('в этом месяце|за этот месяц', 'this month'),
    w('на прошлой неделе|за прошлую неделю', 'last week'),
    w('на этой неделе|за эту неделю', 'this week'),
    w('сегодня', 'today'),
    w('(?:в )?(?:прод|проде|продакшн|продакшене|продакшен)', 'in production'),
    w('(?:удали|удалить|удалите) под', 'delete pod'),
    w('(?:убей|убить) (?:один |случайный )?под', 'kill a pod'),
    w('удали|удалить|удалите', 'delete'),
    w('останови|остановить|остановите', 'stop'),
    w('отмени|отменить|прерви|прервать', 'abort'),
    w('приостанови|поставь на паузу|поставить на паузу', 'pause'),
    w('повтори|повторить', 'retry'),
    w('продвинь|продвинуть|промоутни', 'promote'),
    w('полностью|до конца', 'fully'),
    w('на (?:один )?шаг', 'one step'),
    w('до ревизии N', 'to revision $1'),
    w('создай|создать', 'create'),
    w('с именем|под названием', 'named'),
    w('с образом', 'with image'),
    w('обнови образ', 'set image'),
    w('образ', 'image'),
    w('порт', 'port'),
    w('запусти|запустить', 'run'),
    w('задержк\\p{L}*', 'latency'),
    w('потер\\p{L}* пакетов', 'packet loss'),
    w('эксперимент\\p{L}*', 'experiments'),
    w('хаос\\p{L}*', 'chaos'),
    w('по (неймспейсам|namespace)', 'by namespace'),
    w('по (деплойментам|deployment)', 'by deployment'),
    w('топ N', 'top $1'),
    w('добавь N', 'add $1 more'),
    w('опиши|описать', 'describe'),
    w('перечисли|список', 'list'),
    w('сколько стоил\\p{L}*', 'how much did cost'),
    w('откат\\p{L}*', 'roll back'),
    w('перезапуст\\p{L}*|перезапуск\\p{L}*', 'restart'),
    [/(?<![\p{L}])(если|когда)(?![\p{L}])/giu, 'if'],
    [/(?<![\p{L}])(может быть|может|наверное)(?![\p{L}])/giu, 'maybe we should'],
    [/(?<![\p{L}])нужно ли(?![\p{L}])/giu, 'do we need to'],
    [/(?<![\p{L}])можно ли(?![\p{L}])/giu, 'can we'],
    [/(?<![\p{L}])не (?=\p{L})/giu, "don't "],
    [/(?<![\p{L}])(откати|откатить|откатите)(?![\p{L}])/giu, 'roll back'],
    [/(?<![\p{L}])(перезапусти|перезапустить|перезапустите|рестартни)(?![\p{L}])/giu, 'restart'],
    [/(?<![\p{L}])(покажи|показать|покажите)(?![\p{L}])/giu, 'show'],
    [/(?<![\p{L}])(логи|журналы)(?![\p{L}])/giu, 'logs'],
    [/(?<![\p{L}])(масштабируй|отмасштабируй)(?![\p{L}])/giu, 'scale'],
    [/(?<![\p{L}])(поды|подов)(?![\p{L}])/giu, 'pods'],
    [/(?<![\p{L}])(сколько стоил|сколько стоило|стоимость)(?![\p{L}])/giu, 'cost of'],
    [/(?<![\p{L}])(вчера)(?![\p{L}])/giu, 'yesterday'],
    [/(?<![\p{L}])в (проде|продакшене|продакшн)(?![\p{L}])/giu, 'in production'],
    [/(?<![\p{L}])(на|в) (стейджинге|staging)(?![\p{L}])/giu, 'in staging'],
    [/(?<![\p{L}])(пожалуйста|плз)(?![\p{L}])/giu, 'please'],
    [/(?<![\p{L}])до (\d+)(?![\p{L}])/giu, 'to $1'],
    [/(?<![\p{L}])(реплик|реплики)(?![\p{L}])/giu, 'replicas'],
    w('в|на', 'in'),
    w('и', 'and'),
  ],
};

/**
 * Hindi in Latin letters, with English words mixed in ("worker ke logs dikhao prod mein, pichle 2 ghante ke"): the
 * verb comes last and postpositions follow their noun; the reader takes the words in any order, so the postpositions
 * ("ke", "mein", "ko") and the helpers of the verb ("karo", "kar do") are dropped.
 */
const HINDI: Table = {
  markers: words(
    'mat|nahi|nahin|chahiye|baad|subah|shaam|parso|dopahar|rehne|zaroorat|baje|dikhao|dikha|dikhana|dikhaiye|batao|bata|bataiye|mein|ke|ka|ki|ko|karo|kar|kardo|karna|kijiye|karein|wala|wale|wali|pichle|pichhle|ghante|ghanta|ghanton|kharcha|kharche|kharch|mahine|mahina|hafte|hafta|saare|sare|sab|badha|badhao|badhaao|ghatao|ghata|aur|yaar|abhi|kis|hai|hain|kitna|kitne|kya|aaj|kal|roko|rok|hatao|mita|maaro|maar|banao|bana|naam|liye|tak|wapas|pura|poora|puri|poori|zara|jaldi|bhai|sakte|sakta|aadha|aadhe|dedh|khane|bhool|jaye|jaaye|lekin|magar|ruko|baadme|thodi|der|chhodo|chodo|jane|jaane|rahne|matlab|balki|jaise|jab',
  ),
  phrases: [
    // Red-team round 28: after dinner, in a while, 'baadme', taken back ('rehne do', 'chhodo'), a correction ('matlab'), conditions
    // ('jaise hi', 'jab bhi'), a negated change to N ('2 tak kam mat karo').
    w(
      '(?:dinner|raat ke khane|khane|khana) (?:ke )?baad(?= |$)(?!.*lunch)|thodi der (?:mein|me|baad)|kuch der (?:mein|me|baad)|baadme|phir kabhi',
      'later on',
    ),
    w(`rehne do|rahne do|chhodo|chodo|jane do|jaane do|koi baat nahi`, 'never mind'),
    w('mera matlab|matlab|balki', 'I mean'),
    w('jaise hi|jab bhi', 'if'),
    w('N (?:replicas?|pods?)? ?tak (?:kam|ghata\\p{L}*) (?:mat|na) kar\\p{L}*', "don't reduce to $1 replicas"),
    w('N (?:replicas?|pods?)? ?tak (?:badha\\p{L}*|zyada) (?:mat|na) kar\\p{L}*', "don't increase to $1 replicas"),
    // Red-team round 27: cores and halves ("aadha karo"), later times (lunch ke baad, office ke baad, meeting ke baad,
    // aadhe ghante mein, dedh ghante baad), taken back ("bhool jao"), conditions ("crash ho jaye to"), and a count
    // taken away that is negated ("2 replica kam mat karo").
    ...resources('memory|ram|memori', 'cpu|processor', 'cores?|kor'),
    w('(?:aadha|adha|aadhi|half) kar(?:o| do)', 'halve'),
    w('(?:lunch|khane|khana|khaana) (?:ke )?baad|khana kha ke', 'after lunch'),
    w('(?:office|kaam|duty|shift|work) (?:ke )?baad|chhutti ke baad', 'after hours'),
    w('meeting (?:ke )?baad', 'later, after the meeting'),
    w('aadhe ghante (?:mein|me|baad)', 'in 30 minutes'),
    w('dedh ghante (?:mein|me|baad)|dedh ghanta baad', 'in 90 minutes'),
    w(`(?:(?:nahi nahi|arre|acha|achha),? )?(?:rehne hi do|bhool jao|bhul jao|cancel kar(?:o| do))${END}`, 'never mind'),
    w('(\\p{L}+) (?:ho jaye|ho jaaye|ho jae|ho jata hai|hota hai) to', 'if $1'),
    w(`(?:nahi,? )?ruko${END}|ek (?:minute|min) ruko`, 'no, wait'),
    w('lekin|magar', 'but'),
    w(
      'N (?:replicas?|pods?)? ?(?:aur )?kam (?:mat|na|nahi|nahin) (?:karo|kar do|kijiye|karna|karein)',
      "don't remove $1 replicas",
    ),
    // Red-team round 25: conditions, "paanch baje", taken back, counts taken away ("2 replica aur kam karo").
    w('rehne do|jaane do|chhodo|chhod do', 'never mind'),
    w('agar|yadi|jab', 'if'),
    ...Object.entries({
      ek: 1,
      do: 2,
      teen: 3,
      chaar: 4,
      char: 4,
      paanch: 5,
      panch: 5,
      chhe: 6,
      che: 6,
      saat: 7,
      aath: 8,
      nau: 9,
      das: 10,
      gyarah: 11,
      baarah: 12,
      barah: 12,
    }).map(([word, n]) => w(`${word} baje`, `at ${n}:00`)),
    w('N (?:replica|replicas|pod|pods)? ?(?:aur )?kam (?:karo|kar do|kijiye|karein|kar)', 'remove $1 replicas'),
    // "rollback mat karo", "restart nahi karna": the verb before "mat"/"nahi" is negated ("don't rollback").
    w('(\\p{L}+) (?:mat|na|nahi|nahin) (?:karo|kar do|kijiye|karein|karna|kar)(?: hai)?', "don't $1"),
    w('(\\p{L}+) mat', "don't $1"),
    w('(?:abhi|aaj) (?:nahi|nahin|mat)', 'later on'),
    // "rollback rehne do", "restart karne ki zaroorat nahi": leave it, no need.
    w('(\\p{L}+) (?:rehne do|rahne do|jaane do|jane do|chhod do|chhodo|mat hi karo)', "don't $1"),
    w('(\\p{L}+) (?:karne )?ki (?:zaroorat|zarurat|jarurat|zaroorat bhi) (?:nahi|nahin)(?: hai)?', 'no need to $1'),
    // Parts of the day, hours, the weekend: "parso", "dopahar", "shaam 6 baje", "aadhi raat", "ek ghante baad".
    w('parso|parson', 'the day after tomorrow'),
    // (The verb comes last, and "this afternoon", "an hour" before it would make it a noun to the reader.)
    w('(?:aaj )?dopahar(?: mein| ko)?', 'later today'),
    w('aaj shaam(?: ko)?', 'tonight'),
    w('aadhi raat(?: ko)?', 'at midnight'),
    w('N baje', 'at $1:00'),
    w('ek ghante (?:baad|mein)', 'in 60 minutes'),
    w('(?:is )?weekend (?:pe|par|mein|ko)|hafte ke ant mein', 'later on'),
    // Relative counts: "ek aur replica", "double karo".
    w('ek aur (replicas?|pods?|instances?)', 'add 1 more $1'),
    w('double kar(?:o| do)|dugna kar(?:o| do)|do guna kar(?:o| do)', 'double'),
    w('kabhi (?:nahi|nahin|mat)', 'never'),
    w('nahi|nahin', 'not'),
    // "kya checkout ko staging mein promote karna chahiye?": should we.
    w('kya (.+?) (\\p{L}+) (?:karna|karni|karne) chahiye', 'should we $2 $1'),
    w('(\\p{L}+) (?:karna|karni|karne) chahiye', 'should we $1'),
    w('chahiye', 'should'),
    // Later: "baad mein", "10 minute baad", "deploy ke baad", "aaj raat", "agle hafte", weekdays.
    w('baad mein|thodi der (?:mein|baad)', 'later on'),
    w('N (minute|minat|mint|ghante|ghanta) (?:baad|mein)', 'in $1 $2'),
    w('(\\p{L}+) (?:ke )?baad', 'after the $1'),
    w('aaj raat(?: ko)?', 'tonight'),
    w('agle hafte', 'next week'),
    ...weekdays(
      [
        'somvaar|somvar',
        'mangalvaar|mangalvar',
        'budhvaar|budhvar',
        'guruvaar|guruvar|veervaar',
        'shukravaar|shukravar',
        'shanivaar|shanivar',
        'ravivaar|ravivar|itvaar',
      ],
      '(?:is |agle )?',
      '(?: ko)?',
    ),
    // "shaam ko restart karo": the evening, before the verb, is later.
    w('(?:subah|shaam|raat)(?: ko)?(?= (?:\\p{L}+ )?(?:karo|kar do|kijiye|karna|karein|kar dena)(?![\\p{L}]))', 'later on'),
    w('subah', 'morning'),
    w('shaam', 'evening'),
    w('(?:tum|aap) (?:kya kya |kya )?kar sakte ho', 'what can you do'),
    w('kya kya|kya', 'what'),
    w('tum|aap', 'you'),
    w('(?:pichle|pichhle|last|aakhri|aakhiri) N', 'last $1'),
    ...units('ghante|ghanta|ghanton', 'minute|minat|mint|minton', 'second|seconds|sekand', 'din|dino|dinon', 'line|lines|lain'),
    w('is mahine|iss mahine|is month', 'this month'),
    w('pichle mahine|pichhle mahine|last month', 'last month'),
    w('is hafte|iss hafte|is week', 'this week'),
    w('pichle hafte|pichhle hafte|last week', 'last week'),
    w('(?:pichle|pichhle|last|aakhri|aakhiri) (?:ek )?(ghanta|ghante|din)', 'last 1 $1'),
    w('aaj', 'today'),
    // "kal" is yesterday and tomorrow: yesterday when it is about what things cost or the verb is in the past.
    [
      /(?<![\p{L}])kal(?![\p{L}])(?=.*(kharch|cost|bill|(?<![\p{L}])(tha|thi|the|kiya|kiye|hua|hui|gaya|gayi)(?![\p{L}])))/giu,
      'yesterday',
    ],
    w('raat', 'night'),
    w('kisne', 'who'),
    w('atka|atki|atke|atak gaya|atak gayi|phasa|phansa', 'stuck'),
    w('toot gaya|toot gayi|tut gaya|tut gayi', 'broke'),
    w('kal', 'tomorrow'),
    w('kharcha|kharche|kharch|lagat', 'cost'),
    w('kitna|kitne|kitni', 'how much'),
    // "namespace wise", "har deployment ka": costs by something.
    w('(namespace|deployment|pod)[ -]?wise', 'by $1'),
    w('har (namespace|deployment|pod)', 'by $1'),
    w('sabse mehenge N|top N', 'top $1'),
    w('saare|sare|sabhi|sab', 'all'),
    // "2 replicas aur badha do": 2 more; "ghata do": fewer.
    w('N (replicas?|pods?|instances?) aur', 'add $1 more $2'),
    w('N aur (replicas?|pods?|instances?)', 'add $1 more $2'),
    w('(?:N )?(?:replicas? )?(?:se )?ghatao|ghata do|kam karo|kam kar do', 'remove'),
    w('badha do|badhao|badhaao|badhaiye|badha', 'scale'),
    w('N (replicas?) (?:pe|par|tak)', 'to $1 $2'),
    w('(?:pe|par|tak) N|N (?:pe|par)', 'to $1$2'),
    w('band karo|band kar do|band kijiye|rok do|roko|rok', 'stop'),
    w('dikhao|dikha do|dikhaiye|dikhana|dikha|batao|bata do|bataiye|bata', 'show'),
    w('restart karo|restart kar do|restart kijiye|restart karna|dobara chalao|phir se chalao', 'restart'),
    w('wapas (?:le jao|karo|kar do|lao)|pichle version pe le jao', 'roll back'),
    w('hatao|hata do|mita do|mitao', 'delete'),
    w('(?:ek|1) pod maar do|(?:ek|1) pod maaro', 'kill a pod'),
    w('maar do|maaro|maar', 'kill'),
    w('naya', 'a new'),
    w('banao|bana do|banaiye', 'create'),
    w('naam (?:ka|ke|ki|se)', 'named'),
    w('(?:pura|poora|puri|poori)(?: tarah)?(?: se)?', 'fully'),
    w('ke liye|tak', 'for'),
    w('abhi', 'now'),
    w('kis', 'which'),
    w('aur', 'and'),
    w('ek', '1'),
    w(
      'wala|wale|wali|ke|ka|ki|ko|mein|me|pe|par|se|karo|kar do|kar|kardo|kijiye|karein|karna|hai|hain|tha|thi|yaar|bhai|zara|jaldi|jee|ji',
      '',
    ),
  ],
};

/**
 * Indonesian and Malay ("cek log worker di production 1 jam terakhir", "berapa biaya per deployment di staging bulan
 * ini?"): the word order is English's, with "terakhir" (last) and "ini" (this) after their noun.
 */
const INDONESIAN: Table = {
  markers: words(
    'kurangi|satu|dua|tiga|replika|promosikan|penuh|kembalikan|terus|jangan|belum|tidak|nggak|gak|besok|nanti|lusa|usah|perlu|sore|siang|pukul|jam|akhir|pekan|gandakan|setelah|sesudah|pagi|malam|dulu|cek|periksa|lihat|lihatkan|tampilkan|tunjukkan|tunjuk|di|ke|dari|terakhir|berapa|biaya|kos|bulan|ini|lalu|lepas|lanjutkan|teruskan|berikutnya|seterusnya|bikin|buat|buatkan|gagal|selama|detik|menit|minit|tolong|ganti|tukar|jadi|hapus|padam|kemarin|semalam|hari|minggu|mulai|ulang|semula|naikkan|turunkan|tambah|tambahkan|kurangi|hentikan|batalkan|jeda|coba|lagi|dengan|bernama|baris|semua|sepenuhnya|tahap|setiap|yang|sedang|berjalan|eksperimen|kembalikan|balikkan|versi|sebelumnya|saja|dong|deh|nih|ya|sekarang|gambar|bunuh|matikan|habis|sehabis|makan|rapat|pulang|setengah|seandainya|andaikan|memori|kasih|beri|biarin|udah|tapi|tetapi|namun|bentar|tunggu|kalau-kalau|kalau|kalo|jika|malam|sebentar|ntar|lupakan|sudahlah|udahlah|maksudnya|maksudku|begitu|kurangi|kurangin|turunkan|jadi',
  ),
  phrases: [
    // "kurangi satu replika", "promosikan payments sampai penuh", "kembalikan worker ke 3 replika", "terus cek log-nya"
    // (blind174).
    ...Object.entries({
      satu: 1,
      dua: 2,
      tiga: 3,
      empat: 4,
      lima: 5,
      enam: 6,
      tujuh: 7,
      delapan: 8,
      sembilan: 9,
      sepuluh: 10,
    }).map(([word, n]) => w(`${word}(?= replika| pod| instance)`, String(n))),
    w('kurangi N (?:replika|pod)', 'remove $1 replicas from'),
    w('tambah(?:kan)? N (?:replika|pod)', 'add $1 replicas to'),
    w('kembalikan (\\p{L}[\\p{L}\\d-]*(?: di \\p{L}+)?) ke N (?:replika|pod)', 'scale $1 to $2 replicas'),
    w('promosikan', 'promote'),
    w('sampai penuh|sepenuhnya', 'fully'),
    w('terus cek', 'and then check'),
    w('log-?nya', 'its logs'),
    // Red-team round 28: after dinner, in a while, taken back ('gak jadi', 'lupakan'), a correction ('maksudnya'), conditions
    // ('begitu', 'setiap kali'), a negated change to N ('jangan kurangi … jadi 2').
    w('(?:setelah|habis|sesudah) makan malam|sebentar lagi|nanti (?:saja|aja)|ntar', 'later on'),
    w(`(?:gak|nggak|ga|enggak|tidak) jadi|lupakan(?: saja| aja)?|sudahlah|udahlah`, 'never mind'),
    w('maksudnya|maksudku|maksud saya', 'I mean'),
    w('begitu|setiap kali|tiap kali', 'if'),
    w('jangan (kurangi|kurangin|turunkan|kecilkan|naikkan|tambah)', "don't $1"),
    w('kurangi|kurangin|turunkan|kecilkan', 'reduce'),
    // Red-team round 27: memory, CPU and cores beside their verb ("gandakan memori", "kurangi memori"), later times
    // (habis makan siang, pulang kerja, setelah rapat, setengah jam lagi, satu setengah jam lagi), taken back ("eh,
    // gak jadi deh", "biarin aja"), conditions ("seandainya", "jaga-jaga kalau").
    ...resources('memori|ram', 'cpu|prosesor|vcpu', 'core|inti'),
    w('(?:kurangi|kurangin|turunkan)(?= (?:\\d+ )?(?:cpu|memory))', 'reduce'),
    w('(?:naikkan|tingkatkan|tambah|tambahkan)(?= (?:cpu|memory))', 'increase'),
    w('(?:kasih|beri|berikan)(?= [^,.;!?]*(?:cpu|memory))', 'give'),
    w('bagi dua|setengahkan|kurangi setengah(?:nya)?|potong setengah', 'halve'),
    w('(?:habis|sehabis|abis|setelah|sesudah|selesai) (?:makan siang|makan|istirahat siang|lunch|ishoma)', 'after lunch'),
    w(
      '(?:habis|sehabis|abis|setelah|sesudah|selesai) (?:kerja|kantor|jam kerja|ngantor)|pulang (?:kerja|kantor)|jam pulang',
      'after hours',
    ),
    w('(?:habis|sehabis|abis|setelah|sesudah|selesai) (?:rapat|meeting)', 'later, after the meeting'),
    w('(?:satu|1) setengah jam lagi|sejam setengah lagi|dalam (?:satu|1) setengah jam|1,5 jam lagi', 'in 90 minutes'),
    w('setengah jam lagi|dalam setengah jam|setengah jam (?:dari sekarang|kemudian)', 'in 30 minutes'),
    w(
      `(?:(?:eh|oh|udah|sudah|ah),? )?(?:(?:gak|ga|nggak|enggak) jadi(?: deh)?|(?:mending|lebih baik) (?:jangan|nggak usah|gak usah|tidak)|biarin aja|biarkan saja|sudahlah|udahlah|(?:gak|ga|nggak) usah deh)${END}`,
      'never mind',
    ),
    w('seandainya|andaikan|jikalau|kalau-kalau|sekiranya|siapa tahu|jaga-jaga kalau|buat jaga-jaga|kalau sampai|bilamana', 'if'),
    w(`(?:eh,? )?(?:bentar|tunggu(?: dulu)?)${END}`, 'no, wait'),
    w('bukan(?=,? \\d)', 'no'),
    w('tapi|tetapi|namun', 'but'),
    // Red-team round 25: conditions, taken back ("batal"), counts taken away ("kurangi 2 replika lagi").
    w('(?:ga|gak|nggak|tidak|enggak) jadi|batal(?: deh| aja)?|lupakan(?: saja| aja)?', 'never mind'),
    w('kalau|kalo|jika|apabila|bila', 'if'),
    w('(?:kurangi|kurangin) N (?:replika|pod|instans)(?: lagi)?', 'remove $1 replicas'),
    // "jangan restart … dulu": don't (yet); "tidak", "belum": not (yet).
    // Not now, no need: "jangan hari ini", "bukan sekarang", "nggak usah", "tidak perlu".
    w('(?:tapi )?(?:jangan|bukan|tidak|nggak|gak) (?:hari ini|sekarang)', 'later on'),
    w('(?:nggak|ngga|gak|ga|tidak|tak|enggak|ndak) (?:usah|perlu)|tidak perlu|tak perlu', 'no need to'),
    // Parts of the day, hours, the weekend: "sore ini", "nanti siang", "jam 18", "tengah malam", "sejam lagi", "akhir pekan".
    w('(?:sore|siang) ini|nanti (?:sore|siang)', 'this afternoon'),
    w('tengah malam', 'at midnight'),
    [/(?<![\p{L}])(?:pada )?(?:jam|pukul) (\d{1,2})(?:[.:]\d\d)?(?![\p{L}\d])/giu, 'at $1:00'],
    w('(?:satu|1) jam lagi|sejam lagi|dalam (?:satu|1) jam', 'in an hour'),
    w('(?:akhir pekan|akhir minggu|weekend)(?: ini)?', 'this weekend'),
    // Relative counts: "2 replika lagi", "gandakan".
    w('N (?:replika|pod|instance) lagi', 'by $1 more replicas'),
    w('gandakan|lipat gandakan|jadikan dua kali lipat', 'double'),
    w('jangan(?: dulu)?', "don't"),
    w('belum', 'not yet'),
    w('tidak|tak|nggak|ngga|gak|enggak', 'not'),
    w('dulu', 'yet'),
    // Later: "besok pagi", "nanti malam", "10 menit lagi", "dalam 2 jam", "setelah deploy", "minggu depan", "hari Senin".
    w('besok', 'tomorrow'),
    w('lusa', 'the day after tomorrow'),
    w('nanti malam|malam ini', 'tonight'),
    w('nanti(?: saja| aja)?|entar|nanti-nanti', 'later on'),
    w('N (menit|minit|jam|detik) lagi', 'in $1 $2'),
    w('dalam N (menit|minit|jam|detik)', 'in $1 $2'),
    w('setelah|sesudah|selepas', 'after the'),
    w('minggu depan|pekan depan', 'next week'),
    ...weekdays(['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu'], '(?:hari |pada hari )?'),
    w('(?:hari|pada hari) minggu', 'on sunday'),
    w('pagi', 'morning'),
    w('sore|malam', 'evening'),
    w('N (jam|menit|minit|detik|hari|baris) terakhir', 'last $1 $2'),
    w('(jam|hari|minggu|bulan) terakhir', 'last 1 $1'),
    w('terakhir N (jam|menit|minit|detik|hari|baris)', 'last $1 $2'),
    ...units('jam', 'menit|minit', 'detik|saat', 'hari', 'baris'),
    w('bulan ini', 'this month'),
    w('bulan lalu|bulan lepas|bulan kemarin', 'last month'),
    w('minggu ini', 'this week'),
    w('minggu lalu|minggu lepas|minggu kemarin', 'last week'),
    w('hari ini', 'today'),
    w('kemarin|semalam', 'yesterday'),
    w('berapa|berapakah', 'how much'),
    w('biaya|biayanya|kos|ongkos', 'cost'),
    w('per|setiap|tiap', 'by'),
    w('N (?:yang )?(?:paling )?(?:mahal|termahal)', 'top $1'),
    w('cek|periksa|lihat|lihatkan|tampilkan|tunjukkan|tunjuk|kasih lihat', 'show'),
    w('mulai ulang|mulakan semula|mula semula|restart ulang', 'restart'),
    w('naikkan|turunkan|ubah jumlah', 'scale'),
    w('tambah(?:kan)? N(?: lagi)?', 'add $1 more'),
    w('kurangi N', 'remove $1'),
    w('(?:ke|jadi|menjadi) N', 'to $1'),
    w('lanjutkan|teruskan|naikkan tahap', 'promote'),
    w('(?:ke )?(?:step|tahap|langkah) (?:berikutnya|seterusnya|selanjutnya)', 'one step'),
    w('sepenuhnya|sampai habis|sampai 100%|ke 100%', 'fully'),
    w('hentikan|berhentikan|stop', 'stop'),
    w('batalkan|gugurkan', 'abort'),
    w('jeda|jedakan|tunda', 'pause'),
    w('coba lagi|ulangi', 'retry'),
    w('kembalikan|balikkan|rollback(?:kan)?', 'roll back'),
    w('(?:ke )?versi sebelumnya', 'to the previous version'),
    w('(?:ke )?(?:revisi|versi) N', 'to revision $1'),
    w('hapus|padam|buang', 'delete'),
    w('bunuh|matikan', 'kill'),
    w('bikin (?:pod )?(.+?) gagal', 'make pods of $1 fail'),
    w('gagal', 'fail'),
    w('buat|buatkan|bikin|bikinkan', 'create'),
    w('bernama|namanya|dengan nama', 'named'),
    w('dengan image|pakai image|dengan gambar', 'with image'),
    w('dengan|pakai', 'with'),
    w('ganti|tukar|ubah', 'set'),
    w('selama', 'for'),
    w('eksperimen', 'experiments'),
    w('semua', 'all'),
    w('yang sedang berjalan|yang berjalan', 'running'),
    w('di|pada', 'in'),
    w('ke', 'to'),
    w('dari', 'of'),
    w('dan', 'and'),
    w('tolong|dong|deh|nih|ya|saja|aja|sekarang|yang|lagi|jadi', ''),
  ],
};

/**
 * Tagalog with English words mixed in ("pa-restart naman ng api sa staging", "i-abort mo na yung payments rollout"):
 * the English verb takes a prefix ("pa-", "i-", "mag-"), "ng" and "sa" mark what and where.
 */
const TAGALOG: Table = {
  markers: words(
    'huwag|wag|hindi|bukas|mamaya|ayoko|ayokong|ayaw|hapon|tanghali|hatinggabi|kailangan|makalawa|doblehin|umaga|gabi|pagkatapos|naman|ng|nang|yung|iyong|ang|mga|sa|mo|nga|na|pakita|ipakita|pakipakita|patingin|salamat|tumatakbo|ano|ano-ano|alin|buong|lahat|paki|po|kasi|gawin|gawing|gawin mong|ilan|ilang|huling|kahapon|ngayon|ngayong|linggo|buwan|nakaraang|nakaraan|oras|minuto|segundo|araw|linya|magkano|gastos|burahin|tanggalin|itigil|ihinto|ibalik|dagdagan|bawasan|gumawa|gawa|pangalan|may pangalang|hanggang|ulit|lang|muna|rin|kalahating|tanghalian|trabaho|pulong|hayaan|sakaling|bigyan|hatiin|memorya|pero|ngunit|teka|hapunan|maya-maya|kalimutan|bale|este|tuwing|saglit|bawasan|ibaba',
  ),
  phrases: [
    // Red-team round 28: after dinner, in a while, taken back ('huwag na', 'kalimutan mo na'), a correction ('este'), conditions
    // ('tuwing', 'sa sandaling'), a negated change to N.
    w('pagkatapos (?:ng|nang|mag) (?:hapunan|dinner)|maya-maya|mamaya na lang', 'later on'),
    w(`(?:huwag|wag) na(?: lang)?${END}|kalimutan (?:mo )?na|di bale|hindi bale`, 'never mind'),
    w('este|ibig kong sabihin', 'I mean'),
    w('tuwing|sa sandaling|basta', 'if'),
    w('(?:huwag|wag) (?:mong )?(bawasan|ibaba|dagdagan)', "don't $1"),
    w('bawasan|ibaba', 'reduce'),
    w(`saglit${END}`, 'no, wait'),
    // Red-team round 27: memory, CPU and cores ("doblehin ang memory"), later times (pagkatapos ng tanghalian, ng
    // trabaho, ng meeting, kalahating oras), taken back ("hayaan mo na"), conditions ("sakaling").
    ...resources('memorya|memory|ram', 'cpu|vcpu', 'cores?'),
    w('hatiin(?: sa dalawa)?|kalahatiin', 'halve'),
    w('bigyan', 'give'),
    w('pagkatapos (?:ng|nang|mag) (?:tanghalian|lunch|kumain|kain)|pagkatapos kumain|pagkakain', 'after lunch'),
    w('pagkatapos (?:ng|nang) (?:trabaho|shift|office hours|duty)|pag-uwi|pauwi|paglabas sa trabaho', 'after hours'),
    w('pagkatapos (?:ng|nang) (?:meeting|pulong|miting)', 'later, after the meeting'),
    w('(?:pagkalipas ng |sa loob ng |after |makalipas ang )?kalahating oras', 'in 30 minutes'),
    w("(?:pagkalipas ng |sa loob ng |after )?(?:isa't kalahating oras|isang oras at kalahati)", 'in 90 minutes'),
    w(
      `(?:(?:ay|ah|hay|ok),? )?(?:hayaan mo na|hayaan na lang|hayaan mo|(?:wag|huwag) na pala|cancel na|kalimutan mo na lang)${END}`,
      'never mind',
    ),
    w('sakaling|kung sakali(?:ng)?', 'if'),
    w(`(?:hindi,? )?(?:teka|sandali)(?: lang)?${END}`, 'no, wait'),
    w('hindi(?=,? \\d)', 'no'),
    w('pero|ngunit|kaso', 'but'),
    // Red-team round 25: conditions, "mamayang alas-5", taken back ("saka na lang"), counts taken away.
    w('saka na(?: lang)?|huwag na(?: lang)?|wag na(?: lang)?|kalimutan mo na', 'never mind'),
    w('kung|kapag|pag', 'if'),
    w('mamaya(?:ng)? alas[- ]N', 'at $1:00'),
    w('alas[- ]N', 'at $1:00'),
    w('mamaya(?:ng)?', 'later on'),
    w('(?:bawasan|bawasin) (?:pa )?(?:ng )?N (?:replica|replicas|pod)(?: pa)?', 'remove $1 replicas'),
    // "pa-restart", "i-scale mo", "mag-rollback": the English verb; "pakirestart", "pakidagdagan": please, then the verb.
    [/(?<![\p{L}])(?:pa|i|mag|nag|paki|ipa)-(?=\p{L})/giu, ''],
    [
      /(?<![\p{L}])paki(?=(?:restart|scale|promote|pause|abort|retry|rollback|roll|delete|kill|describe|list|show|dagdagan|bawasan|tanggalin|ibalik|ipakita|pakita)\p{L}*)/giu,
      '',
    ],
    // "ng dalawa", "kalahati lang ng web": the numbers in words, and half of it (blind167).
    w('kalahati(?: lang)?(?: ng| nang)?', 'halve'),
    ...Object.entries({ isa: 1, dalawa: 2, tatlo: 3, apat: 4, lima: 5, anim: 6, pito: 7, walo: 8, siyam: 9, sampu: 10 }).map(
      ([word, n]) => w(`(?:ng |nang )?${word}(?! pang)`, String(n)),
    ),
    // Not now, no need, I don't want: "hindi ngayon", "hindi na kailangan", "ayokong i-restart".
    w('(?:pero )?(?:hindi|huwag|wag) (?:ngayon|muna ngayon)', 'later on'),
    w('(?:hindi|di) na kailangan(?:g)?|hindi kailangan(?:g)?|di kailangan(?:g)?', 'no need to'),
    w('ayoko(?:ng)?|ayaw (?:ko|namin|naming|kong)', "I don't want to"),
    // Parts of the day, the weekend: "mamayang hapon", "mamayang tanghali", "hatinggabi", "sa makalawa", "sa weekend".
    w('(?:mamayang|ngayong|sa) hapon|hapon', 'this afternoon'),
    w('(?:mamayang |sa )?tanghali', 'at noon'),
    w('(?:sa |mamayang )?hatinggabi', 'at midnight'),
    w('(?:sa )?makalawa', 'the day after tomorrow'),
    w('(?:sa |ngayong )weekend', 'this weekend'),
    w('(?:isang|1) oras', 'an hour'),
    // Relative counts: "isa pang replica", "doblehin".
    w('isa pang (replicas?|pods?)', 'add 1 more $1'),
    w('doblehin', 'double'),
    // "huwag mong i-rollback", "'wag", "hindi pa": don't, not yet.
    [/(?<![\p{L}])'?(?:huwag|wag)(?: (?:mong|nyong|ninyong|mo|nyo|ninyo|po|munang|muna|na))*(?![\p{L}])/giu, "don't"],
    w('hindi pa', 'not yet'),
    w('hindi', 'not'),
    // Later: "bukas ng umaga", "mamayang gabi", "mamaya", "pagkatapos ng deploy", "sa Lunes", "sa susunod na linggo".
    w('bukas(?: ng| nang)? umaga', 'tomorrow morning'),
    w('bukas', 'tomorrow'),
    w('mamayang gabi|ngayong gabi', 'tonight'),
    w('mamaya(?: na)?', 'later on'),
    w('(?:pagkalipas|makalipas)(?: ng| ang)? N (minuto|oras)|sa loob ng N (minuto|oras)', 'in $1$3 $2$4'),
    w('pagkatapos(?: ng| nang)?', 'after the'),
    w('sa susunod na linggo|next week', 'next week'),
    ...weekdays(['lunes', 'martes', 'miyerkules', 'huwebes', 'biyernes', 'sabado', 'linggo'], '(?:sa |ngayong )'),
    ...weekdays(['lunes', 'martes', 'miyerkules', 'huwebes', 'biyernes', 'sabado']),
    w('umaga', 'morning'),
    w('gabi', 'evening'),
    w('ano(?:-ano)?(?: yung| ang)?(?: mga)?', 'what'),
    w('(?:pakita|ipakita|pakipakita|patingin|tingnan)(?: mo)?', 'show'),
    w('(?:huling|last) N', 'last $1'),
    ...units('oras', 'minuto', 'segundo', 'araw', 'linya'),
    w('ngayong buwan|itong buwan', 'this month'),
    w('(?:noong )?nakaraang buwan', 'last month'),
    w('ngayong linggo|itong linggo', 'this week'),
    w('(?:noong )?nakaraang linggo', 'last week'),
    w('kahapon', 'yesterday'),
    w('ngayong araw|ngayon', 'today'),
    w('magkano|ilan', 'how much'),
    w('gastos|gastusin|bayad', 'cost'),
    w('kada|bawat', 'by'),
    w('dagdagan (?:mo )?(?:ng )?N', 'add $1 more'),
    w('bawasan (?:mo )?(?:ng )?N', 'remove $1'),
    w('dagdagan|bawasan', 'scale'),
    w('(?:gawin|gawing|gawin mong) N', 'to $1'),
    w('hanggang N ?%', 'to $1%'),
    w('hanggang N', 'to $1'),
    w('itigil|ihinto|patigilin', 'stop'),
    w('ibalik(?: mo)?(?: sa dati)?', 'roll back'),
    w('burahin|tanggalin|alisin', 'delete'),
    w('patayin', 'kill'),
    w('gumawa ng|gawa ng', 'create'),
    w('na may pangalang|na pangalan ay|na tinatawag na|named', 'named'),
    w('tumatakbo', 'running'),
    w('buong|lahat ng|lahat', 'all'),
    w('ulit', 'again'),
    w('salamat', 'thanks'),
    w('sa', 'in'),
    w('ng|nang', 'of'),
    w('may', 'there is'),
    w('naman|yung|iyong|ang|mga|mo|nga|na|po|kasi|lang|muna|din|rin|paki', ''),
  ],
};

/**
 * Swahili ("Tafadhali anzisha upya api kwenye staging", "Gharama ya production jana ilikuwa kiasi gani?"): the
 * word order is English's; "za", "ya", "la" (of) follow their noun.
 */
const SWAHILI: Table = {
  markers: words(
    'usi\\p{L}+e|msi\\p{L}+e|sitaki|hatutaki|kesho|asubuhi|jioni|wikendi|mchana|haja|manane|zaidi|usiku|baadaye|baada|ijayo|bado|tafadhali|anzisha|upya|kwenye|katika|nionyeshe|onyesha|nionyesha|za|ya|wa|la|ongeza|punguza|hadi|mpaka|gharama|jana|leo|ilikuwa|kiasi|gani|rudisha|toleo|awali|futa|simamisha|sitisha|ghairi|jaribu|tena|unda|tengeneza|inayoitwa|iitwayo|yenye|picha|kumbukumbu|mistari|saa|dakika|sekunde|siku|wiki|mwezi|huu|hii|iliyopita|uliopita|zilizopita|kila|zote|yote|mazingira|majaribio|nakala|ngapi|na|kwa|mwisho|zinazoendelea|eleza|orodha|orodhesha|ua|hatua|inayofuata|kikamilifu|sahau|hapana|nusu|mkutano|kazi|chakula|endapo|ikitokea|lakini|subiri|ngoja|achana|usijali|sahau|haja|yaani|namaanisha|nilimaanisha|mara|punde|baadaye|jioni|sasa',
  ),
  phrases: [
    // Red-team round 28: after dinner, in a while, taken back ('achana na hilo', 'usijali'), a correction ('yaani'), conditions
    // ('mara tu', 'kila mara').
    w('baada ya (?:chakula cha )?(?:jioni|usiku)|baadaye kidogo|muda si mrefu|punde', 'later on'),
    w('achana na(?:o| hilo| hiyo| hayo| hii)?|usijali|acha tu|sahau hilo|haina haja', 'never mind'),
    w('yaani|namaanisha|nilimaanisha', 'I mean'),
    w('mara tu|kila (?:mara|wakati)', 'if'),
    w('si sasa', 'later on'),
    // Red-team round 27: memory, CPU and cores ("ongeza CPU mbili", "punguza RAM"), later times (baada ya chakula cha
    // mchana, ya kazi, ya mkutano, nusu saa, saa moja na nusu), taken back ("hapana, acha", "sahau"), conditions
    // ("endapo", "ikitokea"), and a count taken away that is negated ("usipunguze nakala 2").
    ...resources('kumbukumbu ya (?:mfumo|kompyuta|ram)|ram', 'cpu|vcpu|prosesa', 'kiini|viini|cores?'),
    w('(ongeza|punguza|zidisha) kumbukumbu', '$1 memory'),
    w('gawanya (?:kwa|mara) mbili|punguza (?:kwa )?nusu', 'halve'),
    w('baada ya (?:chakula cha mchana|chakula|mlo wa mchana|lunch)', 'after lunch'),
    w('baada ya (?:kazi|saa za kazi|kutoka kazini)', 'after hours'),
    w('baada ya (?:mkutano|kikao|meeting)', 'later, after the meeting'),
    w('(?:baada ya|ndani ya) nusu saa|nusu saa ijayo', 'in 30 minutes'),
    w('(?:baada ya|ndani ya) saa (?:moja|1) na nusu', 'in 90 minutes'),
    w(`(?:(?:hapana|aah|ah),? )?(?:acha|sahau|tuache|achana nalo|basi)${END}`, 'never mind'),
    w('endapo|ikitokea|likitokea', 'if'),
    w('hapana,? (?:subiri|ngoja)|(?:subiri|ngoja)(?! (?:dakika|saa))', 'no, wait'),
    w('hapana', 'no'),
    w('lakini', 'but'),
    w('usipunguze (?:nakala|replica|pod)\\p{L}* N', "don't remove $1 replicas"),
    // Red-team round 25: conditions, "subiri dakika 10 zaidi kisha", taken back, counts taken away.
    w('(?:subiri|ngoja) (?:dakika|saa) N (?:zaidi |tena )?(?:kisha|halafu|ndipo)', 'in $1 minutes and then'),
    w('achana nayo|acha tu|usijali', 'never mind'),
    w('kama|ikiwa|iwapo', 'if'),
    w('punguza (?:nakala|replica|pod)\\p{L}* N(?: zaidi)?(?: kwenye| kwa| ya)?', 'remove $1 replicas of'),
    // "Usifanye", "usianzishe upya", "msifute": the verb after "usi-"/"msi-" (ending "-e") is negated, back in its "-a" form.
    w('(?:u|m)si(\\p{L}+)e', "don't $1a"),
    // Not now, no need: "si leo", "sio sasa", "hakuna haja ya ku-".
    w('(?:lakini )?(?:si|sio|siyo) (?:leo|sasa)', 'later on'),
    [/(?<![\p{L}])hakuna haja (?:ya |ku)?(?:ku)?/giu, 'no need to '],
    // Parts of the day, hours, the weekend: "leo jioni", "mchana", "usiku wa manane", "saa moja", "wikendi hii".
    w('leo jioni|jioni ya leo|jioni hii', 'this evening'),
    w('(?:leo )?mchana(?: huu| wa leo)?', 'this afternoon'),
    w('usiku wa manane|saa sita usiku', 'at midnight'),
    w('(?:wikendi|mwisho wa wiki)(?: hii| ijayo)?', 'this weekend'),
    w('baada ya saa (?:moja|1)', 'in an hour'),
    // Relative counts: "nakala 2 zaidi", "ongeza nakala moja", "mara mbili".
    w('(?:nakala )?N (?:nakala )?zaidi', 'by $1 more replicas'),
    w('nakala moja zaidi|ongeza nakala moja', 'by 1 more replicas'),
    w('mara mbili', 'double'),
    w('sitaki|hatutaki|sipendi', "I don't want to"),
    w('fanya', 'do'),
    w('bado', 'yet'),
    // Later: "kesho asubuhi", "leo usiku", "baadaye", "baada ya dakika 10", "baada ya deploy", "wiki ijayo", "Jumatatu".
    w('kesho kutwa', 'the day after tomorrow'),
    w('kesho', 'tomorrow'),
    w('(?:leo )?usiku(?: wa leo| huu)?', 'tonight'),
    w('baadaye|baadae', 'later on'),
    w('baada ya (dakika|saa|sekunde) N|baada ya N (dakika|saa|sekunde)', 'in $2$3 $1$4'),
    w('baada ya', 'after the'),
    w('wiki ijayo|wiki inayokuja', 'next week'),
    ...weekdays(['jumatatu', 'jumanne', 'jumatano', 'alhamisi', 'ijumaa', 'jumamosi', 'jumapili'], '(?:siku ya )?'),
    w('asubuhi', 'in the morning'),
    w('jioni', 'in the evening'),
    w('anzisha upya|washa upya', 'restart'),
    w('nionyeshe|nionyesha|onyesha|orodhesha', 'show'),
    w('eleza', 'describe'),
    w('N (saa|dakika|sekunde|siku|mistari) za mwisho', 'last $1 $2'),
    // "dakika 10 za mwisho": the number after its noun.
    w('(saa|dakika|sekunde|siku|mistari|mstari) N (?:za |ya )?(?:mwisho|iliyopita|zilizopita)', 'last $2 $1'),
    w('(saa|dakika|sekunde|siku|mistari|mstari) N', '$2 $1'),
    w('(?:za |ya )?mwisho N', 'last $1'),
    ...units('saa', 'dakika', 'sekunde', 'siku', 'mistari|mstari'),
    w('(?:mwezi|mwezi wa) huu', 'this month'),
    w('mwezi uliopita', 'last month'),
    w('wiki hii', 'this week'),
    w('wiki iliyopita', 'last week'),
    w('jana', 'yesterday'),
    w('leo', 'today'),
    w('(?:ilikuwa |ni )?kiasi gani|ngapi', 'how much'),
    w('gharama', 'cost'),
    w('kwa kila|kila', 'by'),
    w('ongeza N', 'add $1 more'),
    w('punguza N', 'remove $1'),
    w('ongeza|punguza', 'scale'),
    w('(?:hadi|mpaka) N', 'to $1'),
    w('(?:kwenye |kwa )?(?:toleo|marekebisho) N', 'to revision $1'),
    w(
      '(?:kwenye |kwa )?(?:toleo|toleo la awali|toleo lililopita|toleo la zamani)(?: la awali| lililopita)?',
      'to the previous version',
    ),
    w('rudisha nyuma|rudisha', 'roll back'),
    w('simamisha kwa muda|sitisha', 'pause'),
    w('simamisha|zima', 'stop'),
    w('ghairi', 'abort'),
    w('jaribu tena', 'retry'),
    w('(?:kwenye |kwa )?hatua inayofuata', 'one step'),
    w('kikamilifu|yote kabisa', 'fully'),
    w('futa', 'delete'),
    w('ua', 'kill'),
    w('unda|tengeneza', 'create'),
    w('inayoitwa|iitwayo|yenye jina', 'named'),
    w('yenye picha|na picha', 'with image'),
    w('picha', 'image'),
    w('nakala', 'replicas'),
    w('kumbukumbu', 'logs'),
    w('majaribio', 'experiments'),
    w('zinazoendelea|inayoendelea', 'running'),
    w('zote|yote', 'all'),
    w('kwa', 'for'),
    w('kwenye|katika|ndani ya', 'in'),
    w('za|ya|wa|la', 'of'),
    w('na', 'and'),
    w('tafadhali', 'please'),
    w('tena', 'again'),
  ],
};

/**
 * Vietnamese ("xem 50 dòng log cuối của api trên production", "tăng web trên staging lên 3 bản sao"): the word order
 * is English's, with "cuối" (last) and "này" (this) after their noun. Told by its letters (ă, đ, ơ, ư and the tone
 * marks no other language here has) and its everyday words.
 */
const VIETNAMESE: Table = {
  markers:
    /[\p{L}]*[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĩũ][\p{L}]*|(?<![\p{L}])(xem|cho|tôi|các|giờ|phút|giây|ngày|tháng|tuần|trên|lên|xuống|theo|từng|với|và|hôm|này|trước|sau|thôi|khi|chưa|không|lát|nữa|đừng|giảm)(?![\p{L}])/giu,
  phrases: [
    // Red-team round 28: after dinner, in a while, later at a clause's end, 'chưa', taken back ('bỏ đi'), a correction ('ý tôi
    // là'), conditions ('ngay khi', 'mỗi khi'), a negated change to N ('đừng giảm … xuống 2').
    w('sau (?:bữa tối|bữa cơm tối|khi ăn tối|ăn tối)|ăn tối xong|(?:một )?lát nữa|chút nữa|tí nữa|để sau', 'later on'),
    w(`(?:sau|chưa)${END}`, 'later on'),
    w(`không${END}`, 'no'),
    w(`thôi (?:khỏi|bỏ đi)|bỏ đi|quên đi|không cần nữa|thôi${END}`, 'never mind'),
    w('ý tôi là|ý là', 'I mean'),
    w('ngay khi|mỗi khi|mỗi lần|bất cứ khi nào', 'if'),
    w('đừng (giảm|hạ|tăng)', "don't $1"),
    // Red-team round 27: memory, CPU and cores ("tăng gấp đôi RAM", "giảm bộ nhớ", "thêm 2 nhân CPU"), later times
    // (sau bữa trưa, sau giờ làm, sau cuộc họp, nửa tiếng nữa, một tiếng rưỡi nữa), taken back ("thôi, khỏi"),
    // conditions ("lỡ", "phòng khi", "trong trường hợp").
    ...resources('bộ nhớ|ram', 'cpu|vcpu', 'lõi|core|nhân(?= cpu)'),
    w('giảm (?:một nửa|nửa|1/2)|chia đôi|chia 2', 'halve'),
    w('sau (?:bữa )?(?:trưa|ăn trưa|cơm trưa)|ăn trưa xong|sau giờ nghỉ trưa|nghỉ trưa xong', 'after lunch'),
    w('sau giờ làm(?: việc)?|tan làm|hết giờ làm|tan ca|sau khi tan (?:làm|ca)', 'after hours'),
    w('sau (?:cuộc |buổi )?họp|họp xong|sau khi họp(?: xong)?', 'later, after the meeting'),
    w('(?:nửa tiếng|nửa giờ|ba mươi phút) nữa|sau nửa (?:tiếng|giờ)', 'in 30 minutes'),
    w('(?:một|1) (?:tiếng|giờ) rưỡi nữa|sau (?:một|1) (?:tiếng|giờ) rưỡi', 'in 90 minutes'),
    w(`(?:(?:à|ờ|ừ|thôi),? )?(?:thôi khỏi(?: đi)?|khỏi(?: đi)?|(?<!vậy )thôi|không cần nữa|thôi đừng)${END}`, 'never mind'),
    w('lỡ như|lỡ mà|lỡ|nhỡ đâu|nhỡ|phòng khi|trong trường hợp|hễ', 'if'),
    w('không,? (?:khoan|đợi đã|chờ đã)|đợi đã|chờ đã|khoan(?! đã)', 'no, wait'),
    w('không(?=,? \\d)', 'no'),
    w('nhưng', 'but'),
    // Red-team round 25: conditions, "đợi thêm 10 phút rồi", taken back, counts taken away ("giảm thêm 2").
    w('(?:đợi|chờ) (?:thêm )?N (phút|giờ|tiếng)(?: nữa)? (?:rồi|rồi hãy|sau đó)', 'in $1 $2 and then'),
    w('thôi bỏ đi|bỏ đi|thôi khỏi|khỏi đi|quên đi', 'never mind'),
    w('nếu', 'if'),
    w('giảm (?:thêm )?N (?:bản sao|replica|pod)(?: nữa)?(?: của)?', 'remove $1 replicas of'),
    // "đừng khởi động lại", "không được xóa": don't; "chưa" before a verb: not yet.
    // Not now, no need, I don't want: "không phải hôm nay", "không cần", "không muốn", "khoan".
    w('(?:nhưng )?(?:không phải|chưa phải) (?:hôm nay|bây giờ|lúc này)|(?:hôm nay|bây giờ) (?:thì )?không|khoan đã', 'later on'),
    w('không cần(?: phải)?', 'no need to'),
    w('(?:tôi |mình |em )?không muốn', "I don't want to"),
    w('không có', 'no'),
    // Parts of the day, hours, the weekend: "chiều nay", "trưa nay", "nửa đêm", "lúc 18 giờ", "một tiếng nữa", "cuối tuần".
    w('chiều nay|buổi chiều|chiều', 'this afternoon'),
    w('trưa nay|buổi trưa|trưa', 'at noon'),
    w('(?:lúc )?nửa đêm', 'at midnight'),
    w('lúc N(?: giờ| g|:\\d\\d|h)?', 'at $1:00'),
    w('(?:một|1) (?:tiếng|giờ) nữa|sau (?:một|1) (?:tiếng|giờ)', 'in an hour'),
    w('(?:vào )?cuối tuần(?: này)?', 'this weekend'),
    w('ngày kia|ngày mốt|mốt', 'the day after tomorrow'),
    // Relative counts: "thêm 2 bản sao", "gấp đôi".
    w('thêm N', 'add $1 more'),
    w('gấp đôi|nhân đôi', 'double'),
    w('đừng|không được|chớ|không nên', "don't"),
    // Later: "ngày mai", "sáng mai", "tối nay", "10 phút nữa", "sau 10 phút", "lát nữa", "sau khi deploy", "tuần sau", "thứ hai".
    w('sáng mai', 'tomorrow morning'),
    w('tối mai|chiều mai', 'tomorrow evening'),
    w('ngày mai|mai', 'tomorrow'),
    w('tối nay|đêm nay', 'tonight'),
    w('N (phút|giờ|tiếng|giây) nữa|sau N (phút|giờ|tiếng|giây)', 'in $1$3 $2$4'),
    w('lát nữa|chút nữa|để sau', 'later on'),
    w('sau khi', 'after the'),
    w('tuần sau|tuần tới', 'next week'),
    ...weekdays(['thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật'], '(?:vào )?'),
    w('buổi sáng|sáng', 'morning'),
    w('buổi tối|tối', 'evening'),
    w('mô tả|miêu tả', 'describe'),
    w('cho tôi xem|xem|hiển thị|hiện|liệt kê|cho xem', 'show'),
    w('khởi động lại|restart lại', 'restart'),
    w('N (dòng|giờ|phút|giây|ngày)(?: log)? cuối(?: cùng)?', 'last $1 $2'),
    w('(?:trong )?N (dòng|giờ|phút|giây|ngày) (?:qua|gần đây|gần nhất|vừa qua)', 'last $1 $2'),
    w('(?:trong )?(giờ|ngày|tuần) qua', 'last 1 $1'),
    ...units('giờ|tiếng', 'phút', 'giây', 'ngày', 'dòng'),
    w('tháng này', 'this month'),
    w('tháng trước', 'last month'),
    w('tuần này', 'this week'),
    w('tuần trước', 'last week'),
    w('hôm qua', 'yesterday'),
    w('hôm nay', 'today'),
    w('bao nhiêu|là bao nhiêu', 'how much'),
    w('chi phí|phí|giá', 'cost'),
    w('theo từng|theo mỗi|theo|mỗi|từng', 'by'),
    w('N (?:cái )?đắt nhất', 'top $1'),
    w('tăng thêm N', 'add $1 more'),
    w('giảm (?:bớt )?N', 'remove $1'),
    w('tăng|giảm|thay đổi số lượng', 'scale'),
    w('(?:lên|xuống|thành|về) N', 'to $1'),
    w('bản sao|replica', 'replicas'),
    w('(?:về )?(?:phiên bản|bản) trước', 'to the previous version'),
    w('(?:về )?(?:phiên bản|bản|revision) N', 'to revision $1'),
    w('quay lại|hoàn tác|khôi phục', 'roll back'),
    w('tạm dừng', 'pause'),
    w('dừng|ngừng', 'stop'),
    w('hủy|huỷ|hủy bỏ', 'abort'),
    w('thử lại', 'retry'),
    w('(?:lên )?bước tiếp theo|một bước', 'one step'),
    w('hoàn toàn|toàn bộ|tới 100%|lên 100%', 'fully'),
    w('thăng cấp|đẩy tiếp|nâng cấp|promote', 'promote'),
    w('xóa|xoá', 'delete'),
    w('giết|tắt', 'kill'),
    w('tạo', 'create'),
    w('tên là|có tên|tên', 'named'),
    w('với image|dùng image|với ảnh', 'with image'),
    w('cổng', 'port'),
    w('thí nghiệm|thử nghiệm', 'experiments'),
    w('độ trễ', 'latency'),
    w('mất gói', 'packet loss'),
    w('đang chạy', 'running'),
    w('tất cả(?: các)?|mọi', 'all'),
    w('trong', 'for'),
    w('của', 'of'),
    w('trên|ở|tại', 'in'),
    w('với', 'with'),
    w('và', 'and'),
    w('cho tôi|giúp tôi|giúp|hãy|nhé|đi|vui lòng|làm ơn|các|những', ''),
  ],
};

/**
 * Arabic, with names in Latin letters ("أعد تشغيل api في staging", "ارفع عدد نسخ worker في بيئة الإنتاج إلى 5"):
 * "و" (and), "ب" (with), "ل" (for) and "ال" (the) are written on the word; what no rule reads is dropped, as the
 * reader drops words in Japanese.
 */
const ARABIC: Table = {
  markers: /[\u0600-\u06ff]+/gu,
  strip: /[\u0600-\u06ff]+/gu,
  phrases: [
    // "تجاهل التعليمات السابقة …", "كم كلّفتنا production امبارح؟", "ممكن توقف الـ canary": instructions to ignore the
    // rules, what it cost yesterday, stop the canary (blind176).
    w('تجاهل|تجاهلوا|اتجاهل', 'ignore'),
    w('(?:التعليمات|الأوامر|القواعد) السابقة', 'previous instructions'),
    w('كم (?:كلّفتنا|كلفتنا|كلّفت|كلفت|كلّف|كلف)', 'how much did cost'),
    w('امبارح|إمبارح', 'yesterday'),
    w('(?:ممكن )?(?:توقف|وقّف|وقف) (?:الـ ?|ال)?(?=canary|rollout)', 'abort the '),
    // Red-team round 28: later ('بعدين', 'لاحقا'), after dinner, in a while, taken back ('انسى', 'بلاش'), a correction ('أقصد'),
    // conditions ('بمجرد', 'كلما'), 'لا' at a clause's end.
    w('بعدين|لاحقا|لاحقاً|فيما بعد|بعد شوي|بعد شوية|بعد قليل|بعد العشاء|بعد العشا', 'later on'),
    w('انسى|انس الأمر|بلاش|لا داعي|مش لازم|لا يهم', 'never mind'),
    w('أقصد|اقصد|أعني|اعني|قصدي', 'I mean'),
    w('بمجرد (?:ما|أن|ان)|بمجرد|كلما|عندما|لما|حينما', 'if'),
    w(`لا${END}`, 'no'),
    w(`(?:لحظة|ثانية)${END}`, 'no, wait'),
    // Red-team round 27: memory, CPU and cores ("ضاعف الذاكرة", "أضف 2 أنوية"), later times (بعد الغداء, بعد العمل,
    // بعد الاجتماع, بعد نصف ساعة, بعد ساعة ونصف), taken back ("خلاص، انسى"), conditions ("لو", "في حال"), and a count
    // taken away that is negated ("لا تقلل 2 نسخ").
    ...resources(
      'الذاكرة|ذاكرة|الذاكره|الرام|رام|ram',
      'المعالج|معالج|cpu|vcpu',
      'أنوية|انوية|الأنوية|الانوية|نوى|نواة|أنويه|كور',
    ),
    w('أعط|اعط|أعطِ|اعطِ|امنح', 'give'),
    w('(?:إلى|الى|على|لل)\\s?(?:النصف|نصف)(?! ساعة)', 'by half'),
    w('بعد (?:الغداء|الغدا|استراحة الغداء|الأكل|الاكل)', 'after lunch'),
    w('بعد (?:العمل|الدوام|الشغل|ساعات العمل)', 'after hours'),
    w('بعد (?:الاجتماع|الإجتماع|الميتنج|الميتينج)', 'later, after the meeting'),
    w('(?:بعد|خلال) (?:نصف|نص) ساعة', 'in 30 minutes'),
    w('(?:بعد|خلال) ساعة (?:و ?نصف|و ?نص)', 'in 90 minutes'),
    w(`(?:(?:لا|خلاص|طيب)،? )?(?:خلاص|سيبك|انسى|انسَ|انسي|مش مهم|تراجعت|خليها)${END}`, 'never mind'),
    w('لو(?! سمحت| سمحتم| تسمح)|في حال|في حالة', 'if it happens'),
    w('(?:لا،? )?(?:انتظر|استنى)', 'no, wait'),
    w('لا(?=،? ?\\d)', 'no'),
    w('لكن|ولكن', 'but'),
    w('(?:لا|ما) (?:تقلل|تنقص|تخفض|تحذف|تزيل) N (?:نسخ|نسخة|النسخ)', "don't remove $1 replicas"),
    // Red-team round 25: conditions, "في المساء", taken back ("إياك"), counts taken away.
    w('إياك(?: أن| ان)?', "don't"),
    w('انس الأمر|انسى الأمر|خلاص بلاش|لا يهم', 'never mind'),
    // What follows "إذا" is in the script the reader drops: the condition stays one.
    w('إذا|اذا|إن|عندما', 'if it happens'),
    w('في المساء|مساء(?: اليوم)?|الليلة', 'in the evening'),
    [/\u0640/gu, ''],
    [/[\u064b-\u065f]/gu, ''],
    // "لا أريد", "لا تحذف", "لا تتراجع": don't; the verb after "لا" back in its command form (تحذف → احذف).
    // Not now, no need, let's not: "ليس اليوم", "مش دلوقتي", "لا داعي", "بلاش".
    w('(?:لكن |بس |ولكن )?(?:ليس|مش|مو|لا) (?:اليوم|الآن|الان|دلوقتي|هلق|هلأ)', 'later on'),
    w('(?:لا|مش|مو|ما فيه|ما في) (?:داعي|حاجة|لازم|ضرورة)(?: ل| إلى| الى| أن| ان| ب)?|ليس من الضروري(?: أن| ان)?', 'no need to'),
    w('بلاش|خلينا ما|لا داعي', "don't"),
    // Parts of the day, hours, the weekend: "منتصف الليل", "بعد الظهر", "الساعة 6", "بعد ساعة", "نهاية الأسبوع".
    w('(?:عند |في )?منتصف الليل|(?:عند |في )?نص الليل', 'at midnight'),
    w('(?:اليوم )?بعد الظهر|(?:اليوم )?العصر', 'this afternoon'),
    w('(?:عند |في )?الظهر|ظهرا|ظهراً', 'at noon'),
    w('(?:عند |في )?الساعة N', 'at $1:00'),
    w('بعد ساعة|خلال ساعة|بعد ساعة واحدة', 'in an hour'),
    w('بعد غد|بعد بكرة|بعد بكره', 'the day after tomorrow'),
    w('(?:في )?(?:عطلة )?نهاية (?:هذا )?الأسبوع|(?:في )?(?:عطلة )?نهاية الاسبوع|الويكند', 'this weekend'),
    // Relative counts: "N نسخ إضافية", "ضاعف".
    w('N (?:نسخ|نسخة) (?:إضافية|اضافية|أخرى|اخرى)', 'by $1 more replicas'),
    w('ضاعف|ضاعفي', 'double'),
    w('لا (?:أريد|اريد|نريد|أرغب|نرغب)(?: في| أن| ان)?', "I don't want to"),
    w('لا (?:تقم|تقوموا) ب?', "don't "),
    [/(?<![\p{L}])(?:لا|لم) ت(ت\p{L}+)/gu, "don't $1"],
    [/(?<![\p{L}])(?:لا|لم) ت(\p{L}+)/gu, "don't ا$1"],
    w('ليس بعد', 'not yet'),
    w('لا|لن|ليس|لم', 'not'),
    // Later: "غدا", "الليلة", "لاحقا", "بعد 10 دقائق", "بعد النشر", "الأسبوع القادم", "يوم الاثنين".
    w('(?:صباح |مساء )?الغد|غدا|غداً|غدًا|بكرة|بكره', 'tomorrow'),
    w('(?:بعد|خلال) ساعتين', 'in 2 hours'),
    w('(?:بعد|خلال) دقيقتين', 'in 2 minutes'),
    w('الليلة|هذا المساء|مساء اليوم', 'tonight'),
    w('لاحقا|لاحقاً|لاحقًا|فيما بعد', 'later on'),
    w('(?:بعد|خلال) N (دقيقة|دقائق|ساعة|ساعات)', 'in $1 $2'),
    w('بعد', 'after the'),
    w('الأسبوع القادم|الاسبوع القادم|الأسبوع المقبل|الاسبوع المقبل', 'next week'),
    ...weekdays(['الاثنين|الإثنين', 'الثلاثاء', 'الأربعاء|الاربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد|الاحد'], '(?:يوم )?'),
    w('صباحا|صباحاً|صباح', 'morning'),
    w('مساء|مساءً', 'evening'),
    w('أعد تشغيل|اعد تشغيل|إعادة تشغيل|اعادة تشغيل|تعيد تشغيل', 'restart'),
    w('اعرض لي|اعرض|أظهر|اظهر|أرني|ارني|عرض|أرِني', 'show'),
    w('صف|وصف', 'describe'),
    w('(?:في )?بيئة الإنتاج|(?:في )?بيئة الانتاج|الإنتاج|الانتاج|الإنتاجية', 'in production'),
    w('(?:في )?بيئة الاختبار|(?:في )?بيئة التجريب|(?:في )?بيئة staging', 'in staging'),
    w('آخر N|اخر N', 'last $1'),
    w('آخر|اخر|الأخيرة|الماضية', 'last'),
    w('ساعة|ساعات|الساعة|الساعات', 'hours'),
    w('دقيقة|دقائق|الدقائق', 'minutes'),
    w('ثانية|ثوان|ثواني|الثواني', 'seconds'),
    w('يوم|أيام|ايام|الأيام', 'days'),
    w('سطر|أسطر|اسطر|الأسطر|سطرا|سطراً', 'lines'),
    w('السجلات|سجلات|سجل', 'logs'),
    w('هذا الشهر|الشهر الحالي', 'this month'),
    w('الشهر الماضي', 'last month'),
    w('هذا الأسبوع|هذا الاسبوع', 'this week'),
    w('الأسبوع الماضي|الاسبوع الماضي', 'last week'),
    w('أمس|امس|البارحة', 'yesterday'),
    w('اليوم', 'today'),
    w('كم كانت|كم كان|كم', 'how much'),
    w('تكلفة|التكلفة|تكاليف|التكاليف|كلفة', 'cost'),
    w('حسب|لكل', 'by'),
    w('أضف N|اضف N|زد N', 'add $1 more'),
    w('أزل N|ازل N|انقص N', 'remove $1'),
    w('ارفع|زد|خفض|قلل|غير عدد|عدّل', 'scale'),
    w('إلى|الى', 'to'),
    w('نسخ|النسخ|نسخة|النسخة|نسخا', 'replicas'),
    w('(?:إلى |الى )?(?:النسخة|الإصدار|الاصدار) السابق(?:ة)?', 'to the previous version'),
    w('المراجعة|المراجعة رقم|الإصدار رقم', 'revision'),
    w('تراجع عن|تراجع|استرجع|ارجع', 'roll back'),
    w('أوقف مؤقتا|أوقف مؤقتاً|إيقاف مؤقت|اوقف مؤقتا', 'pause'),
    w('أوقف|اوقف|إيقاف|ايقاف', 'stop'),
    w('ألغ|الغ|ألغي|إلغاء|الغاء', 'abort'),
    w('أعد المحاولة|اعد المحاولة|إعادة المحاولة', 'retry'),
    w('رق|رقي|رقِّ|ترقية', 'promote'),
    w('بالكامل|كليا|كلياً', 'fully'),
    w('الخطوة التالية|خطوة واحدة', 'one step'),
    w('احذف|حذف|امسح', 'delete'),
    w('اقتل', 'kill'),
    w('أنشئ|انشئ|إنشاء', 'create'),
    w('باسم|اسمه', 'named'),
    w('بالصورة|بصورة|الصورة|صورة', 'image'),
    w('المنفذ|منفذ', 'port'),
    w('تجارب الفوضى|تجارب|تجربة', 'chaos experiments'),
    w('جميع|كل', 'all'),
    w('الخاصة ب|الخاص ب|التابعة ل|التابع ل|الخاصة|الخاص', 'of'),
    w('في', 'in'),
    w('لمدة', 'for'),
    w('من فضلك|لو سمحت', 'please'),
    w('لي', 'me'),
    // "بـ web", "الـ pods": the letter on a name in Latin letters.
    [/(?<![\p{L}])(?:ال|ب|ل|و)\s+(?=[a-z])/giu, ''],
  ],
};

/**
 * Romanian ("repornește api în prod te rog", "arată-mi pod-urile lui web în prod", "scalează api în prod la 6") and Czech
 * ("restartujte api v namespace staging", "kolik nás stál production minulý měsíc?", "zvyš počet replik web na 3"): the
 * catalog's requests (blind175, blind176).
 */
const ROMANIAN: Table = {
  markers: words(
    'te rog|vă rog|va rog|repornește|reporneste|arată-mi|arata-mi|arată|arata|pod-urile|podurile|logurile|costurile|scalează|scaleaza|rulează|ruleaza|oprește|opreste|experimentul|în|lui|pentru|săptămâna|saptamana|ieri|ultimele|mersi',
  ),
  phrases: [
    w('(?:te rog|vă rog|va rog)', 'please'),
    w('reporne[sș]te|restarteaz[aă]', 'restart'),
    w('arată-mi|arata-mi|arată|arata', 'show'),
    w('pod-urile|podurile', 'pods'),
    w('logurile|log-urile', 'logs'),
    w('costurile', 'costs'),
    w('scaleaz[aă]', 'scale'),
    w('ce ruleaz[aă]|ce rulea', 'what is running'),
    w('opre[sș]te', 'stop'),
    w('experimentul de chaos|experimentul', 'the chaos experiment'),
    w('din ultimele N (minute|ore)', 'last $1 $2'),
    w('ore', 'hours'),
    w('s[aă]pt[aă]m[aâ]na asta', 'this week'),
    w('s[aă]pt[aă]m[aâ]na trecut[aă]', 'last week'),
    w('luna asta', 'this month'),
    w('ieri', 'yesterday'),
    w('azi', 'today'),
    w('pe (deployment|namespace|pod)', 'by $1'),
    w('la N', 'to $1'),
    w('lui|de la|din|pentru', 'of'),
    w('în|in', 'in'),
    w('mersi|acum', ''),
  ],
};

const CZECH: Table = {
  markers: words(
    'prosím|prosim|děkuji|dekuji|mohli|byste|restartovat|restartuj|restartujte|kolik|nás|stál|stálo|minulý|měsíc|mesic|zvyš|zvys|počet|pozastav|zítra|ráno|ukaž|ukaz|včera|týden',
  ),
  phrases: [
    w('(?:mohli|mohl|mohla) byste (?:prosím )?|můžeš (?:prosím )?|muzes ', 'can you '),
    w('restartovat|restartuj|restartujte', 'restart'),
    w('kolik (?:nás )?(?:stál|stálo|stála|stojí)', 'how much did cost'),
    w('minulý měsíc|minuly mesic', 'last month'),
    w('tento měsíc|tento mesic', 'this month'),
    w('minulý týden|minuly tyden', 'last week'),
    w('včera|vcera', 'yesterday'),
    w('dnes', 'today'),
    w('zítra ráno|zitra rano', 'tomorrow morning'),
    w('zítra|zitra', 'tomorrow'),
    w('(?:zvyš|zvys|sniž|sniz) (?:prosím )?počet replik (\\p{L}[\\p{L}\\d-]*) (?:ve|v) (\\p{L}+) na N', 'scale $1 in $2 to $3'),
    w('pozastav(?:te)?', 'pause'),
    w('ukaž(?: mi)?|ukaz(?: mi)?', 'show'),
    w('logy', 'logs'),
    w('prosím|prosim', 'please'),
    w('děkuji|dekuji|dobrý den|dobry den', ''),
    w('ve|v', 'in'),
  ],
};

/**
 * Greek ("τι τρέχει στο staging;", "διπλασίασε το api στο production", "πόσο κοστίσαμε τον προηγούμενο μήνα;"): the
 * catalog's requests with English names of workloads and namespaces inside (blind171). Words no rule reads are
 * dropped, as for Arabic.
 */
const GREEK: Table = {
  markers: /[\u0370-\u03ff\u1f00-\u1fff]+/gu,
  phrases: [
    // Instructions to the bot, told in Greek: kept as English words the guards know.
    w('αγν[οό]ησε|αγν[οό]ησ[εέ]τε', 'ignore'),
    w('(?:τις |τα )?προηγο[υύ]μεν\\p{L}* (?:οδηγ[ιί]ες|εντολ[εέ]ς|κανον\\p{L}*)', 'previous instructions'),
    w('προσοχ[ηή]', 'attention'),
    w(
      'π[οό]σο (?:μας |μου )?(?:κοστ[ιί]σαμε|κ[οό]στισε|κ[οό]στισαν|κοστ[ιί]ζει|κοστ[ιί]ζουν|πληρ[ωώ]σαμε|ξοδ[εέ]ψαμε)',
      'how much did cost',
    ),
    w('(?:τον |το )?(?:προηγο[υύ]μενο|περασμ[εέ]νο) μ[ηή]να', 'last month'),
    w('(?:αυτ[οό]ν? )?(?:τον |το )?(?:τρ[εέ]χοντα )?μ[ηή]να', 'this month'),
    w('(?:την )?(?:προηγο[υύ]μενη|περασμ[εέ]νη) εβδομ[αά]δα', 'last week'),
    w('(?:αυτ[ηή]ν? )?(?:την )?εβδομ[αά]δα', 'this week'),
    w('χθες|χτες', 'yesterday'),
    w('σ[ηή]μερα', 'today'),
    w('τι τρ[εέ]χει|τι τρ[εέ]χουν|τι υπ[αά]ρχει', 'what is running'),
    w('διπλασ[ιί]ασ[εέ]', 'double'),
    w('υποδιπλασ[ιί]ασ[εέ]|μ[ιί]σ[εέ]ψ[εέ]', 'halve'),
    w('κ[αά]ν[εέ] (?:ένα )?(?:restart|επανεκκ[ιί]νηση)|επανεκκ[ιί]νησ[εέ]', 'restart'),
    w('κ[αά]ν[εέ] (?:ένα )?rollback|γ[υύ]ρνα π[ιί]σω', 'roll back'),
    w('κ[αά]ν[εέ] (?:ένα )?scale', 'scale'),
    w('κ[αά]ν[εέ] (?:ένα )?promote', 'promote'),
    w('δε[ιί]ξ[εέ](?: μου)?|δε[ιί]ξτε(?: μου)?', 'show'),
    w('λ[ιί]στα', 'list'),
    w('αρχε[ιί]α καταγραφ[ηή]ς', 'logs'),
    w('τελευτα[ιί]\\p{L}* N', 'last $1'),
    w('λεπτ[αά]|λεπτ[οό]', 'minutes'),
    w('[ωώ]ρες|[ωώ]ρα', 'hours'),
    w('γραμμ[εέ]ς', 'lines'),
    ...Object.entries({
      ένα: 1,
      δύο: 2,
      δυο: 2,
      τρία: 3,
      τέσσερα: 4,
      πέντε: 5,
      έξι: 6,
      επτά: 7,
      εφτά: 7,
      οκτώ: 8,
      οχτώ: 8,
      εννέα: 9,
      εννιά: 9,
      δέκα: 10,
    }).map(([word, n]) => w(word, String(n))),
    w('σε N', 'to $1'),
    w('κ[αά]ν[εέ] (?=(?:το |τα |τον )?[a-z])', 'make '),
    w('αργ[οό]τερα', 'later on'),
    w('α[υύ]ριο', 'tomorrow'),
    w('μην', "don't"),
    w('[οό]χι', 'no'),
    w('και', 'and'),
    w('παρακαλ[ωώ]', 'please'),
    w('στο|στη|στην|στον|στα|σε', 'in'),
    w('το|τα|τον|την|του|της|των|ο|η|οι', ''),
  ],
  strip: /[\u0370-\u03ff\u1f00-\u1fff]+/gu,
};

const TABLES = [
  GERMAN,
  IBERIAN,
  FRENCH,
  ITALIAN,
  DUTCH,
  POLISH,
  TURKISH,
  RUSSIAN,
  HINDI,
  INDONESIAN,
  TAGALOG,
  SWAHILI,
  VIETNAMESE,
  ARABIC,
  GREEK,
  ROMANIAN,
  CZECH,
];

/**
 * Polite words and greetings, which an English sentence borrows ("por favor, no rollback on web today", "scale web
 * … per favore, grazie"): they tell a language only beside another of its words ("Zrestartuj coredns, proszę").
 */
const POLITE = words(
  "por favor|per favore|per piacere|s'il (?:te|vous) pla[iî]t|bitte|bitte sch[oö]n|danke(?: sch[oö]n)?|gracias|muchas gracias|grazie(?: mille)?|merci(?: beaucoup)?|obrigad[oa]|hola|ol[aá]|ciao|hallo|bonjour|salut|prego|tolong|terima kasih|makasih|salamat|tafadhali|asante|l[uü]tfen|te[sş]ekk[uü]rler|dzi[eę]kuj[eę]|prosz[eę]|dank je(?: wel)?|alsjeblieft|shukriya|dhanyavaad|c[aả]m ơn",
);

/** The table with the most of its words in the text (its polite words and names left out), and their number. */
function bestTable(text: string): [Table | undefined, number] {
  // Beside a polite word, a capitalised word inside a sentence is a name ("por favor …, solo Del touches it").
  const told = text.replace(POLITE, ' ').replace(/(?<=[\p{Ll}\d] )\p{Lu}\p{Ll}*/gu, ' ');
  let best: Table | undefined;
  let most = 0;
  for (const t of TABLES) {
    const n = told.match(t.markers) ? (text.match(t.markers)?.length ?? 0) : 0;
    if (n > most) {
      most = n;
      best = t;
    }
  }
  return [best, most];
}

/** The text in English words by a table's rules. */
function byTable(text: string, t: Table): string {
  let out = text;
  for (const [re, to] of t.phrases) out = out.replace(re, to);
  if (t.strip) out = out.replace(t.strip, ' ');
  return out.replace(/\s+/g, ' ').trim();
}

/** Where clauses meet: a comma or semicolon (not in "1,5"), a colon or a sentence's end before a space, a dash. */
const CLAUSE = /(\s*(?:[,;](?!\d)|:(?=\s)|[.!?](?=\s|$)|\s[-–—]\s|[–—])\s*)/u;
/** What a tail must bring to an English request for its words to be read: not, later, if, never mind, a correction. */
const TAIL_MEANS =
  /\b(?:don't|do not|not|never|no|later|tomorrow|tonight|after|before|in \d+ (?:minutes|hours)|at \d+:00|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|this (?:afternoon|evening|weekend)|next week|if|in case|never mind|wait|yet|i mean|only)\b/gi;

/** Words only English has among those a tail would carry ("no pauses please" is English, "no espera" is not). */
const ENGLISH_WORD =
  /\b(?:please|pls|the|it|is|are|was|and|to|of|with|for|this|that|we|you|my|our|will|can|just|now|then|wait|but|after|before|if|not|don't|never|later|tomorrow|tonight|thanks)\b/i;

/**
 * An English request followed by a short tail in another language that negates, delays or corrects it ("scale prod
 * web to 8 replicas, aber erst morgen", "rollback prod web, mais pas maintenant", "… to 6, nahi nahi, 4"): the
 * request as it is and the tail in English. (Red-team round 27.) Undefined when the request itself has a word of
 * another language, the tail is long, or its English adds none of those meanings.
 */
function withForeignTail(text: string): string | undefined {
  const parts = text.split(CLAUSE);
  // The first clause with a word of another language starts the tail; the request before it is English.
  let first = 0;
  while (first < parts.length && !TABLES.some((t) => parts[first].replace(POLITE, ' ').match(t.markers))) first += 2;
  if (first < 2 || first >= parts.length) return undefined;
  const head = parts.slice(0, first - 1).join('');
  const tail = parts.slice(first).join('');
  // (Dutch "of liever 2" is "or rather 2", not the English "of".)
  if (tail.split(/\s+/).length > 10 || ENGLISH_WORD.test(tail.replace(/^of (?=liever|beter)/i, ''))) return undefined;
  const told = tail.replace(POLITE, ' ');
  const tables = TABLES.map((t) => [t, told.match(t.markers)?.length ?? 0] as const).filter(([, n]) => n > 0);
  // "pero mamaya" has a word of Spanish and one of Tagalog: the first table, most words first, whose English has
  // one of those meanings the words did not have already ("no espera" → "wait").
  const meant = new Set(tail.toLowerCase().match(TAIL_MEANS));
  for (const [t] of tables.sort((a, b) => b[1] - a[1])) {
    const english = byTable(tail, t);
    // (After a dash the reader takes a time for an aside: "restart api — tomorrow" is "restart api, tomorrow".)
    if (
      english
        .toLowerCase()
        .match(TAIL_MEANS)
        ?.some((m) => !meant.has(m))
    )
      return `${head}${/[-–—]/.test(parts[first - 1]) ? ', ' : parts[first - 1]}${english}`.replace(/\s+/g, ' ').trim();
  }
  return undefined;
}

/** A resource and a change of it in the same few words: "double the memory", "cpu remove 2", "give web 2 cpu more". */
const RESOURCE = String.raw`(?<![\w-])(?:memory|ram|v?cpus?(?: cores?)?|cores?)(?![\w-])`;
const CHANGE = String.raw`\b(?:double|triple|halve|add|more|extra|increase|raise|bump|give|remove|reduce|lower|decrease|fewer|less|cut|scale|set)\b`;
const BETWEEN = String.raw`(?!(?:if|when|because|since|replicas?|pods?|instances?)\b)\S+`;
const RESOURCE_CHANGED = new RegExp(
  `${CHANGE}(?:\\s+${BETWEEN}){0,4}?\\s+${RESOURCE}|${RESOURCE}(?:\\s+${BETWEEN}){0,3}?\\s+${CHANGE}`,
  'i',
);
/** Words that make a resource no setting: an experiment on it, its use, a condition on it, a limit said already. */
const NOT_A_SETTING =
  /\b(?:stress|pressure|chaos|experiments?|load|burn|hog|spike|usage|utili[sz]ation|consumption|leak\w*|limits?|requests?)\b/i;

/** A dash before a later time or a condition, which the reader would take for an aside: a comma (red-team round 27). */
const DASH_BEFORE_MEANING =
  /(?:\s*[—–]|\s+-)\s*(?=(?:but |and )?(?:later|after|in \d|in an? |tomorrow|tonight|this (?:afternoon|evening|weekend)|next week|on \w+day|at \d|if|in case)\b)/gi;

/**
 * "double memory of worker", "prod web cpu remove 2 replicas", "worker in prod memory double": a change of memory or
 * CPU in a translated request, in any word order, is a change of its limit, which the English reader says it cannot
 * make (it reads "double web's memory" so, but not every order another language puts the words in, nor a decrease).
 * (Red-team rounds 26 and 27: "CPU 再减2个核", "CPU 2 kam karo", "belleğini iki katına çıkar", "内存翻倍".)
 */
function resourceLimits(english: string): string {
  return english.replace(/[^,.;:!?—–]+/g, (clause) =>
    RESOURCE_CHANGED.test(clause) && !NOT_A_SETTING.test(clause)
      ? clause
          .replace(/(?<![\w-])(?:memory|ram)(?![\w-])/gi, 'memory limit')
          .replace(/(?<![\w-])(?:v?cpus?(?: cores?)?|cores?)(?![\w-])/gi, 'cpu limit')
      : clause,
  );
}

/**
 * A change to N negated with a verb the reader does not know ("don't уменьшай worker … to 2", "reduce worker not to
 * 2", "worker to 2 replicas don't"): the reader would drop the negation and scale to N, so the clause says "don't
 * scale" (red-team round 28: "no le bajes … a 2", "2台に減らさないで", "niet naar 2", "jangan … jadi 2").
 */
const NEGATION =
  /\b(?:don't|do not|not|never)\b(?! (?:scale|reduce|increase|lower|raise|add|remove|bump|cut|drop|change|set|touch|go)\b)/i;
const TO_COUNT = /\b(?:to \d+|\d+ replicas?)\b/i;
function negatedCounts(english: string): string {
  return english.replace(/[^,.;:!?]+/g, (clause) =>
    NEGATION.test(clause) &&
    TO_COUNT.test(clause) &&
    !/\b(?:don't|do not) (?:scale|reduce|increase|lower|raise|add|remove)\b/i.test(clause)
      ? clause.replace(NEGATION, "don't scale")
      : clause,
  );
}

/**
 * A count added or taken away, then said again after "no" at the end ("add 2 replicas to worker in staging, no, 3",
 * "füge web zwei Replikas hinzu, nein, drei"): the count the request meant, said once (lang32).
 */
const COUNT_CORRECTED =
  /\b((?:add|remove|take)\b[^,.;!?]*?)\b\d+( (?:more )?replicas\b[^,.;!?]*?),? (?:no|wait|I mean|rather|wait, rather|no, wait),? (\d+)(?: (?:more )?replicas)?(?=\s*[.!]?\s*$)/i;
const correctedCount = (english: string) => english.replace(COUNT_CORRECTED, '$1$3$2');

/** "wait" alone at the end of a translation is a request held back: "no, wait" (red-team round 28: "…, bekle"). */
const WAIT_AT_END = /(?<!no,? )\bwait(?=[\s.!…]*$)/i;

/**
 * Gigabytes given or taken in an English request ("give prod worker 2 more gigs", "3 GB more memory for web"): memory,
 * which the reader reads as a limit it cannot set, never replicas (red-team round 28). Undefined when none is changed.
 */
const GIGS =
  /(?<![\w-])(\d+(?:[.,]\d+)?) ?(?:more |extra )?(?:gigs?|gigabytes?|gbs?|gib|megs?|megabytes?|mbs?|mib)(?![\w-])(?: (?:of )?(?:memory|ram))?/gi;
function englishMemory(text: string): string | undefined {
  // ("pods using more than 2 GB", "each needs 1 GB": an amount told, not given.)
  // (GIGS is global: its position is reset before any return, or the next message would be read from it: round 173.)
  const told = GIGS.test(text);
  GIGS.lastIndex = 0;
  if (!told || /\b(?:than|using|uses|used|takes?|needs?|each|per)\b/i.test(text)) return undefined;
  const said = text.replace(GIGS, (m, n) => (/\b(?:more|extra)\b/i.test(m) ? `${n} more memory` : `${n} memory`));
  const limits = resourceLimits(said);
  return limits === said ? undefined : limits;
}

/** Letters of a script no table reads (Hebrew, Greek, Devanagari, Thai, …): words the reader would drop unread. */
// Whole words of two letters or more: a letter among Latin ones is a homoglyph ("rоllback"), not a language.
const UNREAD_SCRIPT =
  /(?<![\p{L}\p{M}\p{N}])(?:(?=[\p{L}\p{M}])[\u0370-\u03ff\u0590-\u05ff\u0900-\u0dff\u0e00-\u0eff\u10a0-\u10ff]){2,}(?![\p{L}\p{M}\p{N}])/u;
/** A whole word of Arabic or Cyrillic letters ("بعدين", "потом"), not a homoglyph in a Latin word nor a digit. */
const ARABIC_OR_CYRILLIC_WORD = /(?<![\p{L}\p{N}])(?:(?=\p{L})[\u0400-\u04ff\u0600-\u06ff]){2,}(?![\p{L}\p{N}])/u;

/** The message in English words when it is written in one of the languages above, or undefined. */
export function inEnglish(text: string): string | undefined {
  const english = foreignInEnglish(text);
  if (english === undefined) return englishMemory(text);
  return resourceLimits(
    negatedCounts(correctedCount(english).replace(DASH_BEFORE_MEANING, ', ')).replace(WAIT_AT_END, 'no, wait'),
  );
}

function foreignInEnglish(text: string): string | undefined {
  const cjk = cjkInEnglish(text);
  if (cjk !== undefined) return cjk;
  let said = text;
  let least = 2;
  const declined = DECLINED.exec(text);
  if (declined) {
    // "reinicia api en prod. ¿Café? no, gracias": thanks that answer a question before them leave the request as it is
    // (red-team round 26); "Rollback de web en prod: no, gracias": a request declined with thanks is taken back.
    if (declined[1] !== '?') return text.replace(DECLINED, '. never mind');
    const before = text.slice(0, declined.index);
    said = before.slice(0, /\s*¿?[^.!?¿]*$/u.exec(before)?.index);
    // The thanks told its language: one word of it is enough.
    least = 1;
  }
  const [best, most] = bestTable(said);
  // Words of a script no table reads ("restart prod api, बाद में"): the request as it is, for the requester to
  // confirm, as the reader would drop them unread (red-team round 28).
  if (!best) return UNREAD_SCRIPT.test(said) ? said : undefined;
  const tail = withForeignTail(said);
  if (tail !== undefined) return tail;
  // One foreign word in an English sentence ("merci", "hoy") is a greeting or a name; two make a sentence. A word of
  // Arabic or Cyrillic script no rule read is never English ("restart prod api, بعدين", red-team round 28).
  if (most < least && ARABIC_OR_CYRILLIC_WORD.test(said)) return byTable(said, best);
  return most >= least ? byTable(said, best) : undefined;
}
