/**
 * Requests in German, Spanish, Portuguese or French ("Bitte starte den worker in staging neu", "¿puedes escalar web en
 * staging a 4 réplicas?"): the words of the catalog's requests in English, for the reader to read as unsure. Only a
 * message with words that are no English ones is read this way, and only with the table of its language, so "die",
 * "a" or "en" in English text are never touched. Pure.
 */

type Table = { markers: RegExp; phrases: [RegExp, string][] };

const NUM = '(\\d+)';

const GERMAN: Table = {
  markers:
    /\b(mal|fünf|der|ignoriere|anweisungen|regeln|vorherigen|hallo|bitte|kannst|könntest|zeig|zeige|zeigen|mir|neu|starte|skaliere|skalieren|zeilen|letzten|repliken|replikas|kosten|gestern|heute|löschen|lösche|abbrechen|pausieren|zurück|rolle|minuten|stunden|sekunden)\b/giu,
  phrases: [
    [/\b(hallo|servus|moin|guten (morgen|tag|abend))\b/giu, 'hi'],
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
    [/\b([a-z0-9-]+)-(logs|pods|kosten)\b/giu, '$2 of $1'],
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
    [/\bfür\b/giu, 'for'],
    [/\bminuten\b/giu, 'minutes'],
    [/\bstunden\b/giu, 'hours'],
    [/\bsekunden\b/giu, 'seconds'],
  ],
};

const IBERIAN: Table = {
  markers:
    /(?<![\p{L}])(mata|gente|pra|fim|até|aleatório|aleatorio|em|el|los|las|del|una|por|para|con|qué|está|están|tiene|ignora|instrucciones|instruções|anteriores|reglas|regras|hola|olá|cuánto|cuanto|costó|pasada|passada|produção|producción|puedes|podrías|podrias|puede|pode|podes|você|escal\p{L}*|rein[ií]ci\p{L}*|muéstrame|muestrame|mostrar|mostra|mostre|registros|réplicas|últimas|ultimas|líneas|lineas|linhas|favor|ayer|hoy|ontem|hoje|semana|revierte|reverter|revertir|pausar|abortar|borra|elimina|apaga|minutos|segundos|horas)(?![\p{L}])/giu,
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
    [/(?<![\p{L}])escal\p{L}*/giu, 'scale'],
    [/(?<![\p{L}])rein[ií]ci\p{L}*/giu, 'restart'],
    [/(?<![\p{L}])(muéstrame|muestrame|enséñame|mostrar|muestra|mostra|mostre|me mostre)(?![\p{L}])/giu, 'show'],
    [/(?<![\p{L}])(revierte|revertir|reverter|reverta|deshaz)(?![\p{L}])/giu, 'roll back'],
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
    /(?<![\p{L}])(voudrais|déploiement|tu|mettre|dans|pas|ignorez|consignes|règles|précédentes|bonjour|salut|peux|pouvez|redémarre|redémarrer|redemarre|relance|relancer|montre|affiche|journaux|lignes|dernières|derniers|plaît|plait|stp|svp|coût|coûts|aujourd'hui|semaine|répliques|supprime|supprimer|annule|annuler)(?![\p{L}])/giu,
  phrases: [
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
    /(?<![\p{L}])(niet|kun|kunt|je|jij|de|het|van|afbreken|herstart|herstarten|laat|zien|hoeveel|kost|ons|deze|maand|tot|nu|toe|alsjeblieft|graag|pauzeer|pauzeren|schaal)(?![\p{L}])/giu,
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
    [/(?<![\p{L}])(de|het)(?![\p{L}])/giu, 'the'],
    [/(?<![\p{L}])van(?![\p{L}])/giu, 'of'],
    [/(?<![\p{L}])ons(?![\p{L}])/giu, 'us'],
    [/(?<![\p{L}])het foutpercentage loopt op(?![\p{L}])/giu, 'the error rate is climbing'],
  ],
};

const TABLES = [GERMAN, IBERIAN, FRENCH, ITALIAN, DUTCH];

/** The message in English words when it is written in one of the languages above, or undefined. */
export function inEnglish(text: string): string | undefined {
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
  return out.replace(/\s+/g, ' ').trim();
}
