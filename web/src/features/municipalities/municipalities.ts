import type { Division, Municipality } from '../../../../shared/domain/municipalities/index.ts';
import { useResource } from '../../app/resource.ts';

/** The municipality lists are loaded only on the pages that need them (their own chunk). */
export function useMunicipalities(division: Division | undefined): readonly Municipality[] | undefined {
  return useResource(division, () =>
    import('../../../../shared/domain/municipalities/index.ts').then((module) =>
      module.listMunicipalities(division!),
    ),
  ).data;
}
