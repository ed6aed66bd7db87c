import { useEffect, useState } from 'react';
import type { Division, Municipality } from '../../../shared/domain/municipalities/index.ts';

/** The municipality lists are loaded only on the pages that need them. */
export function useMunicipalities(division: Division | undefined): readonly Municipality[] | undefined {
  const [list, setList] = useState<readonly Municipality[]>();
  useEffect(() => {
    if (!division) return;
    let live = true;
    void import('../../../shared/domain/municipalities/index.ts').then((module) => {
      if (live) setList(module.listMunicipalities(division));
    });
    return () => {
      live = false;
    };
  }, [division]);
  return list;
}
