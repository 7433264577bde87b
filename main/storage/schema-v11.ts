/**
 * Schema version 11: the sources whose file name starts with a digit, by id. Source numbers are
 * fixed by the numbered files alone (see main/core/claims/sparse-numbering.ts); without this
 * index, finding them read every row of `sources`, texts included: 15–90 ms at 22,000 sources,
 * on the path of the first query after open.
 */
export const SCHEMA_V11 = `
CREATE INDEX sources_numbered ON sources (id, file_name) WHERE file_name GLOB '[0-9]*';
`;
