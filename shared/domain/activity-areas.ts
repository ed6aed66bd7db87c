/**
 * The activity areas (aktivitetsområder) a round offers. The 2022 catalogue restates the
 * second information webinar; a later round may carry its own catalogue in its configuration.
 * Codes are stable: code and data use them, people see the titles. A round's schedule lists the
 * codes it offers (what the rules check); its content gives their texts (ADR 118).
 */
import type { LocalizedText } from './text.ts';

export type { LocalizedText } from './text.ts';

export interface ActivityArea {
  /** Stable code, e.g. '2b' (area number + sub-area letter). */
  code: string;
  /** The main area, e.g. "Regionale tiltak". */
  area: LocalizedText;
  /** The sub-area. */
  title: LocalizedText;
  /** What the sub-area covers, for the form's help text. */
  description: LocalizedText;
}

/** An activity area's texts, without its code. */
export type ActivityAreaText = Omit<ActivityArea, 'code'>;
/** An activity area's names — its main area and its title — without its code or description. */
export type ActivityAreaName = Pick<ActivityArea, 'area' | 'title'>;

/** The 2022 catalogue's codes, in its order. */
export const ACTIVITY_AREAS_2022 = ['1a', '1b', '2a', '2b', '2c', '3a', '3b', '4a', '4b', '5a'] as const;
export type ActivityAreaCode2022 = (typeof ACTIVITY_AREAS_2022)[number];

// The five main areas. Each a const of its own, not an object's properties: a property read is
// not side-effect free to esbuild, and would keep the texts in every bundle (ADR 118).
const INTER_MUNICIPAL: LocalizedText = {
  nb: 'Interkommunale tiltak',
  nn: 'Interkommunale tiltak',
  en: 'Inter-municipal measures',
};
const REGIONAL: LocalizedText = { nb: 'Regionale tiltak', nn: 'Regionale tiltak', en: 'Regional measures' };
const CROSS_DISCIPLINARY: LocalizedText = {
  nb: 'Tverrkunstneriske prosesser og produksjoner',
  nn: 'Tverrkunstnarlege prosessar og produksjonar',
  en: 'Cross-disciplinary processes and productions',
};
const DIGITAL: LocalizedText = {
  nb: 'Digital utvikling',
  nn: 'Digital utvikling',
  en: 'Digital development',
};
const EXPERIENCE_SHARING: LocalizedText = {
  nb: 'Erfaringsdeling',
  nn: 'Erfaringsdeling',
  en: 'Experience sharing',
};

const SMALL_AND_NEW_TITLE: LocalizedText = {
  nb: 'Piloter rettet mot små og nye kunstfag',
  nn: 'Pilotar retta mot små og nye kunstfag',
  en: 'Pilots aimed at small and new art subjects',
};

/**
 * The 2022 catalogue's names by code — each area's main area and title: what the receipt, the
 * exports, the review pages and the open data show. Content, not schedule (ADR 118); apart from
 * the descriptions, which only the form's help and the letters show (ADR 122).
 */
export const activityAreaNames2022: Readonly<Record<ActivityAreaCode2022, ActivityAreaName>> = {
  '1a': {
    area: INTER_MUNICIPAL,
    title: {
      nb: 'Regelmessig, fast tilbud i fordypningsprogrammet innen alle kunstfag',
      nn: 'Regelmessig, fast tilbod i fordjupingsprogrammet innan alle kunstfag',
      en: 'A regular, permanent offer in the in-depth programme in all art subjects',
    },
  },
  '1b': {
    area: INTER_MUNICIPAL,
    title: SMALL_AND_NEW_TITLE,
  },
  '2a': {
    area: REGIONAL,
    title: {
      nb: 'Samarbeid med aktører innen det utøvende kunstfeltet',
      nn: 'Samarbeid med aktørar innan det utøvande kunstfeltet',
      en: 'Collaboration with the professional performing-arts field',
    },
  },
  '2b': {
    area: REGIONAL,
    title: {
      nb: 'Pilotprosjekt: samarbeid mellom kulturskoler og videregående skoler',
      nn: 'Pilotprosjekt: samarbeid mellom kulturskular og vidaregåande skular',
      en: 'Pilot: collaboration between kulturskoler and upper-secondary schools',
    },
  },
  '2c': {
    area: REGIONAL,
    title: SMALL_AND_NEW_TITLE,
  },
  '3a': {
    area: CROSS_DISCIPLINARY,
    title: {
      nb: 'Tverrkunstneriske produksjoner og forestillinger på tvers av kommuner, regioner og fylker',
      nn: 'Tverrkunstnarlege produksjonar og framsyningar på tvers av kommunar, regionar og fylke',
      en: 'Cross-disciplinary productions and performances across municipalities, regions and counties',
    },
  },
  '3b': {
    area: CROSS_DISCIPLINARY,
    title: {
      nb: 'Tverrkunstnerisk prosess- og produksjonsarbeid mellom kulturskoler, videregående skoler og folkehøgskoler',
      nn: 'Tverrkunstnarleg prosess- og produksjonsarbeid mellom kulturskular, vidaregåande skular og folkehøgskular',
      en: 'Cross-disciplinary process and production work between kulturskoler, upper-secondary schools and folk high schools',
    },
  },
  '4a': {
    area: DIGITAL,
    title: {
      nb: 'Erfaringsbasert utvikling av digital didaktikk innen alle kunstfag',
      nn: 'Erfaringsbasert utvikling av digital didaktikk innan alle kunstfag',
      en: 'Experience-based development of digital didactics in all art subjects',
    },
  },
  '4b': {
    area: DIGITAL,
    title: {
      nb: 'Piloter for digital formidling av scenekunst og konsert',
      nn: 'Pilotar for digital formidling av scenekunst og konsert',
      en: 'Pilots for digital dissemination of performing arts and concerts',
    },
  },
  '5a': {
    area: EXPERIENCE_SHARING,
    title: {
      nb: 'Interkommunale dialogarenaer og webinarer',
      nn: 'Interkommunale dialogarenaer og webinar',
      en: 'Inter-municipal dialogue arenas and webinars',
    },
  },
};

/** The 2022 catalogue's descriptions by code: the form's help text (GET /rounds) and the letters. */
export const activityAreaDescriptions2022: Readonly<Record<ActivityAreaCode2022, LocalizedText>> = {
  '1a': {
    nb: 'Opplæringsprogrammet i fordypning, slik det er beskrevet i Rammeplan for kulturskolen, innen det enkelte kunstfaget. Fordypningsprogrammet er for elever med særlig interesse og forutsetninger for faget, og tilbudet skal være vesentlig forsterket i innhold og omfang sammenlignet med kjerneprogrammet. Kulturskolene oppfordres til interkommunalt samarbeid for å styrke kvalitet og bredde, gjerne sammen med lokale kunst- og kulturmiljøer.',
    nn: 'Opplæringsprogrammet i fordjuping, slik det er skildra i Rammeplan for kulturskulen, innan det einskilde kunstfaget. Fordjupingsprogrammet er for elevar med særleg interesse og føresetnader for faget, og tilbodet skal vere vesentleg forsterka i innhald og omfang samanlikna med kjerneprogrammet. Kulturskulane blir oppmoda til interkommunalt samarbeid for å styrkje kvalitet og breidd, gjerne saman med lokale kunst- og kulturmiljø.',
    en: 'The in-depth programme as described in the framework plan for kulturskoler (Rammeplan for kulturskolen), within each art subject. It is for pupils with a particular interest in and aptitude for the subject, and the teaching is to be substantially stronger in content and scope than the core programme. Kulturskoler are encouraged to work together across municipalities to strengthen quality and breadth, preferably with local arts and culture communities.',
  },
  '1b': {
    nb: 'Fordypningsprogrammet tilrettelagt for små og nye kunstfag gjennom interkommunalt samarbeid. Små kunstfag er fag som har lite miljø rundt seg ved den enkelte kulturskolen. Nye kunstfag er fag som naturlig hører hjemme i en kulturskole og har et videre studieløp i UH-sektoren, men som det ennå ikke er utviklet fagplaner for.',
    nn: 'Fordjupingsprogrammet lagt til rette for små og nye kunstfag gjennom interkommunalt samarbeid. Små kunstfag er fag som har lite miljø rundt seg ved den einskilde kulturskulen. Nye kunstfag er fag som naturleg høyrer heime i ein kulturskule og har eit vidare studieløp i UH-sektoren, men som det enno ikkje er utvikla fagplanar for.',
    en: 'The in-depth programme adapted for small and new art subjects through inter-municipal collaboration. Small art subjects have little community around them at a single kulturskole. New art subjects naturally belong in a kulturskole and lead on to higher education, but have no curriculum yet.',
  },
  '2a': {
    nb: 'Fordypningsprogrammet innen det enkelte kunstfaget, i samarbeid med regionale kunst- og kulturmiljøer, videregående skoler og høyere utdanningsinstitusjoner og deres talentutviklingsprogram, for å styrke kvalitet og bredde i det samlede undervisningstilbudet.',
    nn: 'Fordjupingsprogrammet innan det einskilde kunstfaget, i samarbeid med regionale kunst- og kulturmiljø, vidaregåande skular og høgare utdanningsinstitusjonar og talentutviklingsprogramma deira, for å styrkje kvalitet og breidd i det samla undervisningstilbodet.',
    en: 'The in-depth programme within each art subject, in collaboration with regional arts and culture communities, upper-secondary schools and higher-education institutions and their talent programmes, to strengthen the quality and breadth of the teaching on offer.',
  },
  '2b': {
    nb: 'Faglig og organisatorisk samarbeid mellom kulturskoler og videregående skoler med kunstfag i samme region, for eksempel modeller for tolærersystem, faglig erfaringsdeling mellom lærere på systemnivå eller hospitering.',
    nn: 'Fagleg og organisatorisk samarbeid mellom kulturskular og vidaregåande skular med kunstfag i same region, til dømes modellar for tolærarsystem, fagleg erfaringsdeling mellom lærarar på systemnivå eller hospitering.',
    en: 'Professional and organisational collaboration between kulturskoler and upper-secondary schools with art subjects in the same region, for example two-teacher models, shared professional development for teachers, or job shadowing.',
  },
  '2c': {
    nb: 'Fordypningsprogrammet tilrettelagt for små og nye kunstfag gjennom regionalt samarbeid. Små kunstfag er fag som har lite miljø rundt seg ved den enkelte kulturskolen. Nye kunstfag er fag som naturlig hører hjemme i en kulturskole og i et opplærings- og utdanningsløp.',
    nn: 'Fordjupingsprogrammet lagt til rette for små og nye kunstfag gjennom regionalt samarbeid. Små kunstfag er fag som har lite miljø rundt seg ved den einskilde kulturskulen. Nye kunstfag er fag som naturleg høyrer heime i ein kulturskule og i eit opplærings- og utdanningsløp.',
    en: 'The in-depth programme adapted for small and new art subjects through regional collaboration. Small art subjects have little community around them at a single kulturskole. New art subjects naturally belong in a kulturskole and in a path of education.',
  },
  '3a': {
    nb: 'Fordypningselever fra kulturskoler i produksjoner, forestillinger og utstillinger sammen med utøvere fra frivillige organisasjoner, elever fra videregående skoler og folkehøgskoler og profesjonelle utøvere i regionen.',
    nn: 'Fordjupingselevar frå kulturskular i produksjonar, framsyningar og utstillingar saman med utøvarar frå frivillige organisasjonar, elevar frå vidaregåande skular og folkehøgskular og profesjonelle utøvarar i regionen.',
    en: 'Pupils of the in-depth programme in productions, performances and exhibitions together with performers from voluntary organisations, upper-secondary and folk-high-school pupils, and professional artists in the region.',
  },
  '3b': {
    nb: 'Prosess- og produksjonsarbeid i mindre format mellom elever i fordypningsprogrammet ved kulturskoler og elever ved MDD/KDA-linjer og folkehøgskoler.',
    nn: 'Prosess- og produksjonsarbeid i mindre format mellom elevar i fordjupingsprogrammet ved kulturskular og elevar ved MDD/KDA-liner og folkehøgskular.',
    en: 'Smaller-scale process and production work between pupils of the in-depth programme at kulturskoler and pupils of music-dance-drama or art-design-architecture programmes (MDD/KDA) and folk high schools.',
  },
  '4a': {
    nb: 'Samarbeid mellom høyere utdanningsinstitusjoner og lærere ved kulturskoler, MDD-linjer og folkehøgskoler med kunstfag, gjennom fagsamlinger med dokumenterte erfaringer og utvikling av modeller som styrker digital didaktikk og fordypning i kunstfag.',
    nn: 'Samarbeid mellom høgare utdanningsinstitusjonar og lærarar ved kulturskular, MDD-liner og folkehøgskular med kunstfag, gjennom fagsamlingar med dokumenterte erfaringar og utvikling av modellar som styrkjer digital didaktikk og fordjuping i kunstfag.',
    en: 'Collaboration between higher-education institutions and teachers at kulturskoler, MDD programmes and folk high schools with art subjects, through gatherings with documented experience and the development of models that strengthen digital didactics and in-depth learning in the arts.',
  },
  '4b': {
    nb: 'Digitale produksjoner som prøver ut metoder som kan gi erfaringsdeling og kunnskapsutvikling på området.',
    nn: 'Digitale produksjonar som prøver ut metodar som kan gi erfaringsdeling og kunnskapsutvikling på området.',
    en: 'Digital productions that try out methods which can lead to shared experience and new knowledge in the field.',
  },
  '5a': {
    nb: 'Kommunene organiserer selv nettverk på tvers av kommuner og ordninger, på elev-, lærer- og ledernivå. Fokusområdene bør være erfaringsdeling, kunnskapsdeling og medvirkning.',
    nn: 'Kommunane organiserer sjølve nettverk på tvers av kommunar og ordningar, på elev-, lærar- og leiarnivå. Fokusområda bør vere erfaringsdeling, kunnskapsdeling og medverknad.',
    en: 'Municipalities themselves organise networks across municipalities and schemes, at pupil, teacher and leader level. The focus should be on sharing experience and knowledge, and on participation.',
  },
};

/** The 2022 catalogue's texts by code: its names with their descriptions (a round's content). */
export const activityAreaTexts2022: Readonly<Record<ActivityAreaCode2022, ActivityAreaText>> =
  /* @__PURE__ */ (() =>
    Object.fromEntries(
      ACTIVITY_AREAS_2022.map((code) => [
        code,
        { ...activityAreaNames2022[code], description: activityAreaDescriptions2022[code] },
      ]),
    ) as Record<ActivityAreaCode2022, ActivityAreaText>)();

/** The 2022 catalogue as a round shows it: each code with its texts, in order. */
export const activityAreas2022: readonly ActivityArea[] = /* @__PURE__ */ (() =>
  Object.freeze(ACTIVITY_AREAS_2022.map((code) => ({ code, ...activityAreaTexts2022[code] }))))();
