export function FinalList() {
  return null;
}
