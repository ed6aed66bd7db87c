import { artSubjectLabels } from '../../../../shared/domain/art-subjects.ts';
import { useReview } from './context.tsx';
import { useReviewI18n } from './i18n.ts';
import type { MunicipalityRef, ReviewRow } from './types.ts';

/** Labels for what the review pages show by code: areas, art subjects, school years, municipalities. */
export function useLabels() {
  const { locale, t } = useReviewI18n();
  const { context } = useReview();
  return {
    area(code: string) {
      const area = context.round.activityAreas.find((candidate) => candidate.code === code);
      return area ? `${code} ${area.title[locale]}` : code;
    },
    areaShort(code: string) {
      const area = context.round.activityAreas.find((candidate) => candidate.code === code);
      return area ? `${code} ${area.area[locale]}` : code;
    },
    subject(code: string) {
      return code in artSubjectLabels
        ? artSubjectLabels[code as keyof typeof artSubjectLabels][locale]
        : code;
    },
    schoolYear(id: string) {
      return context.round.schoolYears.find((year) => year.id === id)?.label[locale] ?? id;
    },
    municipality(m: MunicipalityRef) {
      return m.name ? t('committee.municipality', { name: m.name, county: m.countyName }) : m.number;
    },
  };
}

/** An application's title, or "untitled". */
export function titleOf(row: Pick<ReviewRow, 'title'>, t: (key: 'form.untitled') => string) {
  return row.title || t('form.untitled');
}
