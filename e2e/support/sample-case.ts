/** What the sample case in seeds/ must show, in list order (by file name). */
export const SAMPLE_TITLES = [
  "Putin confirms meeting as North Korea's Kim Jong-un reportedly heads to Russian Far East",
  'North Korean chief Kim Jong-un is reportedly on his strategy to the Russian Far Eastern metropolis…',
  'North Korea’s Kim Jong Un arrived in Russia on Tuesday for a meeting with President Vladimir Putin…',
  'North Korean leader Kim Jong-un has arrived in Russia for talks with President Vladimir Putin',
  'Kim, Putin to meet on weapons, space, regional naval drills: Reports',
] as const;

export const [TITLE_000, TITLE_001, TITLE_002, TITLE_003, TITLE_004] = SAMPLE_TITLES;
