declare namespace App {
  interface Locals {
    /** Counts glossary term marks on the page being rendered, for unique tooltip ids. */
    termMarks?: number;
    /** Counts claim marks on the page being rendered, for unique caveat ids. */
    claimMarks?: number;
  }
}
