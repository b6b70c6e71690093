/**
 * Requests in German, Spanish, Portuguese or French ("Bitte starte den worker in staging neu", "¿puedes escalar web en
 * staging a 4 réplicas?"): the words of the catalog's requests in English, for the reader to read as unsure. Only a
 * message with words that are no English ones is read this way, and only with the table of its language, so "die",
 * "a" or "en" in English text are never touched. Pure.
 */

/** strip: the script of words no rule read, dropped as the reader would not know them. */
type Table = { markers: RegExp; phrases: [RegExp, string][]; strip?: RegExp };

const NUM = '(\\d+)';

const GERMAN: Table = {
  markers:
    /\b(wie|viel|gekostet|kostet|mal|fünf|der|ignoriere|anweisungen|regeln|vorherigen|hallo|bitte|kannst|könntest|zeig|zeige|zeigen|mir|neu|starte|skaliere|skalieren|zeilen|letzten|repliken|replikas|kosten|gestern|heute|löschen|lösche|abbrechen|pausieren|pausiere|zurück|zurückrollen|rolle|minuten|stunden|sekunden|vorherige|welche|laufen|läuft|gerade|aktualisieren|aktualisiere|das|von)\b/giu,
  phrases: [
    [/\b(hallo|servus|moin|guten (morgen|tag|abend))\b/giu, 'hi'],
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
    [/\b([a-z0-9-]+)-(logs|pods|kosten|rollout|deployment)\b/giu, '$2 of $1'],
    [/\bdas image von ([a-z0-9-]+) auf (\S+) aktualisieren\b/giu, 'set the image of $1 to $2'],
    [/\b(aktualisieren|aktualisiere)\b/giu, 'update'],
    [/\b(eins|ein|eine|einen)\b/giu, '1'],
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
  ],
};

const IBERIAN: Table = {
  markers:
    /(?<![\p{L}])(mata|gente|pra|fim|até|aleatório|aleatorio|em|el|los|las|del|una|por|para|con|qué|está|están|tiene|ignora|instrucciones|instruções|anteriores|reglas|regras|hola|olá|cuánto|cuanto|costó|pasada|passada|produção|producción|puedes|podrías|podrias|puede|pode|podes|você|escal\p{L}*|rein[ií]ci\p{L}*|muéstrame|muestrame|mostrar|mostra|mostre|registros|réplicas|últimas|ultimas|líneas|lineas|linhas|favor|ayer|hoy|ontem|hoje|semana|mes|pasado|passado|nos|revierte|reverter|revertir|reverte|pausar|abortar|borra|elimina|apaga|minutos|segundos|horas|detén|deten|detener|experimento|reintenta|reintentar|crea|llamado|imagen|puerto|azar|revisão|quanto|custou|custa|tenta|novo|análise|falhou|só|porque|qué|cargas|trabajo|hay|corriendo|rodando|solo|sus|seus|suas)(?![\p{L}])/giu,
  phrases: [
    [/¿|¡/gu, ''],
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
      /(?<![\p{L}])(no|não|nao) (?=(escal|reinici|borr|elimin|paus|abort|promuev|promov|revi|revert|hag|fa[cç]|toqu|cambi|mud|mat|apag))/giu,
      "don't ",
    ],
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
    [/(?<![\p{L}])(a|para) (la )?(revisão|revisión|revision) (\d+)(?![\p{L}])/giu, 'to revision $4'],
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
    [/(?<![\p{L}])(um|uma|uno|una)(?![\p{L}])/giu, 'a'],
    [/(?<![\p{L}])por favor(?![\p{L}])/giu, 'please'],
    [/(?<![\p{L}])(los|las|el|la|os|as|o)(?![\p{L}])/giu, 'the'],
    [/(?<![\p{L}])(registros|logs)(?![\p{L}])/giu, 'logs'],
    [/(?<![\p{L}])(de|del|do|da|dos|das)(?![\p{L}])/giu, 'of'],
    [/(?<![\p{L}])(en|em|no|na)(?![\p{L}])/giu, 'in'],
    [new RegExp(`(?<![\\p{L}])(a|para) ${NUM}(?![\\p{L}])`, 'giu'), 'to $2'],
    [/(?<![\p{L}])(réplicas|replicas|instancias|instâncias)(?![\p{L}])/giu, 'replicas'],
    [/(?<![\p{L}])semana pasada|semana passada(?![\p{L}])/giu, 'last week'],
    [/(?<![\p{L}])(el |o )?m[eê]s pasado|(o )?m[eê]s passado(?![\p{L}])/giu, 'last month'],
    [/(?<![\p{L}])(últimas|ultimas|últimos|ultimos)(?![\p{L}])/giu, 'last'],
    [/(?<![\p{L}])(líneas|lineas|linhas)(?![\p{L}])/giu, 'lines'],
    [/(?<![\p{L}])(costo|coste|costos|custo|custos)(?![\p{L}])/giu, 'cost'],
    [/(?<![\p{L}])(ayer|ontem)(?![\p{L}])/giu, 'yesterday'],
    [/(?<![\p{L}])(hoy|hoje)(?![\p{L}])/giu, 'today'],
    [/(?<![\p{L}])(y|e)(?![\p{L}])/giu, 'and'],
    [/(?<![\p{L}])(durante|por)(?![\p{L}])/giu, 'for'],
    [/(?<![\p{L}])minutos(?![\p{L}])/giu, 'minutes'],
    [/(?<![\p{L}])segundos(?![\p{L}])/giu, 'seconds'],
    [/(?<![\p{L}])horas(?![\p{L}])/giu, 'hours'],
    [/(?<![\p{L}])(me|mi)(?![\p{L}])/giu, 'me'],
  ],
};

const FRENCH: Table = {
  markers:
    /(?<![\p{L}])(tourne|combien|coûté|couté|cassé|c'est|heures|arrête|arrêter|arrete|annule|annuler|expérience|experience|voudrais|déploiement|tu|mettre|dans|pas|ignorez|consignes|règles|précédentes|bonjour|salut|peux|pouvez|redémarre|redémarrer|redemarre|relance|relancer|montre|affiche|journaux|lignes|dernières|derniers|plaît|plait|stp|svp|coût|coûts|aujourd'hui|semaine|répliques|supprime|supprimer|annule|annuler)(?![\p{L}])/giu,
  phrases: [
    [/(?<![\p{L}])(arrête|arrêter|arrete|arrêtez)(?![\p{L}])/giu, 'stop'],
    [/(?<![\p{L}])(annule|annuler|annulez)(?![\p{L}])/giu, 'abort'],
    [/(?<![\p{L}])l'(expérience|experience)(?![\p{L}])/giu, 'the experiment'],
    [/(?<![\p{L}])(c'est cassé|c'est casse)(?![\p{L}])/giu, 'it is broken'],
    [/(?<![\p{L}])combien (a|ont) (coûté|couté|coute|coûte)(?![\p{L}])/giu, 'how much did cost'],
    [/(?<![\p{L}])tout ce qui (tourne|est déployé|roule)(?![\p{L}])/giu, 'what is running'],
    // "les logs des 10 dernières minutes": the last 10 minutes.
    [
      /(?<![\p{L}])(?:des |les |aux )?(\d+) (?:dernières|derniers|dernieres) (minutes|heures|lignes|secondes)(?![\p{L}])/giu,
      'last $1 $2',
    ],
    [/(?<![\p{L}])heures(?![\p{L}])/giu, 'hours'],
    [/(?<![\p{L}])secondes(?![\p{L}])/giu, 'seconds'],
    [/(?<![\p{L}])(bonjour|salut|coucou)(?![\p{L}])/giu, 'hi'],
    // "ne redémarre pas l'api": a negation around the verb.
    [/(?<![\p{L}])n(?:e |')(\S+) (pas|jamais|plus)(?![\p{L}])/giu, "don't $1"],
    [/(?<![\p{L}])ne (pas|jamais|plus)(?![\p{L}])/giu, "don't"],
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
    /(?<![\p{L}])(costi|ieri|oggi|non|puoi|potresti|mostrami|mostra|riavvia|riavviare|repliche|produzione|aumenta|diminuisci|ultime|righe|grazie|per favore|di|le|il|della|delle)(?![\p{L}])/giu,
  phrases: [
    [/(?<![\p{L}])non (?=\p{L})/giu, "don't "],
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
    /(?<![\p{L}])(niet|kun|kunt|je|jij|de|het|van|afbreken|herstart|herstarten|laat|zien|hoeveel|kost|ons|deze|maand|tot|nu|toe|alsjeblieft|graag|pauzeer|pauzeren|schaal|volledig|afgelopen|dagen|kostte|productie|promoten)(?![\p{L}])/giu,
  phrases: [
    [/(?<![\p{L}])(niet|geen)(?![\p{L}])/giu, 'not'],
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
const CJK: [RegExp, string][] = [
  // Negations, conditions, times, someone's words and instructions to ignore: read first, so they are never lost.
  [/忽略|無視|무시/gu, 'ignore'],
  // "再起動してもいいですか", "재시작해도 돼?": asking whether it is ok, not asking for it.
  [/してもいいですか|してもいい[？?]|しても大丈夫ですか|해도\s?(돼|될까|되나)\p{L}*|可以吗|可以嗎/gu, ' is it ok? '],
  // Namespaces by their everyday names: 本番 (production), ステージング / 스테이징 / 预发布 (staging).
  [/本番環境|本番|生产环境|生產環境|프로덕션|운영\s?환경/gu, ' production '],
  [/ステージング環境|ステージング|预发布环境|预发布|스테이징/gu, ' staging '],
  [/规则|ルール|규칙|指示|指令/gu, 'rules'],
  [/之前的?|以前の|이전/gu, 'previous'],
  [/([\u3040-\u30ff\u3400-\u9fff]+?)(しないで|するな)/gu, "don't $1"],
  [/([\uac00-\ud7af]+)\s?하지\s?(마|말)\p{L}*/gu, "don't $1"],
  [/不要|别|不用|ないで/gu, "don't"],
  [/如果|もし|만약/gu, 'if'],
  [/明天|明日|내일/gu, 'tomorrow'],
  [/今晚|今夜|오늘\s?밤/gu, 'tonight'],
  [/说过?|って言って(た|る)|と言って(た|る)|言ってた|라고\s?했/gu, 'said'],
  [/减少\s*(\d+)\s*个?副本/gu, 'reduce by $1 replicas'],
  [/增加\s*(\d+)\s*个?副本/gu, 'add $1 replicas'],
  [/需要.*吗|必要(ですか|がある)|해야\s?(하나요|돼|할까)/gu, 'should we ?'],
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
];

/** The message in English words when it is written in Japanese, Chinese or Korean, or undefined. */
function cjkInEnglish(text: string): string | undefined {
  if (!CJK_SCRIPT.test(text)) return undefined;
  let out = text;
  for (const [re, to] of CJK) out = out.replace(re, ` ${to} `);
  // Particles and the rest of the script carry no word of the catalog.
  out = out.replace(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u3000-\u303f\uff01-\uff5e]+/gu, ' ');
  return out.replace(/\s+/g, ' ').trim();
}

const POLISH: Table = {
  markers:
    /(?<![\p{L}])(jeśli|jesli|jeżeli|czy|wstrzymaj|wznów|przerwij|stagingu|produkcji|na|nie|zrestartuj|uruchom|ponownie|pokaż|pokaz|koszty|według|wedlug|proszę|prosze|za|ten|tydzień|tydzien|wczoraj|dzisiaj|przeskaluj|skaluj|wycofaj|logi|replik|deploymentów|w)(?![\p{L}])/giu,
  phrases: [
    [/(?<![\p{L}])(jeśli|jesli|jeżeli|jezeli|gdyby|kiedy)(?![\p{L}])/giu, 'if'],
    [/(?<![\p{L}])czy(?![\p{L}])/giu, 'should we'],
    [/(?<![\p{L}])(może|moze)(?![\p{L}])/giu, 'maybe we should'],
    [/(?<![\p{L}])nie(?![\p{L}])/giu, "don't"],
    [/(?<![\p{L}])jutro(?![\p{L}])/giu, 'tomorrow'],
    [/(?<![\p{L}])powiedział[a]?(?![\p{L}])/giu, 'said'],
    [/(?<![\p{L}])(zrestartuj|uruchom ponownie)(?![\p{L}])/giu, 'restart'],
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
  ],
};

const TURKISH: Table = {
  markers:
    /(?<![\p{L}])(çıkar|cikar|replikaya|hangi|podları|göster|goster|yeniden|başlat|baslat|dün|maliyet|lütfen|lutfen|geri|al|node'larda|yarın|dedi)(?![\p{L}])|'(deki|daki|de|da|te|ta|ı|i|u|ü)(?![\p{L}])/giu,
  phrases: [
    [/([a-z0-9-]+)'(deki|daki|de|da|te|ta)(?![\p{L}])/giu, 'in $1'],
    [/([a-z0-9-]+)'(yı|yi|ı|i|u|ü|nin|nın|in|ın)(?![\p{L}])/giu, '$1'],
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
  ],
};

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
 * Hindi in Latin letters, with English words mixed in ("worker ke logs dikhao prod mein, pichle 2 ghante ke"): the
 * verb comes last and postpositions follow their noun; the reader takes the words in any order, so the postpositions
 * ("ke", "mein", "ko") and the helpers of the verb ("karo", "kar do") are dropped.
 */
const HINDI: Table = {
  markers: words(
    'dikhao|dikha|dikhana|dikhaiye|batao|bata|bataiye|mein|ke|ka|ki|ko|karo|kar|kardo|karna|kijiye|karein|wala|wale|wali|pichle|pichhle|ghante|ghanta|ghanton|kharcha|kharche|kharch|mahine|mahina|hafte|hafta|saare|sare|sab|badha|badhao|badhaao|ghatao|ghata|aur|yaar|abhi|kis|hai|hain|kitna|kitne|kya|aaj|kal|roko|rok|hatao|mita|maaro|maar|banao|bana|naam|liye|tak|wapas|pura|poora|puri|poori|zara|jaldi|bhai|sakte|sakta',
  ),
  phrases: [
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
    'cek|periksa|lihat|lihatkan|tampilkan|tunjukkan|tunjuk|di|ke|dari|terakhir|berapa|biaya|kos|bulan|ini|lalu|lepas|lanjutkan|teruskan|berikutnya|seterusnya|bikin|buat|buatkan|gagal|selama|detik|menit|minit|tolong|ganti|tukar|jadi|hapus|padam|kemarin|semalam|hari|minggu|mulai|ulang|semula|naikkan|turunkan|tambah|tambahkan|kurangi|hentikan|batalkan|jeda|coba|lagi|dengan|bernama|baris|semua|sepenuhnya|tahap|setiap|yang|sedang|berjalan|eksperimen|kembalikan|balikkan|versi|sebelumnya|saja|dong|deh|nih|ya|sekarang|gambar|bunuh|matikan',
  ),
  phrases: [
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
    'naman|ng|nang|yung|iyong|ang|mga|sa|mo|nga|na|pakita|ipakita|pakipakita|patingin|salamat|tumatakbo|ano|ano-ano|alin|buong|lahat|paki|po|kasi|may|gawin|gawing|gawin mong|ilan|ilang|huling|kahapon|ngayon|ngayong|linggo|buwan|nakaraang|nakaraan|oras|minuto|segundo|araw|linya|magkano|gastos|burahin|tanggalin|itigil|ihinto|ibalik|dagdagan|bawasan|gumawa|gawa|pangalan|may pangalang|hanggang|ulit|lang|muna|din|rin',
  ),
  phrases: [
    // "pa-restart", "i-scale mo", "mag-rollback": the English verb.
    [/(?<![\p{L}])(?:pa|i|mag|nag|paki|ipa)-(?=\p{L})/giu, ''],
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
    'tafadhali|anzisha|upya|kwenye|katika|nionyeshe|onyesha|nionyesha|za|ya|wa|la|ongeza|punguza|hadi|mpaka|gharama|jana|leo|ilikuwa|kiasi|gani|rudisha|toleo|awali|futa|simamisha|sitisha|ghairi|jaribu|tena|unda|tengeneza|inayoitwa|iitwayo|yenye|picha|kumbukumbu|mistari|saa|dakika|sekunde|siku|wiki|mwezi|huu|hii|iliyopita|uliopita|zilizopita|kila|zote|yote|mazingira|majaribio|nakala|ngapi|na|kwa|mwisho|zinazoendelea|eleza|orodha|orodhesha|ua|hatua|inayofuata|kikamilifu',
  ),
  phrases: [
    w('anzisha upya|washa upya', 'restart'),
    w('nionyeshe|nionyesha|onyesha|orodhesha', 'show'),
    w('eleza', 'describe'),
    w('N (saa|dakika|sekunde|siku|mistari) za mwisho', 'last $1 $2'),
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
    /[\p{L}]*[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĩũ][\p{L}]*|(?<![\p{L}])(xem|cho|tôi|các|giờ|phút|giây|ngày|tháng|tuần|trên|lên|xuống|theo|từng|với|và|hôm|này|trước)(?![\p{L}])/giu,
  phrases: [
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
    [/\u0640/gu, ''],
    [/[\u064b-\u065f]/gu, ''],
    w('أعد تشغيل|اعد تشغيل|إعادة تشغيل|اعادة تشغيل', 'restart'),
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
];

/** The message in English words when it is written in one of the languages above, or undefined. */
export function inEnglish(text: string): string | undefined {
  const cjk = cjkInEnglish(text);
  if (cjk !== undefined) return cjk;
  let best: Table | undefined;
  let most = 0;
  for (const t of TABLES) {
    const n = text.match(t.markers)?.length ?? 0;
    if (n > most) {
      most = n;
      best = t;
    }
  }
  // One foreign word in an English sentence ("merci", "hoy") is a greeting or a name; two make a sentence.
  if (!best || most < 2) return undefined;
  let out = text;
  for (const [re, to] of best.phrases) out = out.replace(re, to);
  if (best.strip) out = out.replace(best.strip, ' ');
  return out.replace(/\s+/g, ' ').trim();
}
