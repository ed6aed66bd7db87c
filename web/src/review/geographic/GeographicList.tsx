export function GeographicList() {
  return null;
}
