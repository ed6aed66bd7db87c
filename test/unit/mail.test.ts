import { describe, expect, it } from 'vitest';
import { round2022 } from '../../shared/domain/rounds/round-2022.ts';
import { LOCALES, type Locale } from '../../shared/i18n/locale.ts';
import {
  magicLinkMail,
  outcomeMail,
  receiptMail,
  reviewInvitationMail,
  stageOverdueMail,
  type MailContent,
} from '../../shared/mail/templates.ts';

/** The e-mails in bokmål, nynorsk and English, from the catalogue `shared/i18n/mail.ts`. */
const round = round2022();
const deadline = '2022-05-20T21:59:59.000Z';

const every = (mail: (locale: Locale) => MailContent) => LOCALES.map((locale) => mail(locale));

/** No placeholder left unfilled, nothing undefined, and a signature. */
function expectWhole(mail: MailContent) {
  for (const part of [mail.subject, mail.text, mail.html]) expect(part).not.toMatch(/[{}]|undefined/);
  expect(mail.text).toMatch(/\nNorsk kulturskoleråd( \(.*\))?$/);
}

describe('the e-mails', () => {
  it('send the sign-in link in each language, the hours in the singular or the plural', () => {
    // Prepare
    const input = { round, link: 'https://portal.example/sign-in#token=abc' };

    // Act
    const twelve = every((locale) => magicLinkMail({ ...input, locale, validHours: 12 }));
    const one = magicLinkMail({ ...input, locale: 'nn', validHours: 1 });

    // Assess
    expect(twelve.map((mail) => mail.subject)).toEqual([
      `Din lenke til søknaden – ${round.title.nb}`,
      `Lenkja di til søknaden – ${round.title.nn}`,
      `Your link to the application – ${round.title.en}`,
    ]);
    expect(twelve[0]!.text).toContain('Lenken virker én gang, i 12 timer;');
    expect(twelve[1]!.text).toContain('Lenkja verkar éin gong, i 12 timar;');
    expect(twelve[2]!.text).toContain('The link works once, for 12 hours;');
    expect(one.text).toContain('Lenkja verkar éin gong, i 1 time;');
    expect(twelve[2]!.text).toContain('The application deadline is 10 April 2022 at 23:59.');
    for (const mail of [...twelve, one]) expectWhole(mail);
  });

  it('list the receipt with the application’s parts named in each language', () => {
    // Prepare
    const summary = {
      receiptNumber: 'IK-2022-abcdefgh',
      submittedAt: '2022-04-01T10:00:00.000Z',
      projectTitle: 'Kor <og> korps',
      leadMunicipality: 'Oslo (0301, Oslo)',
      partnerMunicipalities: ['Bærum (3201, Akershus)'],
      partners: [],
      schoolYears: ['2022–2023'],
      activityAreas: ['1a Tilrettelegging'],
      requestedPerSchoolYear: [{ schoolYear: '2022–2023', requested: 300_000 }],
      requestedTotal: 300_000,
      attachments: ['intensjonsavtale.pdf'],
    };

    // Act
    const mails = every((locale) => receiptMail({ locale, round, summary, statusLink: 'https://x/status' }));

    // Assess
    expect(mails[0]!.text).toContain('Søkerkommune: Oslo (0301, Oslo)\n\nSamarbeidskommuner:\n• Bærum');
    expect(mails[1]!.text).toContain('Søkjarkommune: Oslo (0301, Oslo)\n\nSamarbeidskommunar:\n• Bærum');
    expect(mails[2]!.text).toContain(
      'Lead municipality: Oslo (0301, Oslo)\n\nPartner municipalities:\n• Bærum',
    );
    expect(mails.map((mail) => mail.text.match(/Total.*|Totalt.*/)?.[0])).toEqual([
      'Totalt omsøkt: 300 000 kr',
      'Totalt søkt: 300 000 kr',
      'Total requested: 300 000 kr',
    ]);
    expect(mails[0]!.text).toContain('Samarbeidsparter:\n–');
    expect(mails[2]!.html).toContain('Project: Kor &lt;og&gt; korps');
    for (const mail of mails) expectWhole(mail);
  });

  it('invite a member, escaping their name in the HTML', () => {
    // Prepare
    const input = {
      round,
      committee: 'geographic' as const,
      memberName: 'Kari <Nord>',
      link: 'https://x/r',
      deadline,
    };

    // Act
    const mails = every((locale) => reviewInvitationMail({ ...input, locale }));

    // Assess
    expect(mails.map((mail) => mail.subject.split(' – ')[0])).toEqual([
      'Søknader til behandling i geografisk utvalg',
      'Søknader til handsaming i geografisk utval',
      'Applications for review by the geographic committee',
    ]);
    expect(mails[1]!.text).toContain('Hei Kari <Nord>!');
    expect(mails[1]!.html).toContain('Hei Kari &lt;Nord&gt;!');
    expect(mails[1]!.html).not.toContain('<Nord>');
    for (const mail of mails) expectWhole(mail);
  });

  it('remind the chair with the count of applications waiting, singular or plural', () => {
    // Prepare
    const input = { round, committee: 'expert' as const, chairName: 'Per', deadline };

    // Act
    const one = every((locale) => stageOverdueMail({ ...input, locale, undecided: 1 }));
    const two = every((locale) => stageOverdueMail({ ...input, locale, undecided: 2 }));

    // Assess
    expect(one.map((mail) => /\((.*)\)/.exec(mail.text)?.[1])).toEqual([
      '1 søknad venter',
      '1 søknad ventar',
      '1 application is waiting',
    ]);
    expect(two.map((mail) => /\((.*)\)/.exec(mail.text)?.[1])).toEqual([
      '2 søknader venter',
      '2 søknader ventar',
      '2 applications are waiting',
    ]);
    expect(one[1]!.subject).toBe(`Påminning: fristen for sakkunnig utval er passert – ${round.title.nn}`);
    for (const mail of [...one, ...two]) expectWhole(mail);
  });

  it('tell the outcome in each language: the amounts, or the reason', () => {
    // Prepare
    const input = {
      round,
      receiptNumber: 'IK-2022-abcdefgh',
      projectTitle: 'Kor',
      statusLink: 'https://x/s',
    };
    const awarded = {
      result: 'AWARDED' as const,
      amounts: [{ schoolYear: '2022–2023', amount: 250_000 }],
      total: 250_000,
    };

    // Act
    const awards = every((locale) => outcomeMail({ ...input, locale, outcome: awarded }));
    const declines = every((locale) =>
      outcomeMail({ ...input, locale, outcome: { result: 'DECLINED', reason: 'Rammen & prioriteringen' } }),
    );

    // Assess
    expect(awards[0]!.text).toContain('til sammen 250 000 kr:\n• 2022–2023: 250 000 kr');
    expect(awards[2]!.subject).toBe(`Decision on application IK-2022-abcdefgh – ${round.title.en}`);
    expect(declines.map((mail) => mail.text.split('\n\n')[1])).toEqual([
      'Begrunnelse: Rammen & prioriteringen',
      'Grunngjeving: Rammen & prioriteringen',
      'Reason: Rammen & prioriteringen',
    ]);
    expect(declines[0]!.html).toContain('Begrunnelse: Rammen &amp; prioriteringen');
    for (const mail of [...awards, ...declines]) expectWhole(mail);
  });
});
