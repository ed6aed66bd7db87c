/**
 * Attachments as the domain knows them: their kinds and statuses, and the file types an
 * applicant may attach — by declared MIME type, with the extension(s) the file name must carry
 * and what the file's first bytes must look like. The verification handler checks the bytes
 * (with file-type); the upload request checks name and type; the web form checks before it
 * uploads. Plain constants and pure functions: the browser imports this module too.
 */

export const ATTACHMENT_KINDS = ['letterOfIntent', 'other'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
export const ATTACHMENT_STATUSES = ['PENDING', 'ACCEPTED', 'REJECTED'] as const;
export type AttachmentStatus = (typeof ATTACHMENT_STATUSES)[number];

export const ATTACHMENT_TYPES = {
  'application/pdf': { extensions: ['pdf'], detected: ['application/pdf'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    extensions: ['docx'],
    detected: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    extensions: ['xlsx'],
    detected: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  },
  'application/vnd.oasis.opendocument.text': {
    extensions: ['odt'],
    detected: ['application/vnd.oasis.opendocument.text'],
  },
  'application/vnd.oasis.opendocument.spreadsheet': {
    extensions: ['ods'],
    detected: ['application/vnd.oasis.opendocument.spreadsheet'],
  },
  'image/jpeg': { extensions: ['jpg', 'jpeg'], detected: ['image/jpeg'] },
  // An animated PNG is still a PNG every viewer shows; file-type names it image/apng.
  'image/png': { extensions: ['png'], detected: ['image/png', 'image/apng'] },
} as const satisfies Record<string, { extensions: readonly string[]; detected: readonly string[] }>;

export type AttachmentContentType = keyof typeof ATTACHMENT_TYPES;
// A pure call: `Object.keys` at module level kept the types in every bundle (ADR 122).
export const ATTACHMENT_CONTENT_TYPES = /* @__PURE__ */ (() =>
  Object.keys(ATTACHMENT_TYPES) as [AttachmentContentType, ...AttachmentContentType[]])();

export const isAllowedContentType = (value: string): value is AttachmentContentType =>
  value in ATTACHMENT_TYPES;

/** True when the file name has a name and an extension, and the extension belongs to the declared type. */
export function extensionMatches(fileName: string, contentType: AttachmentContentType): boolean {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0) return false; // 'pdf' and '.pdf' have no extension to speak of
  const extension = fileName.slice(dot + 1).toLowerCase();
  return (ATTACHMENT_TYPES[contentType].extensions as readonly string[]).includes(extension);
}

// ---------------------------------------------------------------------------------------------
// Anchoring: whose commitment a letter of intent documents (ADR 098)
// ---------------------------------------------------------------------------------------------

/**
 * The party a letter of intent comes from: a municipality of the application (lead or partner,
 * by kommunenummer) or one of its partners (by name — partners have no other identity in the
 * draft; renaming a partner unties its letter, and the applicant ties it again).
 */
export type AttachmentParty = { municipality: string } | { partner: string };

/** Partner names compare trimmed, case and inner spacing aside ('Bodø  vgs' = 'bodø vgs'). */
export const normalisePartyName = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');

/** One string per party, so two ways of naming the same party are equal. */
export function partyKey(party: AttachmentParty): string {
  return 'municipality' in party
    ? `municipality:${party.municipality}`
    : `partner:${normalisePartyName(party.partner)}`;
}

/** The parties of an application whose commitment the scheme asks for, as the draft names them. */
export interface ApplicationParty {
  party: AttachmentParty;
  key: string;
  role: 'lead' | 'partnerMunicipality' | 'partner';
}

/**
 * Every party of a draft, in the form's order: the lead municipality, the partner
 * municipalities, then the partners with a name; each once.
 */
export function partiesOf(draft: {
  leadMunicipality?: string;
  partnerMunicipalities?: readonly string[];
  partners?: readonly { name?: string }[];
}): ApplicationParty[] {
  const parties: ApplicationParty[] = [];
  const seen = new Set<string>();
  const add = (party: AttachmentParty, role: ApplicationParty['role']) => {
    const key = partyKey(party);
    if (seen.has(key)) return;
    seen.add(key);
    parties.push({ party, key, role });
  };
  if (draft.leadMunicipality) add({ municipality: draft.leadMunicipality }, 'lead');
  for (const number of draft.partnerMunicipalities ?? [])
    add({ municipality: number }, 'partnerMunicipality');
  for (const partner of draft.partners ?? []) {
    if (partner.name?.trim()) add({ partner: partner.name.trim() }, 'partner');
  }
  return parties;
}

/** Attachments as the commitment rule reads them: kind, party and whether the file is accepted. */
export interface LetterLike {
  kind: AttachmentKind;
  party?: AttachmentParty;
  status?: AttachmentStatus;
}

/**
 * Each party of the draft with whether an accepted letter of intent is tied to it (a submitted
 * manifest's entries have no status: they were all accepted).
 */
export function commitmentOf(
  draft: Parameters<typeof partiesOf>[0],
  attachments: readonly LetterLike[],
): (ApplicationParty & { documented: boolean })[] {
  const documented = new Set(
    attachments
      .filter((a) => a.kind === 'letterOfIntent' && (a.status === undefined || a.status === 'ACCEPTED'))
      .flatMap((a) => (a.party ? [partyKey(a.party)] : [])),
  );
  return partiesOf(draft).map((party) => ({ ...party, documented: documented.has(party.key) }));
}

/**
 * Which letters the round asks for (its `anchoring` configuration): one tied to each
 * municipality, and/or one tied to each partner. Without it: at least one letter in all.
 */
export interface AnchoringRule {
  letterPerMunicipality: boolean;
  letterPerPartner: boolean;
}
