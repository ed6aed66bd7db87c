import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { listMunicipalities } from '../../shared/domain/municipalities/index.ts';
import { I18nProvider } from '../../web/src/app/i18n.tsx';
import { MunicipalityPicker } from '../../web/src/features/municipalities/MunicipalityPicker.tsx';

/**
 * The municipality picker renders its options once the field is used (ADR 120): as the page
 * shows it, the list holds only its "none matches" entry, while the field and a choice already
 * made are there. (Focusing the field renders every option: the browser tests choose from it.)
 */
describe('the municipality picker before its field is used', () => {
  const municipalities = listMunicipalities('2024');
  const render = (multiple: boolean, value: string[]) =>
    renderToStaticMarkup(
      <I18nProvider initial="nb">
        <MunicipalityPicker
          id="lead"
          label="Kommune"
          municipalities={municipalities}
          value={value}
          onChange={() => {}}
          multiple={multiple}
        />
      </I18nProvider>,
    );

  it('renders the field and the empty entry, but none of the options', () => {
    expect(municipalities.length).toBeGreaterThan(300);
    const html = render(false, []);
    expect(html).toContain('id="lead"');
    expect(html.match(/<u-option/g)).toHaveLength(1);
    expect(html).toContain('Ingen kommuner passer søket.');
  });

  it('shows a choice already made (a chip when several may be chosen) without the options', () => {
    const html = render(true, ['0301', '4601']);
    expect(html).toContain('<data value="0301">Oslo (0301, Oslo)</data>');
    expect(html).toContain('<data value="4601">Bergen (4601, Vestland)</data>');
    expect(html.match(/<u-option/g)).toHaveLength(1);
  });
});

/**
 * Before the picker can be used — prerendered, its code loading, its list not yet there — the
 * page shows its pending field: the label, the description and a disabled input with the field's
 * id where the picker will put them, so that nothing moves when it comes (ADR 124), and no spinner
 * (Designsystemet's spinner asks the document for its animations when it mounts: a style
 * recalculation of the whole page, in the Start page's load).
 */
describe('the municipality picker before it can be used', () => {
  it('shows its field disabled while the list of municipalities is not there', () => {
    const html = renderToStaticMarkup(
      <I18nProvider initial="nb">
        <MunicipalityPicker
          id="lead"
          label="Kommune"
          description="Skriv navn eller nummer."
          municipalities={undefined}
          value={[]}
          onChange={() => {}}
        />
      </I18nProvider>,
    );
    expect(html).toMatch(/<input[^>]*id="lead"[^>]*disabled=""/);
    expect(html).toContain('Kommune');
    expect(html).toContain('Skriv navn eller nummer.');
    expect(html).not.toContain('ds-spinner');
    expect(html).not.toContain('<u-option');
  });

  it('is what the prerendered Start page holds: label, description and the input the error summary links to', async () => {
    const { render } = await import('../../web/src/prerender.tsx');
    const html = await render('/start');
    expect(html).toMatch(/<input[^>]*id="start-lead-municipality"[^>]*disabled=""/);
    expect(html).toContain('Søkerkommune');
    expect(html).toContain('Kommunen som søker på vegne av samarbeidet.');
    expect(html).not.toContain('ds-spinner');
  });
});
