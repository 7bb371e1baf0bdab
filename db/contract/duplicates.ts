/** A record that looks like the one being created: shown as a warning with a link. */
export interface DuplicateLink {
  id: number;
  label: string;
  /** Why it looks the same, in French ("même NIR", "même nom et même date de naissance"). */
  why: string;
  /** Hash route of its page. */
  to: string;
  /** A blocking duplicate (same NIR) cannot be overridden. */
  blocking: boolean;
}
