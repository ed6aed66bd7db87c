/**
 * The conditions of an award in this scheme (ADR 102): what an awarded municipality accepts in
 * the portal, and what its decision letter prints. A round names its own in `grant.conditions`;
 * the configured rounds use these.
 */
import type { LocalizedText } from '../text.ts';

export const STANDARD_CONDITIONS: readonly LocalizedText[] = [
  {
    nb: 'Tilskuddet brukes til prosjektet slik det er beskrevet i søknaden, med beløpene som er tildelt for hvert skoleår.',
    nn: 'Tilskotet blir brukt til prosjektet slik det er skildra i søknaden, med beløpa som er tildelte for kvart skuleår.',
    en: 'The grant is used for the project as described in the application, with the amounts awarded for each school year.',
  },
  {
    nb: 'Kommunen leverer en rapport for hvert skoleår innen fristen. Midler som ikke er brukt, betales tilbake.',
    nn: 'Kommunen leverer ein rapport for kvart skuleår innan fristen. Midlar som ikkje er brukte, blir betalte tilbake.',
    en: 'The municipality submits a report on each school year by its due date. Funds not spent are repaid.',
  },
  {
    nb: 'Vesentlige endringer i prosjektet avtales med Norsk kulturskoleråd på forhånd.',
    nn: 'Vesentlege endringar i prosjektet blir avtalte med Norsk kulturskoleråd på førehand.',
    en: 'Significant changes to the project are agreed with Norsk kulturskoleråd in advance.',
  },
  {
    nb: 'Kommunen opplyser om støtten fra Inkluderende kulturskoler når tilbudet presenteres.',
    nn: 'Kommunen opplyser om støtta frå Inkluderende kulturskoler når tilbodet blir presentert.',
    en: 'The municipality mentions the support of Inkluderende kulturskoler when it presents the offer.',
  },
];
