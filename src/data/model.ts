/** A partner organisation shown in the footer: a ministry, a museum, another library. */
export interface Partner {
  name: string;
  /** Absolute http(s) URL; partners without a safe URL are dropped. */
  url: string;
  /** Absolute http(s) URL of the logo, when there is one. */
  logo?: string;
  /** Heading under which the partner is listed, e.g. "Библиотеки". */
  group?: string;
}
