/** The one wide-table scroll (web/src/app/ScrollTable.tsx), where the committees' pages import it. */
export { ScrollTable } from '../../app/ScrollTable.tsx';
