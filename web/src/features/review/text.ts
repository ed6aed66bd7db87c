/**
 * The committees' review pages, in bokmål, nynorsk and English: a catalogue
 * (`shared/i18n/catalogue.ts`) loaded only with those pages (a lazy chunk), with the
 * application's text (`form.ts`) they show too and the committees' words shared with the
 * e-mails and exports (`shared/i18n/committees.ts`).
 */
import type { Catalogue } from '../../../../shared/i18n/catalogue.ts';
import { applicationText } from '../../../../shared/i18n/application.ts';
import { committeeText } from '../../../../shared/i18n/committees.ts';
import { reviewMessages } from '../../../../shared/i18n/review.ts';
import { formText } from '../application/text.ts';

export const reviewText = {
  ...formText,
  ...committeeText,
  'committee.intro.expert': {
    nb: 'Vurder det faglige innholdet i hver søknad opp mot aktivitetsområdene, og forankringen og bærekraften i tiltakene. Lederen setter utvalgets konklusjon: kvalifisert eller ikke kvalifisert.',
    nn: 'Vurder det faglege innhaldet i kvar søknad opp mot aktivitetsområda, og forankringa og berekrafta i tiltaka. Leiaren set konklusjonen til utvalet: kvalifisert eller ikkje kvalifisert.',
    en: 'Assess the professional content of each application against the activity areas, and the anchoring and sustainability of the measures. The chair sets the committee’s outcome: qualified or not qualified.',
  },
  'committee.intro.geographic': {
    nb: 'De kvalifiserte søknadene skal prioriteres i én nasjonal rekkefølge med tanke på geografisk spredning. Fylkesrådgiverne kommenterer søknadene fra sine fylker; lederen setter rekkefølgen.',
    nn: 'Dei kvalifiserte søknadene skal prioriterast i éi nasjonal rekkjefølgje med tanke på geografisk spreiing. Fylkesrådgjevarane kommenterer søknadene frå fylka sine; leiaren set rekkjefølgja.',
    en: 'The qualified applications are ranked in one national priority order with regard to geographic spread. The county advisers comment on the applications from their counties; the chair sets the order.',
  },
  'committee.intro.final': {
    nb: 'Bestem hvilke søknader som får tilskudd, og hvor mye per skoleår, innenfor rammen – med bredde i kunstfag, balanse mellom aktivitetsområdene og geografisk spredning. Hvert avslag skal begrunnes.',
    nn: 'Avgjer kva søknader som får tilskot, og kor mykje per skuleår, innanfor ramma – med breidd i kunstfag, balanse mellom aktivitetsområda og geografisk spreiing. Kvart avslag skal grunngjevast.',
    en: 'Decide which applications receive a grant, and how much per school year, within the budget – with breadth across art subjects, balance between the activity areas and geographic spread. Every rejection needs a reason.',
  },
  'committee.you': { nb: 'Du er', nn: 'Du er', en: 'You are' },
  'committee.role': { nb: 'Rolle', nn: 'Rolle', en: 'Role' },
  'committee.role.chair': { nb: 'leder', nn: 'leiar', en: 'chair' },
  'committee.role.deputy': { nb: 'nestleder', nn: 'nestleiar', en: 'deputy chair' },
  'committee.role.member': { nb: 'medlem', nn: 'medlem', en: 'member' },
  'committee.deadline': { nb: 'Frist', nn: 'Frist', en: 'Deadline' },
  'committee.stageStatus': { nb: 'Status', nn: 'Status', en: 'Status' },
  'committee.stage.open': { nb: 'Åpen for vurdering', nn: 'Open for vurdering', en: 'Open for review' },
  'committee.stage.finalised': { nb: 'Fullført', nn: 'Fullført', en: 'Finalised' },
  'committee.stage.not-open': { nb: 'Ikke åpnet ennå', nn: 'Ikkje opna enno', en: 'Not open yet' },
  'committee.stage.finalisedAt': {
    nb: 'Fullført {when} – ingenting kan endres',
    nn: 'Fullført {when} – ingenting kan endrast',
    en: 'Finalised {when} – nothing can change',
  },
  'committee.notOpen': {
    nb: 'Ingen søknader har kommet til utvalget ennå. Du får beskjed når arbeidet kan begynne. Fristen er {deadline}.',
    nn: 'Ingen søknader har kome til utvalet enno. Du får melding når arbeidet kan byrje. Fristen er {deadline}.',
    en: 'No applications have reached the committee yet. You will be told when the work can begin. The deadline is {deadline}.',
  },
  'committee.refused.title': {
    nb: 'Lenken gir ikke tilgang',
    nn: 'Lenkja gir ikkje tilgang',
    en: 'The link gives no access',
  },
  'committee.refused.help': {
    nb: 'Sekretariatet i Norsk kulturskoleråd kan sende deg en ny lenke.',
    nn: 'Sekretariatet i Norsk kulturskoleråd kan sende deg ei ny lenkje.',
    en: 'The secretariat of Norsk kulturskoleråd can send you a new link.',
  },
  'committee.refused.noToken': {
    nb: 'Siden åpnes bare fra den personlige lenken i e-posten du fikk som medlem av utvalget. Åpne lenken fra e-posten på nytt.',
    nn: 'Sida blir berre opna frå den personlege lenkja i e-posten du fekk som medlem av utvalet. Opne lenkja frå e-posten på nytt.',
    en: 'This page opens only from the personal link in the e-mail you received as a committee member. Open the link from the e-mail again.',
  },
  'committee.refused.otherCommittee': {
    nb: 'Lenken din gjelder {committee}, ikke denne siden. Bruk lenken du fikk for dette utvalget.',
    nn: 'Lenkja di gjeld {committee}, ikkje denne sida. Bruk lenkja du fekk for dette utvalet.',
    en: 'Your link is for the {committee}, not this page. Use the link you received for this committee.',
  },
  'committee.requested': { nb: 'Søkt beløp', nn: 'Søkt beløp', en: 'Amount requested' },
  'committee.counties': applicationText['application.counties'],
  'committee.savedAt': { nb: '(satt {when})', nn: '(sett {when})', en: '(set {when})' },
  'committee.deputyNote': {
    nb: 'Som nestleder handler du for utvalget bare der lederen har meldt seg inhabil.',
    nn: 'Som nestleiar handlar du for utvalet berre der leiaren har meldt seg inhabil.',
    en: 'As deputy chair you act for the committee only where the chair has declared a conflict of interest.',
  },
  // ── the list ───────────────────────────────────────────────────────────────────────
  'committee.list.heading.expert': {
    nb: 'Innsendte søknader ({count})',
    nn: 'Innsende søknader ({count})',
    en: 'Submitted applications ({count})',
  },
  'committee.list.heading.geographic': {
    nb: {
      one: 'Nasjonal prioritering ({count} kvalifisert søknad)',
      other: 'Nasjonal prioritering ({count} kvalifiserte søknader)',
    },
    nn: {
      one: 'Nasjonal prioritering ({count} kvalifisert søknad)',
      other: 'Nasjonal prioritering ({count} kvalifiserte søknader)',
    },
    en: {
      one: 'National priority order ({count} qualified application)',
      other: 'National priority order ({count} qualified applications)',
    },
  },
  'committee.list.heading.final': {
    nb: 'Søknadene i prioritert rekkefølge ({count})',
    nn: 'Søknadene i prioritert rekkjefølgje ({count})',
    en: 'The applications in priority order ({count})',
  },
  'committee.list.empty': {
    nb: 'Det er ingen søknader her.',
    nn: 'Det er ingen søknader her.',
    en: 'There are no applications here.',
  },
  'committee.progress.assessed': {
    nb: {
      one: 'Du har vurdert {done} av {count} søknad.',
      other: 'Du har vurdert {done} av {count} søknader.',
    },
    nn: {
      one: 'Du har vurdert {done} av {count} søknad.',
      other: 'Du har vurdert {done} av {count} søknader.',
    },
    en: {
      one: 'You have assessed {done} of {count} application.',
      other: 'You have assessed {done} of {count} applications.',
    },
  },
  'committee.progress.decided': {
    nb: 'Konklusjon er satt for {done} av {total}.',
    nn: 'Konklusjon er sett for {done} av {total}.',
    en: 'An outcome is set for {done} of {total}.',
  },
  'committee.col.application': { nb: 'Søknad', nn: 'Søknad', en: 'Application' },
  'committee.col.areas': { nb: 'Områder', nn: 'Område', en: 'Areas' },
  'committee.col.requested': { nb: 'Søkt', nn: 'Søkt', en: 'Requested' },
  'committee.col.averages': { nb: 'Snitt (1–5)', nn: 'Snitt (1–5)', en: 'Average (1–5)' },
  'committee.col.you': { nb: 'Du', nn: 'Du', en: 'You' },
  'committee.col.recommendations': { nb: 'Anbefalinger', nn: 'Tilrådingar', en: 'Recommendations' },
  'committee.col.outcome': { nb: 'Konklusjon', nn: 'Konklusjon', en: 'Outcome' },
  'committee.blocker.declare': {
    nb: 'Du har ikke svart om habilitet for «{title}».',
    nn: 'Du har ikkje svart om habilitet for «{title}».',
    en: 'You have not declared on conflict of interest for “{title}”.',
  },
  'committee.blocker.outcome': {
    nb: '«{title}» mangler konklusjon.',
    nn: '«{title}» manglar konklusjon.',
    en: '“{title}” has no outcome yet.',
  },
  'committee.blocker.order': {
    nb: 'Prioriteringen er ikke lagret ennå.',
    nn: 'Prioriteringa er ikkje lagra enno.',
    en: 'The priority order has not been saved yet.',
  },
  'committee.blocker.unsavedOrder': {
    nb: 'Lagre endringene i prioriteringen først.',
    nn: 'Lagre endringane i prioriteringa først.',
    en: 'Save the changes to the priority order first.',
  },
  'committee.blocker.decision': {
    nb: '«{title}» mangler innstilling.',
    nn: '«{title}» manglar innstilling.',
    en: '“{title}” has no decision yet.',
  },
  'committee.blocker.unsavedDecision': {
    nb: '«{title}» har endringer som ikke er lagret.',
    nn: '«{title}» har endringar som ikkje er lagra.',
    en: '“{title}” has changes that are not saved.',
  },
  'committee.blocker.overBudget': {
    nb: 'Tildelingene er over rammen.',
    nn: 'Tildelingane er over ramma.',
    en: 'The awards exceed the budget.',
  },
  'committee.readFull': {
    nb: 'Les hele søknaden',
    nn: 'Les heile søknaden',
    en: 'Read the whole application',
  },
  // ── one application ────────────────────────────────────────────────────────────────
  'committee.backToList': {
    nb: 'Tilbake til søknadslisten – {committee}',
    nn: 'Tilbake til søknadslista – {committee}',
    en: 'Back to the list – {committee}',
  },
  'committee.application.unavailable': {
    nb: 'Søknaden kan ikke vises',
    nn: 'Søknaden kan ikkje visast',
    en: 'The application cannot be shown',
  },
  'committee.application.heading': { nb: 'Søknaden', nn: 'Søknaden', en: 'The application' },
  'committee.attachments.heading': { nb: 'Vedlegg', nn: 'Vedlegg', en: 'Attachments' },
  'committee.attachments.none': {
    nb: 'Søknaden har ingen godkjente vedlegg.',
    nn: 'Søknaden har ingen godkjende vedlegg.',
    en: 'The application has no accepted attachments.',
  },
  'committee.attachments.expiry': {
    nb: 'Lenkene til vedleggene virker i fem minutter. Last siden på nytt for å få nye lenker.',
    nn: 'Lenkjene til vedlegga verkar i fem minutt. Last sida på nytt for å få nye lenkjer.',
    en: 'The links to the attachments work for five minutes. Reload the page for new links.',
  },
  'committee.attachments.file': { nb: 'Fil', nn: 'Fil', en: 'File' },
  'committee.attachments.kind': { nb: 'Type', nn: 'Type', en: 'Kind' },
  'committee.attachments.size': { nb: 'Størrelse', nn: 'Storleik', en: 'Size' },
  'committee.attachments.newTab': {
    nb: '(åpnes i ny fane)',
    nn: '(blir opna i ny fane)',
    en: '(opens in a new tab)',
  },
  'committee.goToWork.expert': {
    nb: 'Gå til vurderingen',
    nn: 'Gå til vurderinga',
    en: 'Go to the assessment',
  },
  'committee.goToWork.geographic': {
    nb: 'Gå til kommentarene',
    nn: 'Gå til kommentarane',
    en: 'Go to the comments',
  },
  'committee.goToWork.final': {
    nb: 'Gå til innstillingen',
    nn: 'Gå til innstillinga',
    en: 'Go to the decision',
  },
  'committee.work.heading.expert': {
    nb: 'Sakkyndig vurdering',
    nn: 'Sakkunnig vurdering',
    en: 'Expert assessment',
  },
  'committee.work.heading.geographic': {
    nb: 'Geografisk vurdering',
    nn: 'Geografisk vurdering',
    en: 'Geographic assessment',
  },
  'committee.work.heading.final': { nb: 'Innstilling', nn: 'Innstilling', en: 'Decision' },
  // ── conflict of interest (habilitet) ───────────────────────────────────────────────
  'committee.declaration.heading': { nb: 'Habilitet', nn: 'Habilitet', en: 'Conflict of interest' },
  'committee.declaration.question': {
    nb: 'Er du inhabil i denne søknaden?',
    nn: 'Er du inhabil i denne søknaden?',
    en: 'Do you have a conflict of interest in this application?',
  },
  'committee.declaration.help': {
    nb: 'Du er inhabil hvis du for eksempel er ansatt i, leder eller har nære bånd til en av kommunene eller samarbeidspartene. Svar før du ser utvalgets vurderinger.',
    nn: 'Du er inhabil dersom du til dømes er tilsett i, leiar eller har nære band til ein av kommunane eller samarbeidspartane. Svar før du ser vurderingane til utvalet.',
    en: 'You have a conflict of interest if, for example, you work for, lead or have close ties to one of the municipalities or partners. Answer before you see the committee’s assessments.',
  },
  'committee.declaration.answerNo': {
    nb: 'Nei, jeg er ikke inhabil',
    nn: 'Nei, eg er ikkje inhabil',
    en: 'No, I have no conflict of interest',
  },
  'committee.declaration.answerYes': {
    nb: 'Ja, jeg er inhabil',
    nn: 'Ja, eg er inhabil',
    en: 'Yes, I have a conflict of interest',
  },
  'committee.declaration.required': {
    nb: 'Svar ja eller nei.',
    nn: 'Svar ja eller nei.',
    en: 'Answer yes or no.',
  },
  'committee.declaration.final': {
    nb: 'Når du har meldt deg inhabil, ser du ikke utvalgets vurderinger av søknaden og deltar ikke i avgjørelsen. Svaret kan ikke trekkes tilbake.',
    nn: 'Når du har meldt deg inhabil, ser du ikkje vurderingane til utvalet av søknaden og deltek ikkje i avgjerda. Svaret kan ikkje trekkjast tilbake.',
    en: 'Once you declare a conflict, you do not see the committee’s assessments of the application and take no part in its decision. The answer cannot be withdrawn.',
  },
  'committee.declaration.reason': {
    nb: 'Hvorfor er du inhabil? (valgfritt)',
    nn: 'Kvifor er du inhabil? (valfritt)',
    en: 'Why do you have a conflict? (optional)',
  },
  'committee.declaration.reasonHelp': {
    nb: 'For eksempel «Jeg er rektor i en av kommunene». Lagres i sakens logg.',
    nn: 'Til dømes «Eg er rektor i ein av kommunane». Blir lagra i loggen til saka.',
    en: 'For example “I am head of one of the municipalities’ schools”. Kept in the case log.',
  },
  'committee.declaration.save': { nb: 'Lagre svaret', nn: 'Lagre svaret', en: 'Save the answer' },
  'committee.declaration.none': { nb: 'Ikke svart', nn: 'Ikkje svart', en: 'Not declared' },
  'committee.declaration.conflicted': { nb: 'Inhabil', nn: 'Inhabil', en: 'Conflicted' },
  'committee.declaration.notConflicted': { nb: 'Habil', nn: 'Habil', en: 'No conflict' },
  'committee.declaration.conflictedBody': {
    nb: 'Du meldte deg inhabil {when}. Du ser ikke utvalgets vurderinger av denne søknaden og deltar ikke i avgjørelsen.',
    nn: 'Du melde deg inhabil {when}. Du ser ikkje vurderingane til utvalet av denne søknaden og deltek ikkje i avgjerda.',
    en: 'You declared a conflict of interest {when}. You do not see the committee’s assessments of this application and take no part in its decision.',
  },
  'committee.declaration.reasonGiven': {
    nb: 'Grunn: {reason}',
    nn: 'Grunn: {reason}',
    en: 'Reason: {reason}',
  },
  'committee.declaration.notConflictedBody': {
    nb: 'Du svarte {when} at du ikke er inhabil.',
    nn: 'Du svarte {when} at du ikkje er inhabil.',
    en: 'You declared {when} that you have no conflict of interest.',
  },
  'committee.declaration.reconsider': {
    nb: 'Jeg er likevel inhabil',
    nn: 'Eg er likevel inhabil',
    en: 'I do have a conflict after all',
  },
  'committee.declaration.reconsiderBody': {
    nb: 'Meld deg inhabil hvis du har oppdaget en interessekonflikt. Vurderingen din teller da ikke lenger, og svaret kan ikke trekkes tilbake.',
    nn: 'Meld deg inhabil dersom du har oppdaga ein interessekonflikt. Vurderinga di tel då ikkje lenger, og svaret kan ikkje trekkjast tilbake.',
    en: 'Declare a conflict if you have discovered one. Your assessment then no longer counts, and the answer cannot be withdrawn.',
  },
  'committee.declaration.confirmConflicted': {
    nb: 'Meld meg inhabil',
    nn: 'Meld meg inhabil',
    en: 'Declare my conflict',
  },
  'committee.declaration.closed': {
    nb: 'Utvalget har fullført arbeidet; det kan ikke svares lenger.',
    nn: 'Utvalet har fullført arbeidet; det kan ikkje svarast lenger.',
    en: 'The committee has finished its work; no more declarations can be made.',
  },
  // ── the expert committee ───────────────────────────────────────────────────────────
  'committee.assessment.heading': { nb: 'Din vurdering', nn: 'Vurderinga di', en: 'Your assessment' },
  'committee.assessment.intro': {
    nb: 'Gi en karakter fra 1 (svært svak) til 5 (svært god) for hvert kriterium, med en kort kommentar. Bare lederen og nestlederen ser vurderingene til de andre medlemmene.',
    nn: 'Gi ein karakter frå 1 (svært svak) til 5 (svært god) for kvart kriterium, med ein kort kommentar. Berre leiaren og nestleiaren ser vurderingane til dei andre medlemmene.',
    en: 'Give a score from 1 (very weak) to 5 (very good) for each criterion, with a short comment. Only the chair and deputy chair see the other members’ assessments.',
  },
  'committee.criterion': { nb: 'Kriterium', nn: 'Kriterium', en: 'Criterion' },
  'committee.criterion.activityAreaFit': {
    nb: 'Hvor godt passer tiltakene de valgte aktivitetsområdene?',
    nn: 'Kor godt passar tiltaka dei valde aktivitetsområda?',
    en: 'How well do the measures fit the chosen activity areas?',
  },
  'committee.criterion.activityAreaFit.help': {
    nb: 'Det faglige innholdet sett opp mot beskrivelsen av hvert aktivitetsområde søknaden gjelder.',
    nn: 'Det faglege innhaldet sett opp mot skildringa av kvart aktivitetsområde søknaden gjeld.',
    en: 'The professional content against the description of each activity area the application covers.',
  },
  'committee.criterion.activityAreaFit.short': {
    nb: 'Aktivitetsområder',
    nn: 'Aktivitetsområde',
    en: 'Activity areas',
  },
  'committee.criterion.anchoring': {
    nb: 'Forankring',
    nn: 'Forankring',
    en: 'Anchoring',
  },
  'committee.criterion.anchoring.help': {
    nb: 'Står alle kommunene og samarbeidspartene bak tiltaket politisk og administrativt? Se intensjonsavtalene.',
    nn: 'Står alle kommunane og samarbeidspartane bak tiltaket politisk og administrativt? Sjå intensjonsavtalane.',
    en: 'Are all municipalities and partners committed to the measure politically and administratively? See the letters of intent.',
  },
  'committee.criterion.anchoring.short': { nb: 'Forankring', nn: 'Forankring', en: 'Anchoring' },
  'committee.criterion.sustainability': { nb: 'Bærekraft', nn: 'Berekraft', en: 'Sustainability' },
  'committee.criterion.sustainability.help': {
    nb: 'Vil tiltaket leve videre etter støtteperioden?',
    nn: 'Vil tiltaket leve vidare etter støtteperioden?',
    en: 'Will the measure live on after the funding period?',
  },
  'committee.criterion.sustainability.short': { nb: 'Bærekraft', nn: 'Berekraft', en: 'Sustainability' },
  'committee.score.1': { nb: '1 – svært svak', nn: '1 – svært svak', en: '1 – very weak' },
  'committee.score.2': { nb: '2 – svak', nn: '2 – svak', en: '2 – weak' },
  'committee.score.3': { nb: '3 – middels', nn: '3 – middels', en: '3 – fair' },
  'committee.score.4': { nb: '4 – god', nn: '4 – god', en: '4 – good' },
  'committee.score.5': { nb: '5 – svært god', nn: '5 – svært god', en: '5 – very good' },
  'committee.assessment.comment': {
    nb: 'Kommentar – {criterion}',
    nn: 'Kommentar – {criterion}',
    en: 'Comment – {criterion}',
  },
  'committee.assessment.scoreRequired': {
    nb: 'Gi en karakter for {criterion}.',
    nn: 'Gi ein karakter for {criterion}.',
    en: 'Give a score for {criterion}.',
  },
  'committee.assessment.recommendationRequired': {
    nb: 'Velg om du anbefaler søknaden som kvalifisert.',
    nn: 'Vel om du tilrår søknaden som kvalifisert.',
    en: 'Choose whether you recommend the application as qualified.',
  },
  'committee.recommendation': { nb: 'Anbefaling', nn: 'Tilråding', en: 'Recommendation' },
  'committee.recommendation.help': {
    nb: 'Din samlede anbefaling til utvalget.',
    nn: 'Den samla tilrådinga di til utvalet.',
    en: 'Your overall recommendation to the committee.',
  },
  'committee.recommendation.qualified': { nb: 'Kvalifisert', nn: 'Kvalifisert', en: 'Qualified' },
  'committee.recommendation.notQualified': {
    nb: 'Ikke kvalifisert',
    nn: 'Ikkje kvalifisert',
    en: 'Not qualified',
  },
  'committee.assessment.save': { nb: 'Lagre vurderingen', nn: 'Lagre vurderinga', en: 'Save the assessment' },
  'committee.assessment.savedAt': {
    nb: 'Vurderingen er lagret kl. {time}.',
    nn: 'Vurderinga er lagra kl. {time}.',
    en: 'The assessment was saved at {time}.',
  },
  'committee.sideBySide.heading': {
    nb: 'Medlemmenes vurderinger',
    nn: 'Vurderingane til medlemmene',
    en: 'The members’ assessments',
  },
  'committee.sideBySide.caption': {
    nb: 'Vurderingene side om side ({count}) med snitt',
    nn: 'Vurderingane side om side ({count}) med snitt',
    en: 'The assessments side by side ({count}) with averages',
  },
  'committee.sideBySide.none': {
    nb: 'Ingen medlemmer har vurdert søknaden ennå.',
    nn: 'Ingen medlemmer har vurdert søknaden enno.',
    en: 'No member has assessed the application yet.',
  },
  'committee.standAside': {
    nb: 'Medlemmer som har meldt seg inhabile og ikke er med: {count}.',
    nn: 'Medlemmer som har meldt seg inhabile og ikkje er med: {count}.',
    en: 'Members who declared a conflict and take no part: {count}.',
  },
  'committee.average': { nb: 'Snitt', nn: 'Snitt', en: 'Average' },
  'committee.recommendations': {
    nb: '{qualified} kvalifisert, {notQualified} ikke',
    nn: '{qualified} kvalifisert, {notQualified} ikkje',
    en: '{qualified} qualified, {notQualified} not',
  },
  'committee.outcome.heading': {
    nb: 'Utvalgets konklusjon',
    nn: 'Konklusjonen til utvalet',
    en: 'The committee’s outcome',
  },
  'committee.outcome.question': {
    nb: 'Er søknaden kvalifisert?',
    nn: 'Er søknaden kvalifisert?',
    en: 'Is the application qualified?',
  },
  'committee.outcome.qualified': { nb: 'Kvalifisert', nn: 'Kvalifisert', en: 'Qualified' },
  'committee.outcome.notQualified': { nb: 'Ikke kvalifisert', nn: 'Ikkje kvalifisert', en: 'Not qualified' },
  'committee.outcome.reasonHelp': {
    nb: 'Må fylles ut når søknaden ikke er kvalifisert: søkeren får da begrunnelsen. For en kvalifisert søknad er den valgfri. Begrunnelsen følger søknaden til de neste utvalgene.',
    nn: 'Må fyllast ut når søknaden ikkje er kvalifisert: søkjaren får då grunngjevinga. For ein kvalifisert søknad er ho valfri. Grunngjevinga følgjer søknaden til dei neste utvala.',
    en: 'Required when the application is not qualified: the applicant then receives the reason. For a qualified application it is optional. The reason goes with the application to the next committees.',
  },
  'committee.outcome.required': {
    nb: 'Velg kvalifisert eller ikke kvalifisert.',
    nn: 'Vel kvalifisert eller ikkje kvalifisert.',
    en: 'Choose qualified or not qualified.',
  },
  'committee.outcome.reasonRequired': {
    nb: 'Skriv en begrunnelse.',
    nn: 'Skriv ei grunngjeving.',
    en: 'Write a reason.',
  },
  'committee.outcome.save': { nb: 'Lagre konklusjonen', nn: 'Lagre konklusjonen', en: 'Save the outcome' },
  'committee.outcome.saved': {
    nb: 'Konklusjonen er lagret.',
    nn: 'Konklusjonen er lagra.',
    en: 'The outcome is saved.',
  },
  'committee.outcome.current': { nb: 'Lagret: {outcome}', nn: 'Lagra: {outcome}', en: 'Saved: {outcome}' },
  'committee.outcome.byDeputy': {
    nb: 'Nestleder avgjør',
    nn: 'Nestleiar avgjer',
    en: 'Deputy decides',
  },
  // ── the geographic committee ───────────────────────────────────────────────────────
  'committee.yourCounties': {
    nb: 'Dine fylker: {counties}.',
    nn: 'Fylka dine: {counties}.',
    en: 'Your counties: {counties}.',
  },
  'committee.map.heading': {
    nb: 'Hvor søknadene kommer fra',
    nn: 'Kvar søknadene kjem frå',
    en: 'Where the applications come from',
  },
  'committee.map.body': {
    nb: 'Kartet viser samlet søkt beløp fra de kvalifiserte søknadene etter søkerkommunens fylke. Tabellen har de samme tallene, og i tillegg hvor mange søknader som berører hvert fylke gjennom søker- eller samarbeidskommunene.',
    nn: 'Kartet viser samla søkt beløp frå dei kvalifiserte søknadene etter fylket til søkjarkommunen. Tabellen har dei same tala, og i tillegg kor mange søknader som gjeld kvart fylke gjennom søkjar- eller samarbeidskommunane.',
    en: 'The map shows the total amount requested by the qualified applications, by the lead municipality’s county. The table has the same figures, and also how many applications involve each county through their lead or partner municipalities.',
  },
  'committee.map.title': {
    nb: 'Kart over Norge: søkt beløp per fylke',
    nn: 'Kart over Noreg: søkt beløp per fylke',
    en: 'Map of Norway: amount requested per county',
  },
  'committee.map.county': {
    nb: {
      one: '{county}: {count} søknad, {amount} søkt',
      other: '{county}: {count} søknader, {amount} søkt',
    },
    nn: {
      one: '{county}: {count} søknad, {amount} søkt',
      other: '{county}: {count} søknader, {amount} søkt',
    },
    en: {
      one: '{county}: {count} application, {amount} requested',
      other: '{county}: {count} applications, {amount} requested',
    },
  },
  'committee.map.countyInvolved': {
    nb: '{county}: ingen søknader fra fylket, med i {involved} som samarbeidsfylke',
    nn: '{county}: ingen søknader frå fylket, med i {involved} som samarbeidsfylke',
    en: '{county}: no applications led from the county, a partner county in {involved}',
  },
  'committee.map.countyNone': {
    nb: '{county}: ingen søknader',
    nn: '{county}: ingen søknader',
    en: '{county}: no applications',
  },
  'committee.map.hint': {
    nb: 'Velg et fylke i kartet (også med Tab-tasten) for å se tallene.',
    nn: 'Vel eit fylke i kartet (òg med Tab-tasten) for å sjå tala.',
    en: 'Choose a county on the map (also with the Tab key) to see its figures.',
  },
  'committee.map.legend': { nb: 'Søkt beløp', nn: 'Søkt beløp', en: 'Amount requested' },
  'committee.map.legendNone': { nb: 'Ingen søknader', nn: 'Ingen søknader', en: 'No applications' },
  'committee.map.legendRange': { nb: 'opptil {to}', nn: 'opp til {to}', en: 'up to {to}' },
  'committee.map.attribution': {
    nb: 'Kartgrunnlag: © Kartverket (CC BY 4.0), forenklet',
    nn: 'Kartgrunnlag: © Kartverket (CC BY 4.0), forenkla',
    en: 'Map data: © Kartverket (CC BY 4.0), simplified',
  },
  'committee.map.failed': {
    nb: 'Kartet kunne ikke lastes. Tallene står i tabellen.',
    nn: 'Kartet kunne ikkje lastast. Tala står i tabellen.',
    en: 'The map could not be loaded. The figures are in the table.',
  },
  'committee.map.caption': {
    nb: 'Kvalifiserte søknader per fylke',
    nn: 'Kvalifiserte søknader per fylke',
    en: 'Qualified applications per county',
  },
  'committee.map.col.county': { nb: 'Fylke', nn: 'Fylke', en: 'County' },
  'committee.map.col.led': {
    nb: 'Søknader fra fylket',
    nn: 'Søknader frå fylket',
    en: 'Led from the county',
  },
  'committee.map.col.requested': { nb: 'Søkt beløp', nn: 'Søkt beløp', en: 'Amount requested' },
  'committee.map.col.involved': { nb: 'Berører fylket', nn: 'Gjeld fylket', en: 'Involving the county' },
  'committee.map.yours': { nb: '(ditt fylke)', nn: '(fylket ditt)', en: '(your county)' },
  'committee.order.help': {
    nb: 'Rekkefølgen er den nasjonale prioriteringen: nummer 1 er høyest prioritert. Flytt søknadene med knappene «Flytt opp» og «Flytt ned». Endringene lagres når du velger «Lagre prioriteringen».',
    nn: 'Rekkjefølgja er den nasjonale prioriteringa: nummer 1 er høgast prioritert. Flytt søknadene med knappane «Flytt opp» og «Flytt ned». Endringane blir lagra når du vel «Lagre prioriteringa».',
    en: 'The order is the national priority order: number 1 has the highest priority. Move applications with the “Move up” and “Move down” buttons. The changes are saved when you choose “Save the priority order”.',
  },
  'committee.order.rank': { nb: 'Nummer {rank}:', nn: 'Nummer {rank}:', en: 'Number {rank}:' },
  'committee.order.moveUp': { nb: 'Flytt opp', nn: 'Flytt opp', en: 'Move up' },
  'committee.order.moveDown': { nb: 'Flytt ned', nn: 'Flytt ned', en: 'Move down' },
  'committee.order.moved': {
    nb: '«{title}» er nå nummer {rank} av {total}.',
    nn: '«{title}» er no nummer {rank} av {total}.',
    en: '“{title}” is now number {rank} of {total}.',
  },
  'committee.order.comment': {
    nb: 'Utvalgets merknad til prioriteringen (valgfritt)',
    nn: 'Merknaden til utvalet til prioriteringa (valfritt)',
    en: 'The committee’s note on the priority (optional)',
  },
  'committee.order.save': {
    nb: 'Lagre prioriteringen',
    nn: 'Lagre prioriteringa',
    en: 'Save the priority order',
  },
  'committee.order.saved': {
    nb: 'Prioriteringen er lagret.',
    nn: 'Prioriteringa er lagra.',
    en: 'The priority order is saved.',
  },
  'committee.order.unsaved': {
    nb: 'Du har endringer i prioriteringen som ikke er lagret.',
    nn: 'Du har endringar i prioriteringa som ikkje er lagra.',
    en: 'You have changes to the priority order that are not saved.',
  },
  'committee.order.chairOnly': {
    nb: 'Lederen setter rekkefølgen. Du ser lederens siste lagrede prioritering.',
    nn: 'Leiaren set rekkjefølgja. Du ser den siste lagra prioriteringa til leiaren.',
    en: 'The chair sets the order. You see the chair’s last saved priority order.',
  },
  'committee.order.note': {
    nb: 'Utvalgets merknad',
    nn: 'Merknaden til utvalet',
    en: 'The committee’s note',
  },
  'committee.expertOutcome': { nb: 'Sakkyndig utvalg', nn: 'Sakkunnig utval', en: 'Expert committee' },
  'committee.geographicOutcome': {
    nb: 'Geografisk utvalg',
    nn: 'Geografisk utval',
    en: 'Geographic committee',
  },
  'committee.geographicRank': {
    nb: 'Prioritert som nummer {rank}',
    nn: 'Prioritert som nummer {rank}',
    en: 'Ranked number {rank}',
  },
  'committee.comments.heading': {
    nb: 'Kommentarer fra fylkesrådgiverne',
    nn: 'Kommentarar frå fylkesrådgjevarane',
    en: 'Comments from the county advisers',
  },
  'committee.comments.none': {
    nb: 'Ingen kommentarer ennå.',
    nn: 'Ingen kommentarar enno.',
    en: 'No comments yet.',
  },
  'committee.comment.mine': { nb: 'Din kommentar', nn: 'Kommentaren din', en: 'Your comment' },
  'committee.comment.help': {
    nb: 'Synlig for alle i utvalget som ikke er inhabile i søknaden.',
    nn: 'Synleg for alle i utvalet som ikkje er inhabile i søknaden.',
    en: 'Visible to every member of the committee without a conflict in the application.',
  },
  'committee.comment.save': { nb: 'Lagre kommentaren', nn: 'Lagre kommentaren', en: 'Save the comment' },
  'committee.comment.savedAt': {
    nb: 'Kommentaren er lagret kl. {time}.',
    nn: 'Kommentaren er lagra kl. {time}.',
    en: 'The comment was saved at {time}.',
  },
  'committee.comment.required': {
    nb: 'Skriv en kommentar.',
    nn: 'Skriv ein kommentar.',
    en: 'Write a comment.',
  },
  'committee.comment.notYours': {
    nb: 'Du kommenterer søknader som berører dine fylker.',
    nn: 'Du kommenterer søknader som gjeld fylka dine.',
    en: 'You comment on applications involving your counties.',
  },
  // ── the final committee ────────────────────────────────────────────────────────────
  'committee.figures': {
    nb: 'Budsjett og fordeling',
    nn: 'Budsjett og fordeling',
    en: 'Budget and distribution',
  },
  'committee.budget.heading': { nb: 'Budsjett', nn: 'Budsjett', en: 'Budget' },
  'committee.budget.live': {
    nb: 'Tallene tar med endringer som ikke er lagret ennå.',
    nn: 'Tala tek med endringar som ikkje er lagra enno.',
    en: 'The figures include changes not saved yet.',
  },
  'committee.figures.leavesOut': {
    nb: 'Søknader du har meldt deg inhabil i, er ikke med i tallene.',
    nn: 'Søknader du har meldt deg inhabil i, er ikkje med i tala.',
    en: 'Applications you have declared a conflict of interest in are not included in the figures.',
  },
  'committee.order.standAside': {
    nb: 'Søknader du er inhabil i',
    nn: 'Søknader du er inhabil i',
    en: 'Applications you have a conflict of interest in',
  },
  'committee.order.standAsideBody': {
    nb: 'Du ser ikke hvor disse søknadene står i prioriteringen, og plassene over er talt uten dem.',
    nn: 'Du ser ikkje kvar desse søknadene står i prioriteringa, og plassane over er talde utan dei.',
    en: 'You do not see where these applications stand in the priority order, and the places above are counted without them.',
  },
  'committee.order.actingElsewhere': {
    nb: 'Du har meldt deg inhabil i en av søknadene, så nestlederen setter rekkefølgen og avslutter.',
    nn: 'Du har meldt deg inhabil i ein av søknadene, så nestleiaren set rekkjefølgja og avsluttar.',
    en: 'You have declared a conflict of interest in one of the applications, so the deputy chair sets the order and finalises.',
  },
  'committee.budget.year': { nb: 'Budsjettår {year}', nn: 'Budsjettår {year}', en: 'Budget year {year}' },
  'committee.budget.total': { nb: 'Totalt', nn: 'Totalt', en: 'Total' },
  'committee.budget.figures': {
    nb: '{awarded} av {budget} – igjen {remaining}',
    nn: '{awarded} av {budget} – att {remaining}',
    en: '{awarded} of {budget} – {remaining} left',
  },
  'committee.budget.over': {
    nb: 'Over rammen med {amount}',
    nn: 'Over ramma med {amount}',
    en: 'Over the budget by {amount}',
  },
  'committee.indicators.heading': {
    nb: 'Bredde og balanse',
    nn: 'Breidd og balanse',
    en: 'Breadth and balance',
  },
  'committee.indicators.awarded': {
    nb: 'Søknader foreslått tildelt: {count}',
    nn: 'Søknader føreslått tildelt: {count}',
    en: 'Applications proposed for an award: {count}',
  },
  'committee.indicators.subjects': { nb: 'Kunstfag', nn: 'Kunstfag', en: 'Art subjects' },
  'committee.indicators.areas': { nb: 'Aktivitetsområder', nn: 'Aktivitetsområde', en: 'Activity areas' },
  'committee.indicators.counties': {
    nb: 'Geografisk spredning: {count} av {total} fylker',
    nn: 'Geografisk spreiing: {count} av {total} fylke',
    en: 'Geographic spread: {count} of {total} counties',
  },
  'committee.award.question': { nb: 'Innstilling', nn: 'Innstilling', en: 'Decision' },
  'committee.award.award': { nb: 'Tildel tilskudd', nn: 'Tildel tilskot', en: 'Award a grant' },
  'committee.award.decline': { nb: 'Avslå', nn: 'Avslå', en: 'Decline' },
  'committee.award.required': {
    nb: 'Velg tildel eller avslå.',
    nn: 'Vel tildel eller avslå.',
    en: 'Choose award or decline.',
  },
  'committee.award.amount': {
    nb: 'Tildeling for {schoolYear}',
    nn: 'Tildeling for {schoolYear}',
    en: 'Award for {schoolYear}',
  },
  'committee.award.amountHelp': {
    nb: 'Søkt: {requested}. Høyst søkt beløp; 0 hvis skoleåret ikke får tilskudd.',
    nn: 'Søkt: {requested}. Høgst søkt beløp; 0 dersom skuleåret ikkje får tilskot.',
    en: 'Requested: {requested}. At most the amount requested; 0 if the school year is not funded.',
  },
  'committee.award.amountInvalid': {
    nb: 'Skriv et beløp i hele kroner fra 0 til {max}.',
    nn: 'Skriv eit beløp i heile kroner frå 0 til {max}.',
    en: 'Enter an amount in whole kroner from 0 to {max}.',
  },
  'committee.award.totalZero': {
    nb: 'Tildel minst ett av skoleårene et beløp – eller avslå søknaden med en begrunnelse.',
    nn: 'Tildel minst eitt av skuleåra eit beløp – eller avslå søknaden med ei grunngjeving.',
    en: 'Award an amount for at least one of the school years – or decline the application with a reason.',
  },
  'committee.award.reason': {
    nb: 'Begrunnelse for avslaget',
    nn: 'Grunngjeving for avslaget',
    en: 'Reason for the rejection',
  },
  'committee.award.reducedReason': {
    nb: 'Begrunnelse for at tildelingen er lavere enn søkt',
    nn: 'Grunngjeving for at tildelinga er lågare enn søkt',
    en: 'Reason for awarding less than requested',
  },
  'committee.award.reasonHelp': {
    nb: 'Søkeren får begrunnelsen når tildelingene offentliggjøres.',
    nn: 'Søkjaren får grunngjevinga når tildelingane blir offentleggjorde.',
    en: 'The applicant receives the reason when the awards are announced.',
  },
  'committee.award.reasonRequired': {
    nb: 'Skriv en begrunnelse for avslaget.',
    nn: 'Skriv ei grunngjeving for avslaget.',
    en: 'Write a reason for the rejection.',
  },
  'committee.award.save': { nb: 'Lagre innstillingen', nn: 'Lagre innstillinga', en: 'Save the decision' },
  'committee.award.saved': {
    nb: 'Innstillingen for «{title}» er lagret.',
    nn: 'Innstillinga for «{title}» er lagra.',
    en: 'The decision for “{title}” is saved.',
  },
  'committee.award.current.awarded': {
    nb: 'Lagret: tildelt {amount}',
    nn: 'Lagra: tildelt {amount}',
    en: 'Saved: awarded {amount}',
  },
  'committee.award.current.declined': {
    nb: 'Lagret: avslått – {reason}',
    nn: 'Lagra: avslått – {reason}',
    en: 'Saved: declined – {reason}',
  },
  'committee.award.current.none': {
    nb: 'Ingen innstilling ennå',
    nn: 'Inga innstilling enno',
    en: 'No decision yet',
  },
  'committee.award.unsaved': {
    nb: 'Endringer ikke lagret',
    nn: 'Endringar ikkje lagra',
    en: 'Changes not saved',
  },
  'committee.award.inList': {
    nb: 'Tildelingen settes i listen over alle søknadene, der budsjettet og fordelingen vises mens du skriver.',
    nn: 'Tildelinga blir sett i lista over alle søknadene, der budsjettet og fordelinga blir viste medan du skriv.',
    en: 'The award is set in the list of all applications, where the budget and the distribution are shown as you type.',
  },
  'committee.award.toList': {
    nb: 'Gå til innstillingen i listen',
    nn: 'Gå til innstillinga i lista',
    en: 'Go to the decision in the list',
  },
  // ── export, finalise ───────────────────────────────────────────────────────────────
  'committee.export.heading': { nb: 'Last ned listen', nn: 'Last ned lista', en: 'Download the list' },
  'committee.export.body': {
    nb: 'Som regneark med tallene utvalget arbeider med, slik du ser dem.',
    nn: 'Som rekneark med tala utvalet arbeider med, slik du ser dei.',
    en: 'As a spreadsheet with the figures the committee works with, as you see them.',
  },
  'committee.export.xlsx': { nb: 'Excel (XLSX)', nn: 'Excel (XLSX)', en: 'Excel (XLSX)' },
  'committee.export.csv': { nb: 'CSV', nn: 'CSV', en: 'CSV' },
  'committee.export.done': {
    nb: '{file} er lastet ned.',
    nn: '{file} er lasta ned.',
    en: '{file} has been downloaded.',
  },
  'committee.finalise.heading.expert': {
    nb: 'Fullfør den sakkyndige vurderingen',
    nn: 'Fullfør den sakkunnige vurderinga',
    en: 'Finalise the expert assessment',
  },
  'committee.finalise.heading.geographic': {
    nb: 'Fullfør prioriteringen',
    nn: 'Fullfør prioriteringa',
    en: 'Finalise the priority order',
  },
  'committee.finalise.heading.final': {
    nb: 'Fullfør innstillingen',
    nn: 'Fullfør innstillinga',
    en: 'Finalise the decisions',
  },
  'committee.finalise.body.expert': {
    nb: 'Når du fullfører, går de kvalifiserte søknadene videre til geografisk utvalg. Konklusjonene kan ikke endres etterpå.',
    nn: 'Når du fullfører, går dei kvalifiserte søknadene vidare til geografisk utval. Konklusjonane kan ikkje endrast etterpå.',
    en: 'When you finalise, the qualified applications go on to the geographic committee. The outcomes cannot be changed afterwards.',
  },
  'committee.finalise.body.geographic': {
    nb: 'Når du fullfører, går søknadene i denne rekkefølgen videre til innstillingsutvalget. Rekkefølgen kan ikke endres etterpå.',
    nn: 'Når du fullfører, går søknadene i denne rekkjefølgja vidare til innstillingsutvalet. Rekkjefølgja kan ikkje endrast etterpå.',
    en: 'When you finalise, the applications go on to the final committee in this order. The order cannot be changed afterwards.',
  },
  'committee.finalise.body.final': {
    nb: 'Når du fullfører, er tildelingene og avslagene bestemt, og søkerne får svar når tildelingene offentliggjøres. Ingenting kan endres etterpå.',
    nn: 'Når du fullfører, er tildelingane og avslaga avgjorde, og søkjarane får svar når tildelingane blir offentleggjorde. Ingenting kan endrast etterpå.',
    en: 'When you finalise, the awards and rejections are decided, and the applicants are told when the awards are announced. Nothing can change afterwards.',
  },
  'committee.finalise.blocked': {
    nb: 'Dette må være på plass før du kan fullføre:',
    nn: 'Dette må vere på plass før du kan fullføre:',
    en: 'This must be in place before you can finalise:',
  },
  'committee.finalise.ready': {
    nb: 'Alt er klart til å fullføres.',
    nn: 'Alt er klart til å fullførast.',
    en: 'Everything is ready to be finalised.',
  },
  'committee.finalise.button.expert': {
    nb: 'Fullfør sakkyndig vurdering',
    nn: 'Fullfør sakkunnig vurdering',
    en: 'Finalise the expert assessment',
  },
  'committee.finalise.button.geographic': {
    nb: 'Fullfør prioriteringen',
    nn: 'Fullfør prioriteringa',
    en: 'Finalise the priority order',
  },
  'committee.finalise.button.final': {
    nb: 'Fullfør innstillingen',
    nn: 'Fullfør innstillinga',
    en: 'Finalise the decisions',
  },
  'committee.finalise.confirm.title.expert': {
    nb: 'Fullføre den sakkyndige vurderingen?',
    nn: 'Fullføre den sakkunnige vurderinga?',
    en: 'Finalise the expert assessment?',
  },
  'committee.finalise.confirm.title.geographic': {
    nb: 'Fullføre prioriteringen?',
    nn: 'Fullføre prioriteringa?',
    en: 'Finalise the priority order?',
  },
  'committee.finalise.confirm.title.final': {
    nb: 'Fullføre innstillingen?',
    nn: 'Fullføre innstillinga?',
    en: 'Finalise the decisions?',
  },
  'committee.finalise.confirm.body': {
    nb: 'Utvalgets avgjørelse blir registrert én gang og kan ikke endres.',
    nn: 'Avgjerda til utvalet blir registrert éin gong og kan ikkje endrast.',
    en: 'The committee’s decision is recorded once and cannot be changed.',
  },
  'committee.finalise.confirm.yes': { nb: 'Ja, fullfør', nn: 'Ja, fullfør', en: 'Yes, finalise' },
  'committee.finalise.stale': {
    nb: 'Noe ble endret mens du så på siden (kanskje i en annen fane). Listen er oppdatert – se over og fullfør på nytt.',
    nn: 'Noko vart endra medan du såg på sida (kanskje i ei anna fane). Lista er oppdatert – sjå over og fullfør på nytt.',
    en: 'Something changed while you were on the page (perhaps in another tab). The list is updated – check it and finalise again.',
  },
  'committee.finalised.title': {
    nb: 'Utvalget er ferdig',
    nn: 'Utvalet er ferdig',
    en: 'The committee is done',
  },
  'committee.finalised.body.expert': {
    nb: 'Den sakkyndige vurderingen er fullført. De kvalifiserte søknadene er sendt videre til geografisk utvalg.',
    nn: 'Den sakkunnige vurderinga er fullført. Dei kvalifiserte søknadene er sende vidare til geografisk utval.',
    en: 'The expert assessment is finalised. The qualified applications have gone on to the geographic committee.',
  },
  'committee.finalised.body.geographic': {
    nb: 'Prioriteringen er fullført og sendt videre til innstillingsutvalget.',
    nn: 'Prioriteringa er fullført og send vidare til innstillingsutvalet.',
    en: 'The priority order is finalised and has gone on to the final committee.',
  },
  'committee.finalised.body.final': {
    nb: 'Innstillingen er fullført. Søkerne får svar når tildelingene offentliggjøres.',
    nn: 'Innstillinga er fullført. Søkjarane får svar når tildelingane blir offentleggjorde.',
    en: 'The decisions are finalised. The applicants are told when the awards are announced.',
  },
  // The committee's discussion of an application (ADR 090).
  'committee.discussion.heading': {
    nb: 'Diskusjon i utvalget',
    nn: 'Diskusjon i utvalet',
    en: 'The committee’s discussion',
  },
  'committee.discussion.intro': {
    nb: 'Bare utvalgets medlemmer som ikke er inhabile i søknaden, ser innleggene. Diskusjonen lukkes når utvalget er ferdig.',
    nn: 'Berre medlemmane i utvalet som ikkje er inhabile i søknaden, ser innlegga. Diskusjonen blir lukka når utvalet er ferdig.',
    en: 'Only the committee members without a conflict of interest in this application see the posts. The discussion closes when the committee is done.',
  },
  'committee.discussion.posts': {
    nb: 'Innlegg',
    nn: 'Innlegg',
    en: 'Posts',
  },
  'committee.discussion.empty': { nb: 'Ingen innlegg ennå.', nn: 'Ingen innlegg enno.', en: 'No posts yet.' },
  'committee.discussion.standsAside': {
    nb: 'Har senere meldt seg inhabil',
    nn: 'Har seinare meldt seg inhabil',
    en: 'Has since declared a conflict of interest',
  },
  'committee.discussion.suggested.award': {
    nb: 'Foreslår tilskudd: {amounts}',
    nn: 'Føreslår tilskot: {amounts}',
    en: 'Suggests a grant: {amounts}',
  },
  'committee.discussion.suggested.decline': {
    nb: 'Foreslår avslag',
    nn: 'Føreslår avslag',
    en: 'Suggests a rejection',
  },
  'committee.discussion.text': { nb: 'Ditt innlegg', nn: 'Innlegget ditt', en: 'Your post' },
  'committee.discussion.textHelp': {
    nb: 'Innlegget kan ikke endres eller slettes etterpå.',
    nn: 'Innlegget kan ikkje endrast eller slettast etterpå.',
    en: 'A post cannot be changed or deleted afterwards.',
  },
  'committee.discussion.textRequired': {
    nb: 'Skriv innlegget før du publiserer det.',
    nn: 'Skriv innlegget før du publiserer det.',
    en: 'Write the post before you publish it.',
  },
  'committee.discussion.textTooLong': {
    nb: 'Innlegget kan ha høyst {max} tegn.',
    nn: 'Innlegget kan ha høgst {max} teikn.',
    en: 'The post can have at most {max} characters.',
  },
  'committee.discussion.suggestion': {
    nb: 'Forslag til innstilling (valgfritt)',
    nn: 'Framlegg til innstilling (valfritt)',
    en: 'Suggested decision (optional)',
  },
  'committee.discussion.suggestion.help': {
    nb: 'Et forslag er et råd til lederen, ikke utvalgets innstilling.',
    nn: 'Eit framlegg er eit råd til leiaren, ikkje innstillinga til utvalet.',
    en: 'A suggestion is advice to the chair, not the committee’s decision.',
  },
  'committee.discussion.suggestion.none': {
    nb: 'Ikke noe forslag',
    nn: 'Ikkje noko framlegg',
    en: 'No suggestion',
  },
  'committee.discussion.publish': {
    nb: 'Publiser innlegget',
    nn: 'Publiser innlegget',
    en: 'Publish the post',
  },
  'committee.discussion.published': {
    nb: 'Innlegget er publisert.',
    nn: 'Innlegget er publisert.',
    en: 'The post is published.',
  },
  'committee.discussion.closed': {
    nb: 'Utvalget er ferdig, og diskusjonen er lukket.',
    nn: 'Utvalet er ferdig, og diskusjonen er lukka.',
    en: 'The committee is done, and the discussion is closed.',
  },
  /** What the API answers an expert member who has not assessed yet (one text for both). */
  'committee.discussion.assessmentFirst': reviewMessages.ASSESSMENT_REQUIRED,
  'committee.advisers': {
    nb: 'Fylkesrådgivernes kommentarer',
    nn: 'Kommentarane frå fylkesrådgjevarane',
    en: 'The county advisers’ comments',
  },
  // The applicant's budget in full, per school year.
  'committee.applicantBudget.heading': {
    nb: 'Budsjettet i søknaden',
    nn: 'Budsjettet i søknaden',
    en: 'The application’s budget',
  },
  'committee.applicantBudget.line': { nb: 'Kostnad', nn: 'Kostnad', en: 'Cost' },
  'committee.applicantBudget.amount': { nb: 'Beløp', nn: 'Beløp', en: 'Amount' },
} as const satisfies Catalogue;
