import type { AttachmentParty } from '../../../../shared/domain/attachments.ts';
import type { Division } from '../../../../shared/domain/municipalities/index.ts';
import { findMunicipality } from '../../../../shared/domain/municipalities/index.ts';
import { useText } from '../../app/i18n.tsx';
import { formText } from './text.ts';

/** A party as people read it: 'Bodø kommune', or the partner's name. */
export function usePartyLabel(division: Division) {
  const { t } = useText(formText);
  return (party: AttachmentParty, lead = false) => {
    if (!('municipality' in party)) return party.partner;
    const name = findMunicipality(division, party.municipality)?.name ?? party.municipality;
    return t(lead ? 'att.party.lead' : 'att.party.municipality', { name });
  };
}

/**
 * Which municipalities and partners have documented their commitment (ADR 098): each party
 * with whether an accepted letter of intent is tied to it. The applicant's anchoring step and
 * summary, and the committees' views, show the same list.
 */
export function CommitmentList({
  division,
  commitment,
  heading = true,
}: {
  division: Division;
  commitment: readonly { party: AttachmentParty; documented: boolean; role?: string }[];
  /** Its own heading and intro (the anchoring step); a row of a summary has its label already. */
  heading?: boolean;
}) {
  const { t } = useText(formText);
  const label = usePartyLabel(division);
  if (commitment.length === 0) return null;
  return (
    <div className="commitment" data-testid="commitment">
      {heading && (
        <>
          <p className="summary-section">{t('att.commitment')}</p>
          <p className="muted">{t('att.commitment.intro')}</p>
        </>
      )}
      <ul className="plain-list">
        {commitment.map(({ party, documented, role }) => (
          <li key={'municipality' in party ? `m:${party.municipality}` : `p:${party.partner}`}>
            <span aria-hidden="true" className={documented ? 'commitment--yes' : 'commitment--no'}>
              {documented ? '✓ ' : '✕ '}
            </span>
            {label(party, role === 'lead')}:{' '}
            {t(documented ? 'att.commitment.documented' : 'att.commitment.missing')}
          </li>
        ))}
      </ul>
    </div>
  );
}
