/**
 * The parts of an application as people read them, shared by the receipt e-mail, the
 * committees' exports and the web app's form and pages: a catalogue (`./catalogue.ts`).
 */
import type { Catalogue } from './catalogue.ts';

export const applicationText = {
  'application.project': { nb: 'Prosjekt', nn: 'Prosjekt', en: 'Project' },
  'application.leadMunicipality': { nb: 'Søkerkommune', nn: 'Søkjarkommune', en: 'Lead municipality' },
  'application.partnerMunicipalities': {
    nb: 'Samarbeidskommuner',
    nn: 'Samarbeidskommunar',
    en: 'Partner municipalities',
  },
  'application.counties': { nb: 'Fylker', nn: 'Fylke', en: 'Counties' },
  'application.schoolYears': { nb: 'Skoleår', nn: 'Skuleår', en: 'School years' },
  'application.activityAreas': { nb: 'Aktivitetsområder', nn: 'Aktivitetsområde', en: 'Activity areas' },
  'application.artSubjects': { nb: 'Kunstfag', nn: 'Kunstfag', en: 'Art subjects' },
  'application.attachments': { nb: 'Vedlegg', nn: 'Vedlegg', en: 'Attachments' },
} as const satisfies Catalogue;
